import type { Chart } from '../accounts/account.ts';
import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { createChart } from '../accounts/create-chart.ts';
import { ACCOUNTS_FILE, readLocalAccounts } from '../accounts/read-local-accounts.ts';
import { budgetExecution } from '../budgets/budget-execution.ts';
import { readBudgetFile } from '../budgets/read-budget-file.ts';
import { checkDatesInPeriod, checkDuplicateVouchers, checkStatedTotals } from '../funds/check-fund-file.ts';
import { readFundFile } from '../funds/read-fund-file.ts';
import type { DataIssue } from '../issues/data-issue.ts';
import { IssueList } from '../issues/data-issue.ts';
import { MEMBERSHIP_FILE, readMembership } from '../membership/read-membership.ts';
import { formatYuan } from '../money/format-amount.ts';
import type { Period } from '../periods/period.ts';
import { PERIODS_FILE, readPeriods } from '../periods/read-periods.ts';
import { buildStatement, NegativeTotalError } from '../statement/build-statement.ts';
import { decodeText } from '../text/decode-text.ts';
import { readSchedule, SCHEDULE_FILE } from '../disclosure/read-schedule.ts';
import { readUnion, UNION_FILE } from '../union/read-union.ts';
import { readSignoffs, SIGNOFFS_FILE } from '../signoffs/read-signoffs.ts';
import { ALLOWED_TEXT_FILE, checkPublishedText, readAllowedText, yamlTextCells } from '../text/check-published-text.ts';
import type { FundLine } from '../funds/fund-line.ts';
import { checkSignoffPeriods, dataTextCells } from './text-cells.ts';
import { loadRecords } from '../records/load-records.ts';
import { isRecordFile, RECORD_FILES } from '../records/registry.ts';
import type { Statement } from '../statement/statement.ts';
import type { DataFiles } from './data-files.ts';
import type { PeriodData, SiteData } from './site-data.ts';
import { AUDIT_FILE_NAMES, isAuditFile, loadAudit } from '../audit/load-audit.ts';

/** The result of loading: the site data when there is no issue, and every issue found. */
export interface LoadResult {
  site?: SiteData;
  issues: DataIssue[];
  /** What does not stop the build but limits what the site can say (e.g. holiday flags incomplete). */
  warnings?: DataIssue[];
}

const KNOWN_TOP = new Set([
  UNION_FILE,
  PERIODS_FILE,
  ACCOUNTS_FILE,
  MEMBERSHIP_FILE,
  SCHEDULE_FILE,
  SIGNOFFS_FILE,
  ALLOWED_TEXT_FILE,
]);
const FOLDERS = ['funds/', 'budgets/'];

function text(files: DataFiles, path: string): string | undefined {
  const bytes = files.get(path);
  return bytes === undefined ? undefined : decodeText(bytes).text;
}

function checkFileNames(files: DataFiles, issues: IssueList, extraKnown: (path: string) => boolean): void {
  for (const path of files.keys()) {
    if (KNOWN_TOP.has(path) || extraKnown(path)) continue;
    const folder = FOLDERS.find((f) => path.startsWith(f));
    if (folder && path.endsWith('.csv') && !path.slice(folder.length).includes('/')) continue;
    issues.add({
      file: path,
      line: 0,
      column: 0,
      code: 'file.unexpected',
      message: /\.(xlsx?|et|wps)$/i.test(path) ? '不能直接读取 Excel/WPS 表格' : '不认识的数据文件',
      expected: `union.yaml、periods.csv、accounts.csv、membership.csv、disclosure-schedule.csv、signoffs.csv、allowed-text.csv、${RECORD_FILES.join('、')}、${AUDIT_FILE_NAMES.join('、')}、funds/<期间编号>.csv 或 budgets/<期间编号>.csv`,
      found: path,
      hint: /\.(xlsx?|et|wps)$/i.test(path) ? '请在 Excel/WPS 中“另存为”CSV 文件' : '请移走或改名',
    });
  }
}

function loadChart(files: DataFiles, issues: IssueList): Chart {
  const base = createChart(BUILT_IN_ACCOUNTS).chart;
  const localText = text(files, ACCOUNTS_FILE);
  if (localText === undefined) return base;
  const local = readLocalAccounts(localText, base, issues);
  const { chart, conflicts } = createChart([...BUILT_IN_ACCOUNTS, ...local]);
  for (const conflict of conflicts) {
    issues.add({
      file: ACCOUNTS_FILE,
      line: 0,
      column: 0,
      code: 'account.local-conflict',
      message: `自设科目“${conflict.account.name}”的编码或名称“${conflict.taken}”已被科目“${conflict.holder.name}”使用`,
      expected: '与科目表不重复的编码、名称和别名',
      found: conflict.taken,
    });
  }
  return chart;
}

