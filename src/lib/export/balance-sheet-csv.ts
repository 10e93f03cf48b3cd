import type { BalanceSheet } from '../balance-sheet/balance-sheet.ts';
import { closingColumnLabel } from '../balance-sheet/balance-sheet.ts';
import { fenToDecimalString } from '../money/format-amount.ts';
import { toCsv } from './csv-cell.ts';

/**
 * The 资产负债表 as a CSV download (UTF-8 with BOM, CRLF): every row of 工会01表 with 年初余额
 * and 年末余额 (期末余额 when the period `end`s other than on 31 December) in yuan with two
 * decimals (totals as checked), in the columns staff read in.
 */
export function balanceSheetCsv(sheet: BalanceSheet, unionName: string, periodLabel: string, end: string): string {
  return toCsv([
    [`${unionName} 资产负债表（工会01表）`, periodLabel, '单位：元'],
    ['项目', '年初余额', closingColumnLabel(end)],
    ...sheet.lines.map((l) => [l.spec.name, fenToDecimalString(l.openingFen), fenToDecimalString(l.closingFen)]),
  ]);
}
