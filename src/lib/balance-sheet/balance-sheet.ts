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

/**
 * The heading of the balance sheet's closing column, as 《工会会计制度》 prescribes: 年末余额
 * for a period that ends on 31 December (a year end), 期末余额 for any other period end
 * (a half year, a term ending mid-year). `end` is the period's ISO end date.
 */
export function closingColumnLabel(end: string): '年末余额' | '期末余额' {
  return end.endsWith('-12-31') ? '年末余额' : '期末余额';
}
