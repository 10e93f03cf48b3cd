import type { BalanceSheet } from '../balance-sheet/balance-sheet.ts';
import { balanceSheetFile, periodBalanceSheet } from '../balance-sheet/period-balance-sheet.ts';
import { BALANCE_SHEET_COLUMNS, BALANCE_SHEET_FOLDER } from '../balance-sheet/read-balance-sheet.ts';
import { periodFolderSource } from './data-source.ts';
import { checkFolderPeriods } from './folder-periods.ts';

/**
 * balance-sheets/<期间编号>.csv (or .xlsx): a period's optional 资产负债表 (工会01表), checked on its own
 * (totals, 资产 = 负债 + 净资产), against the previous period's sheet (年初 = 上年年末) and
 * against the period's statement (结转 and 结余). Read after the fund files.
 */
export const balanceSheetsSource = periodFolderSource(BALANCE_SHEET_FOLDER, BALANCE_SHEET_COLUMNS, {
  read(state, issues) {
    checkFolderPeriods(state, BALANCE_SHEET_FOLDER, 'balance-sheet.no-period', issues);
    let previous: BalanceSheet | undefined;
    // As for the balance checks of the fund files: a statement with problems, and every
    // later one whose opening balance is carried from it, is not compared with its sheet
    // (the fund file's own message is the root cause), until a period declares its opening.
    let reliable = true;
    for (const entry of state.periodData) {
      const period = entry.statement.period;
      if (!reliable && period.openingDeclared !== undefined) reliable = true;
      reliable &&= state.statements.has(period.id);
      const text = state.table(balanceSheetFile(period.id))?.input;
      if (text === undefined) {
        previous = undefined;
        continue;
      }
      const statement = reliable ? entry.statement : undefined;
      const read = periodBalanceSheet(text, period, statement, entry.fundFile, previous, issues);
      previous = read?.sheet;
      if (!read) continue;
      entry.balanceSheet = read.sheet;
      entry.checks.push(...read.checks);
    }
  },
});
