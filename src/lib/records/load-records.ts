import type { Chart } from '../accounts/account.ts';
import type { TableInput } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import type { Period } from '../periods/period.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { Statement } from '../statement/statement.ts';
import { decodeText } from '../text/decode-text.ts';
import { noticeLog } from './aid-notice-log.ts';
import { openNotices, summariseAid } from './aid-summary.ts';
import { checkActivityCosts } from './check-activities.ts';
import { checkDuplicateAid } from './check-aid.ts';
import { checkProposals, checkResolutions, indexSessions } from './check-democracy.ts';
import { choiceValues } from './choices.ts';
import { buildElections } from './election-results.ts';
import { periodOf } from './period-of.ts';
import { publicFields, readRecords, type RecordRow, type RecordTable } from './record-table.ts';
import type { RecordsData } from '../model/records-data.ts';
import { recordTables, type RecordTables } from './registry.ts';
import { compareSessions } from './session-number.ts';
import { AID_CATEGORIES } from './tables/aid.ts';

/** What the records are checked against. */
export interface RecordsContext {
  chart: Chart;
  periods: readonly Period[];
  /** Statements of the periods whose fund data is sound, by period id. */
  statements: ReadonlyMap<string, Statement>;
  /** The build date (ISO), which closes 公示 notices after their end date; none shown without it. */
  buildDate?: string;
  /** 差额比例 minimum in basis points (default 500 = 5%). */
  minElectionMarginBp?: number;
  /** 最小公开人数: aid groups of fewer people are merged (default DEFAULT_MIN_GROUP_SIZE). */
  minGroupSize?: number;
  /** The table declarations (default: recordTables(chart)); tests pass modified copies. */
  tables?: RecordTables;
  /**
   * How a table is read, by its CSV name: the loader's, which also finds it kept as a
   * workbook (.xlsx). Without it, `files` is read as CSV.
   */
  table?: (csvFile: string) => TableInput | undefined;
}

/** Default 差额比例 minimum: 5%, as in the union election rules (工会基层组织选举工作条例). */
export const DEFAULT_MIN_ELECTION_MARGIN_BP = 500;

/** The table a record file holds: its CSV text, or the rows of its workbook when the loader gives them. */
function tableInput(files: DataFiles, context: RecordsContext, file: string): TableInput | undefined {
  if (context.table) return context.table(file);
  const bytes = files.get(file);
  return bytes === undefined ? undefined : decodeText(bytes).text;
}

function read<S extends RecordTable>(
  files: DataFiles,
  table: S,
  issues: IssueList,
  context: RecordsContext,
): RecordRow<ReturnType<S['schema']['parse']>>[] {
  const input = tableInput(files, context, table.file);
  if (input === undefined) return [];
  return readRecords(table, input, issues) as RecordRow<ReturnType<S['schema']['parse']>>[];
}

/**
 * Reads every record table present in the data folder, checks each and across tables
 * (sessions exist, votes fit the attendance, activity costs fit the fund statements,
 * election margins), and returns only what may be published. Reports to `issues`.
 */
export function loadRecords(files: DataFiles, context: RecordsContext, issues: IssueList): RecordsData {
  const tables = context.tables ?? recordTables(context.chart);
  const activities = read(files, tables.activities, issues, context);
  const aid = checkDuplicateAid(read(files, tables.aid, issues, context), issues);
  const sessions = indexSessions(read(files, tables.congress, issues, context), issues);
  const resolutions = checkResolutions(read(files, tables.resolutions, issues, context), sessions, issues);
  const proposals = checkProposals(read(files, tables.proposals, issues, context), sessions, issues);
  const candidates = read(files, tables.elections, issues, context).map((row) => ({
    ...row,
    value: publicFields(tables.elections, row.value),
  }));
  const elections = buildElections(candidates, context.minElectionMarginBp ?? DEFAULT_MIN_ELECTION_MARGIN_BP, issues);
  const honours = read(files, tables.honours, issues, context);
  const checks = checkActivityCosts(activities, context.periods, context.statements, issues);

  const congress = [...sessions.values()]
    .map(({ value }) => ({
      ...publicFields(tables.congress, value),
      resolutions: resolutions
        .filter((r) => r.value.session.label === value.session.label)
        .map((r) => ({ ...publicFields(tables.resolutions, r.value), passed: r.value.votesFor * 2 > value.due })),
    }))
    .sort((a, b) => compareSessions(a.session, b.session));
  return {
    activities: activities
      .map(({ value }) => {
        const period = periodOf(value.date, context.periods);
        return { ...publicFields(tables.activities, value), ...(period ? { periodId: period.id } : {}) };
      })
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    aid: {
      periods: summariseAid(aid, context.periods, choiceValues(AID_CATEGORIES), issues, context.minGroupSize),
      notices: openNotices(tables.aid, aid, context.buildDate),
      noticeLog: noticeLog(aid),
    },
    congress,
    proposals: proposals.map(({ value }) => publicFields(tables.proposals, value)),
    elections,
    honours: honours.map(({ value }) => publicFields(tables.honours, value)),
    checks,
  };
}
