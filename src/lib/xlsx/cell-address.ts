import type { CellRange } from './workbook-grid.ts';

/** The column letters Excel shows for a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The address Excel shows for a cell: row 17, column 3 → "C17". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The address of a range: "A1:E1" (a single cell is written once, "B5"). */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Where a cell is, as staff read it: 工作表“明细账” C17，即第 17 行第 3 列. With column 0
 * (the whole row) only the row is named; with row 0 only the sheet.
 */
export function describeSheetPlace(sheet: string, row: number, column: number): string {
  if (row <= 0) return `工作表“${sheet}”`;
  if (column <= 0) return `工作表“${sheet}”第 ${row} 行`;
  return `工作表“${sheet}” ${cellAddress(row, column)}，即第 ${row} 行第 ${column} 列`;
}
