import type { TableInput } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import type { Period } from '../periods/period.ts';
import type { PassedCheck } from '../model/passed-check.ts';
import type { Statement } from '../statement/statement.ts';
import type { BalanceSheet } from './balance-sheet.ts';
import { checkBalanceContinuity, checkBalanceIdentity, checkBalanceTies } from './check-balance-sheet.ts';
import { BALANCE_SHEET_FOLDER, readBalanceSheet } from './read-balance-sheet.ts';

/** The path of a period's balance sheet, relative to the data folder. */
export function balanceSheetFile(periodId: string): string {
  return `${BALANCE_SHEET_FOLDER}${periodId}.csv`;
}

/**
 * Reads and checks a period's optional 资产负债表: its own totals and identity, its 年初余额
 * against the previous period's sheet (when there is one), and its 结转/结余 against the
 * statement (`statement` undefined when the statement is not reliable: the ties are then
 * not checked). The sheet follows the rows of the 2021 制度; a period kept under 2009 cannot
 * have one here. Returns the sheet and the checks that passed.
 */
export function periodBalanceSheet(
  text: TableInput,
  period: Period,
  statement: Statement | undefined,
  fundFile: string,
  previous: BalanceSheet | undefined,
  issues: IssueList,
): { sheet: BalanceSheet; checks: PassedCheck[] } | undefined {
  const file = balanceSheetFile(period.id);
  if (period.system !== '2021') {
    issues.add({
      file,
      line: 0,
      column: 0,
      code: 'balance-sheet.old-system',
      message: `期间“${period.label}”按2009年制度记账，网站只按2021年制度的资产负债表（工会01表）核对`,
      expected: '2022 年及以后（2021年制度）期间的资产负债表',
      found: file,
      hint: '请移走这个文件，或在 periods.csv 中核对该期间的“会计制度”',
    });
    return undefined;
  }
  const before = issues.count;
  const sheet = readBalanceSheet(file, period.id, text, issues);
  if (issues.count > before) return { sheet, checks: [] };
  const checks = [
    ...checkBalanceIdentity(sheet, issues),
    ...(previous ? checkBalanceContinuity(sheet, previous, issues) : []),
    ...(statement ? checkBalanceTies(sheet, statement, fundFile, issues) : []),
  ];
  return { sheet, checks };
}
