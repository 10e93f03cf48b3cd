import { checkDatesInPeriod, checkDuplicateVouchers, checkStatedTotals } from '../funds/check-fund-file.ts';
import { FUND_COLUMNS, readFundFile } from '../funds/read-fund-file.ts';
import { nextPeriodLineReminders } from '../funds/next-period-lines.ts';
import type { PeriodData } from '../model/site-data.ts';
import { formatYuan } from '../money/format-amount.ts';
import { PERIODS_FILE } from '../periods/read-periods.ts';
import { balanceChecks } from '../statement/balance-checks.ts';
import { buildStatement, NegativeTotalError } from '../statement/build-statement.ts';
import { statementWarnings } from '../statement/statement-warnings.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { IssueList } from '../issues/data-issue.ts';
import type { Period } from '../periods/period.ts';
import { periodFolderSource, type LoadState } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';

const FOLDER = 'funds/';

/**
 * funds/<期间编号>.csv: one fund file per period of periods.csv (summary or ledger). Read by
 * the streaming reader (no row is kept but the fund lines), then checked: dates within the
 * period, vouchers, stated totals, and the balance chain from period to period.
 */
export const fundsSource = periodFolderSource(FOLDER, FUND_COLUMNS, {
  read(state, issues) {
    checkFolderPeriods(state, FOLDER, 'fund.no-period', issues);
    readFundFiles(state, issues);
  },
});

/** A period that publishes one side only has no lines on the other. */
function checkScopeLines(file: string, period: Period, lines: readonly FundLine[], issues: IssueList): void {
  if (period.scope === '全部') return;
  const hidden = period.scope === '仅收入' ? 'expense' : 'income';
  const line = lines.find((l) => l.account.kind === hidden);
  if (!line) return;
  issues.add({
    file,
    line: line.line,
    column: 1,
    code: 'scope.unpublished-lines',
    message: `期间“${period.label}”的公开范围是“${period.scope}”，经费文件中却有${hidden === 'expense' ? '支出' : '收入'}科目“${line.account.name}”`,
    expected: `只有${period.scope === '仅收入' ? '收入' : '支出'}科目`,
    found: line.account.name,
    hint: '要公开全部收支，请把 periods.csv 的“公开范围”改为 全部（或留空）；否则请删去不公开的行',
  });
}

function readFundFiles(state: LoadState, issues: Parameters<typeof checkFolderPeriods>[3]): void {
  const { charts } = state;
  let previous: PeriodData | undefined;
  // A fund file with problems makes its own totals unreliable, and with them the opening
  // of the next period. The chain of balances is trusted again from the next period that
  // declares its own opening balance, so one run still reports later balance problems.
  let reliable = true;
  for (const period of state.periods) {
    const csvFile = `${FOLDER}${period.id}.csv`;
    const found = state.table(csvFile);
    if (found?.input === undefined) {
      // A workbook that is there but cannot be read has been reported already.
      if (!found) {
        issues.add({
          file: PERIODS_FILE,
          line: period.line,
          column: 1,
          code: 'fund.missing',
          message: `期间“${period.id}”没有经费文件`,
          expected: `${csvFile} 或 ${FOLDER}${period.id}.xlsx`,
          found: '没有这个文件',
        });
      }
      previous = undefined;
      reliable = false;
      continue;
    }
    const fundFile = found.file;
    const before = issues.count;
    const chart = charts[period.system];
    const fund = readFundFile(fundFile, found.input, chart, issues, { charts, system: period.system }, found.sheetUnit);
    state.fundLines.set(fundFile, fund.lines);
    checkDatesInPeriod(fundFile, fund.lines, period, issues);
    state.notes.push(...nextPeriodLineReminders(fundFile, period, fund.lines));
    checkDuplicateVouchers(fundFile, fund.lines, issues);
    checkStatedTotals(fundFile, fund, issues);
    if (!reliable && period.openingDeclared !== undefined) {
      reliable = true;
      previous = undefined;
    }
    if (previous && previous.statement.period.scope !== '全部') {
      // A period that published one side only has no closing balance to carry.
      if (period.openingDeclared === undefined) {
        issues.add({
          file: PERIODS_FILE,
          line: period.line,
          column: period.columns.opening,
          code: 'balance.opening-after-partial',
          message: `上一期间“${previous.statement.period.label}”只公开了${previous.statement.period.scope === '仅收入' ? '收入' : '支出'}，算不出期末结余；期间“${period.id}”须填写期初结余`,
          expected: '期初结余，如 63873.93',
          found: '空白',
          hint: '按账簿填写本期间的期初结余',
        });
      }
      previous = undefined;
    }
    checkScopeLines(fundFile, period, fund.lines, issues);
    const opening = previous ? previous.statement.closingFen : (period.openingDeclared ?? 0);
    let statement;
    try {
      statement = buildStatement(period, opening, fund.lines, chart, {
        openingCarryFen: previous ? previous.statement.closingCarryFen : (period.openingCarryDeclared ?? 0),
        closingCarryFen: period.closingCarryDeclared ?? 0,
      });
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
    if (clean) state.statements.set(period.id, statement);
    const warnings = statementWarnings(statement, PERIODS_FILE);
    const entry: PeriodData = {
      statement,
      fundFile,
      checks: [],
      chart,
      unit: fund.unit,
      notes: fund.notes,
      ...(warnings.length ? { warnings } : {}),
    };
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
    if (fund.totals.length > 0) entry.statedTotals = fund.totals;
    state.periodData.push(entry);
    previous = entry;
  }
}