function balanceChecks(period: Period, data: PeriodData, previous: PeriodData | undefined, issues: IssueList): void {
  const s = data.statement;
  const identity = `${formatYuan(s.openingFen)} + ${formatYuan(s.income.totalFen)} − ${formatYuan(s.expense.totalFen)} = ${formatYuan(s.closingFen)}`;
  if (period.closingDeclared !== undefined && period.closingDeclared !== s.closingFen) {
    issues.add({
      file: PERIODS_FILE,
      line: period.line,
      column: period.columns.closing,
      code: 'balance.mismatch',
      message: `期间“${period.id}”申报的期末结余与计算结果不符，相差 ${formatYuan(period.closingDeclared - s.closingFen)} 元`,
      expected: `期初结余 + 收入 − 支出：${identity}`,
      found: formatYuan(period.closingDeclared),
      hint: `请核对 ${data.fundFile} 中的收支，或申报的期末结余`,
    });
  } else {
    data.checks.push({
      code: 'balance.identity',
      label:
        period.closingDeclared !== undefined
          ? '期初结余 + 本期收入 − 本期支出 = 申报的期末结余'
          : '期初结余 + 本期收入 − 本期支出 = 期末结余',
      detail: identity,
    });
  }
  if (previous) {
    const carried = previous.statement.closingFen;
    if (period.openingDeclared !== undefined && period.openingDeclared !== carried) {
      issues.add({
        file: PERIODS_FILE,
        line: period.line,
        column: period.columns.opening,
        code: 'balance.continuity',
        message: `期间“${period.id}”的期初结余不等于上一期间“${previous.statement.period.id}”的期末结余，相差 ${formatYuan(period.openingDeclared - carried)} 元`,
        expected: formatYuan(carried),
        found: formatYuan(period.openingDeclared),
        hint: '期初结余可以不填，网站会自动沿用上期期末结余',
      });
    } else {
      data.checks.push({
        code: 'balance.continuity',
        label: '本期期初结余 = 上期期末结余',
        detail: `${previous.statement.period.label}期末 ${formatYuan(carried)} = 本期期初 ${formatYuan(s.openingFen)}`,
      });
    }
  }
}

/** Options of a load that are not in the data folder. */
export interface LoadOptions {
  /** The build date (ISO "YYYY-MM-DD"): 公示 notices whose end date is before it are not published. */
  buildDate?: string;
}

/**
 * Loads and checks the whole data folder. Pure: reads only `files` (and the build date it
 * is given). Reports every issue it can find in one pass (a broken file does not hide
 * problems in the others); `site` is present only when there are none.
 */
