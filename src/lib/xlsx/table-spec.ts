import type { ColumnSpec } from '../csv/read-table.ts';
import type { SheetTableSpec } from './sheet-table.ts';

/** Sheet names that mean a table among several sheets of its workbook, besides the file's own name. */
const SHEET_NAMES: readonly [folder: string, names: readonly string[]][] = [
  ['funds/', ['经费收支', '明细账', '收支明细', '经费收支表']],
  ['budgets/', ['预算', '预算表']],
];

/** Column keys of amounts: a "单位：万元" line above a workbook's header scales these. */
const AMOUNT_KEYS = ['amount', 'budget', 'adjustment', 'prior', 'opening', 'closing'];

/**
 * How the worksheet of the table `csvPath` ("funds/2024.csv", "aid.csv") is read from its
 * workbook: the table's declared columns, which of them are amounts (scaled by a 万元
 * line) and the sheet names that mean the table. One definition for the loader and the
 * privacy checks, so both read a workbook's rows alike.
 */
export function sheetSpecFor(csvPath: string, columns: readonly ColumnSpec[]): SheetTableSpec {
  return {
    columns,
    amountKeys: columns.map((c) => c.key).filter((key) => AMOUNT_KEYS.includes(key)),
    tableNames: SHEET_NAMES.find(([folder]) => csvPath.startsWith(folder))?.[1] ?? [],
  };
}
