import type { BalanceRowSpec } from './rows.ts';

/** One row of a period's 资产负债表 with both columns in fen (0 where the file leaves it out). */
export interface BalanceSheetLine {
  spec: BalanceRowSpec;
  openingFen: number;
  closingFen: number;
  /** Line of the row in the file; undefined when the file does not have the row (a total is then computed). */
  line?: number;
}

/** A period's 资产负债表 (工会01表), read from data/balance-sheets/<period>.csv. */
export interface BalanceSheet {
  file: string;
  periodId: string;
  /** Every row of the regulation, in its order; totals as computed from their parts. */
  lines: BalanceSheetLine[];
}

/** The line of a row by name. */
export function sheetLine(sheet: BalanceSheet, name: string): BalanceSheetLine {
  const line = sheet.lines.find((l) => l.spec.name === name);
  if (!line) throw new RangeError(`no balance sheet row ${name}`);
  return line;
}