export function loadSite(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const issues = new IssueList();
  checkFileNames(files, issues, (path) => isRecordFile(path) || isAuditFile(path));
  const unionText = text(files, UNION_FILE);
  const union = unionText === undefined ? undefined : readUnion(unionText, issues);
  if (unionText === undefined) {
    issues.add({
      file: UNION_FILE,
      line: 0,
      column: 0,
      code: 'file.missing',
      message: '缺少工会基本信息文件',
      expected: 'union.yaml',
      found: '没有这个文件',
    });
  }
  const chart = loadChart(files, issues);
  const periodsText = text(files, PERIODS_FILE);
  if (periodsText === undefined) {
    issues.add({
      file: PERIODS_FILE,
      line: 0,
      column: 0,
      code: 'file.missing',
      message: '缺少期间表',
      expected: 'periods.csv',
      found: '没有这个文件',
    });
  }
  const periods = periodsText === undefined ? [] : readPeriods(periodsText, issues);
  const periodIds = new Set(periods.map((p) => p.id));
  for (const folder of FOLDERS) {
    for (const path of files.keys()) {
      if (!path.startsWith(folder) || !path.endsWith('.csv')) continue;
      const id = path.slice(folder.length, -4);
      if (!periodIds.has(id)) {
        issues.add({
          file: path,
          line: 0,
          column: 0,
          code: folder === 'funds/' ? 'fund.no-period' : 'budget.no-period',
          message: `文件名“${id}”不是 periods.csv 中的期间编号`,
          expected: periods.length ? periods.map((p) => p.id).join('、') : 'periods.csv 中的期间编号',
          found: id,
          hint: '文件名应与期间编号一致，或先在 periods.csv 中增加这一期间',
        });
      }
    }
  }
  const membershipText = text(files, MEMBERSHIP_FILE);
  const membership = membershipText === undefined ? [] : readMembership(membershipText, issues);
  for (const m of membership) {
    if (!periodIds.has(m.periodId)) {
      issues.add({
        file: MEMBERSHIP_FILE,
        line: m.line,
        column: 1,
        code: 'membership.no-period',
        message: `期间“${m.periodId}”不在 periods.csv 中`,
        expected: [...periodIds].join('、'),
        found: m.periodId,
      });
    }
  }
  const scheduleText = text(files, SCHEDULE_FILE);
  const schedule = scheduleText === undefined ? [] : readSchedule(scheduleText, issues);
  const signoffsText = text(files, SIGNOFFS_FILE);
  const signoffs = signoffsText === undefined ? [] : readSignoffs(signoffsText, issues);
  checkSignoffPeriods(signoffs, periods, issues);
  const fundLines = new Map<string, readonly FundLine[]>();
  const data: PeriodData[] = [];
  const statements = new Map<string, Statement>();
  let previous: PeriodData | undefined;
  // A fund file with problems makes its own totals unreliable, and with them the opening
  // of the next period. The chain of balances is trusted again from the next period that
  // declares its own opening balance, so one run still reports later balance problems.
  let reliable = true;
  for (const period of periods) {
    const fundFile = `funds/${period.id}.csv`;
    const fundText = text(files, fundFile);
    if (fundText === undefined) {
      issues.add({
        file: PERIODS_FILE,
        line: period.line,
        column: 1,
        code: 'fund.missing',
        message: `期间“${period.id}”没有经费文件`,
        expected: fundFile,
        found: '没有这个文件',
      });
      previous = undefined;
      reliable = false;
      continue;
    }
    const before = issues.count;
    const fund = readFundFile(fundFile, fundText, chart, issues);
    fundLines.set(fundFile, fund.lines);
    checkDatesInPeriod(fundFile, fund.lines, period, issues);
    checkDuplicateVouchers(fundFile, fund.lines, issues);
    checkStatedTotals(fundFile, fund, issues);
    if (!reliable && period.openingDeclared !== undefined) {
      reliable = true;
      previous = undefined;
    }
    const opening = previous ? previous.statement.closingFen : (period.openingDeclared ?? 0);
    let statement;
    try {
      statement = buildStatement(period, opening, fund.lines, chart);
    } catch (error) {
      if (!(error instanceof NegativeTotalError)) throw error;
      issues.add({
        file: fundFile,
        line: 0,
        column: 0,
        code: 'total.negative',
        message: `科目“${error.account.name}”的合计为负数，无法计算占比`,
        expected: '每个科目的合计不小于 0',
        found: formatYuan(error.fen),
        hint: '冲销金额大于入账金额，请核对负数行',
      });
      previous = undefined;
      reliable = false;
      continue;
    }
    const clean = issues.count === before;
    if (clean) statements.set(period.id, statement);
    const entry: PeriodData = { statement, fundFile, checks: [] };
    const stated = fund.totals.length;
    if (stated > 0) {
      entry.checks.push({
        code: 'total.parts',
        label: '经费文件中的合计行等于各分项之和',
        detail: `${stated} 个合计行已核对`,
      });
    }
    if (reliable && clean) balanceChecks(period, entry, previous, issues);
    reliable &&= clean;
    const budgetFile = `budgets/${period.id}.csv`;
    const budgetText = text(files, budgetFile);
    if (budgetText !== undefined) {
      const rows = readBudgetFile(budgetFile, budgetText, chart, issues);
      entry.budget = { file: budgetFile, rows: budgetExecution(statement, rows) };
    }
    const member = membership.find((m) => m.periodId === period.id);
    if (member) entry.membership = member;
    if (fund.totals.length > 0) entry.statedTotals = fund.totals;
    const signoff = signoffs.find((s) => s.periodId === period.id);
    if (signoff) entry.signoff = signoff;
    data.push(entry);
    previous = entry;
  }
  const allowedText = text(files, ALLOWED_TEXT_FILE);
  const allowed = allowedText === undefined ? [] : readAllowedText(allowedText, issues);
  const unionCells = unionText === undefined ? [] : yamlTextCells(UNION_FILE, unionText);
  checkPublishedText([...unionCells, ...dataTextCells(periods, fundLines, signoffs)], allowed, issues);
  const records = loadRecords(
    files,
    { chart, periods, statements, buildDate: options.buildDate, minElectionMarginBp: union?.minElectionMarginBp },
    issues,
  );
  const warnings: DataIssue[] = [];
  const audit = loadAudit(files, { unionText, site: { periods: data }, statements }, issues, warnings);
  if (issues.count > 0 || !union) return { issues: issues.sorted() };
  return { site: { union, chart, periods: data, schedule, records, audit }, issues: [], warnings };
}
