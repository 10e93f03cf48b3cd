import type { DataIssue, IssueList } from '../issues/data-issue.ts';
import { readRecords } from '../records/record-table.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { SiteData } from '../model/site-data.ts';
import type { Statement } from '../statement/statement.ts';
import { decodeText } from '../text/decode-text.ts';
import type { AuditData } from './audit-data.ts';
import { checkCorrections } from './corrections/check-corrections.ts';
import { CORRECTIONS_FILE, correctionsTable } from './corrections/corrections-table.ts';
import { figuresOf } from './corrections/period-figures.ts';
import { readRecorded, RECORDED_FOLDER, type RecordedFile } from './corrections/recorded-figures.ts';
import { auditLines, periodFlagInput } from './flags/flag-input.ts';
import { periodFlags } from './flags/period-flags.ts';
import { readThresholds } from './flags/read-thresholds.ts';
import { holidayCalendar } from './holidays/day-kind.ts';
import { MAINLAND_HOLIDAYS } from './holidays/mainland-holidays.ts';

/** Whether a data file belongs to the workbench: corrections.csv or data/published/<期间>.json. */
export function isAuditFile(path: string): boolean {
  if (path === CORRECTIONS_FILE) return true;
  return (
    path.startsWith(RECORDED_FOLDER) && path.endsWith('.json') && !path.slice(RECORDED_FOLDER.length).includes('/')
  );
}

/** The workbench files staff may keep, for the "unknown file" message. */
export const AUDIT_FILE_NAMES = [CORRECTIONS_FILE, `${RECORDED_FOLDER}<期间编号>.json`] as const;

/** What the workbench reads besides the data files: the checked site so far. */
export interface AuditContext {
  /** The text of union.yaml, for the thresholds (undefined when the file is missing). */
  unionText: string | undefined;
  /** The site as loaded (periods, budgets, membership). */
  site: Pick<SiteData, 'periods'>;
  /** Statements whose figures can be compared with their recordings (comparableStatements), by period id. */
  statements: ReadonlyMap<string, Statement>;
}

/**
 * Reads the thresholds, the recorded figures and corrections.csv, runs the 疑点提示 rules per
 * period and the rule for published figures. Problems that stop the build go to `issues`;
 * `warnings` gets what only limits the flags (a holiday table without the period's year).
 */
export function loadAudit(
  files: DataFiles,
  context: AuditContext,
  issues: IssueList,
  warnings: DataIssue[] = [],
): AuditData {
  const { thresholds, issues: thresholdIssues } =
    context.unionText === undefined ? readThresholds('') : readThresholds(context.unionText);
  thresholdIssues.forEach((i) => issues.add(i));
  const calendar = holidayCalendar(MAINLAND_HOLIDAYS);
  const periods = context.site.periods;
  const linesOf = periods.map((p) => auditLines(p.statement));
  const flags = periods.map((p, index) => {
    const result = periodFlags(periodFlagInput({ periods }, index, linesOf, thresholds, calendar));
    if (result.ledger && result.missingHolidayYears.length > 0) {
      warnings.push({
        file: p.fundFile,
        line: 0,
        column: 0,
        code: 'audit.holidays-missing',
        message: `节假日表中没有 ${result.missingHolidayYears.join('、')} 年，这一期间的休息日入账提示不完整（只核对了周六、周日，未核对法定节假日和调休）`,
        hint: '等国务院办公厅公布该年的节假日安排后，在 src/lib/audit/holidays/mainland-holidays.ts 中补上这一年',
      });
    }
    return result;
  });
  const recorded = new Map<string, RecordedFile>();
  const known = new Set(periods.map((p) => p.statement.period.id));
  for (const [path, bytes] of files) {
    if (!path.startsWith(RECORDED_FOLDER) || !isAuditFile(path)) continue;
    const { record, issues: found } = readRecorded(path, decodeText(bytes).text);
    found.forEach((i) => issues.add(i));
    if (!record) continue;
    if (!known.has(record.periodId)) {
      issues.add({
        file: path,
        line: 0,
        column: 0,
        code: 'recorded.no-period',
        message: `公开记录的期间“${record.periodId}”不在 periods.csv 中`,
        expected: [...known].join('、'),
        found: record.periodId,
        hint: '期间编号改过名时，请把公开记录文件一并改名，并在 corrections.csv 中登记',
      });
      continue;
    }
    recorded.set(record.periodId, record);
  }
  const correctionsBytes = files.get(CORRECTIONS_FILE);
  const entries =
    correctionsBytes === undefined ? [] : readRecords(correctionsTable(), decodeText(correctionsBytes).text, issues);
  const checked = checkCorrections(
    periods.map((p) => {
      const clean = context.statements.get(p.statement.period.id);
      return {
        id: p.statement.period.id,
        label: p.statement.period.label,
        ...(clean ? { figures: figuresOf(clean) } : {}),
      };
    }),
    recorded,
    entries,
  );
  checked.issues.forEach((i) => issues.add(i));
  return {
    thresholds,
    flags,
    corrections: { corrections: checked.corrections, carried: checked.carried },
    recordedOn: new Map([...recorded].map(([id, r]) => [id, r.versions.map((v) => v.recordedOn)])),
    holidaySources: MAINLAND_HOLIDAYS.map((y) => y.source),
  };
}
