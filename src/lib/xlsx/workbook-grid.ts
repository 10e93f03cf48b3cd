/**
 * A workbook as plain data: what the reader at the edge hands to the pure code. Only what
 * the checks need is kept (values, number formats, formulas, merges, hidden flags); the
 * reader library never reaches past this shape.
 */

/** What one cell holds, as Excel stores it. */
export type GridValue =
  /** A shared, inline or formula string, exactly as stored (leading zeros kept). */
  | { kind: 'text'; text: string }
  /** A number as its binary float, with the cell's number format code ("General", "yyyy-mm-dd", "0.00"). */
  | { kind: 'number'; value: number; format: string }
  | { kind: 'boolean'; value: boolean }
  /** An error value such as "#DIV/0!" or "#REF!". */
  | { kind: 'error'; text: string }
  /** A formula whose result was never saved (a file written by a program, not by Excel). */
  | { kind: 'no-value'; formula: string };

/** One non-empty cell. */
export interface GridCell {
  /** 1-based column (A = 1). */
  column: number;
  value: GridValue;
  /** The formula text when the cell holds a formula (its cached result is `value`). */
  formula?: string;
}

/** One row that has at least one cell or is hidden. */
export interface GridRow {
  /** 1-based row number, as Excel shows it. */
  row: number;
  /** Cells in ascending column order. */
  cells: GridCell[];
  hidden: boolean;
}

/** A rectangle of cells, 1-based and inclusive (a merged range). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet. */
export interface SheetGrid {
  name: string;
  /** Hidden or "very hidden" in Excel. */
  hidden: boolean;
  /** Rows in ascending row order. */
  rows: GridRow[];
  merges: CellRange[];
  /** 1-based numbers of hidden columns, ascending. */
  hiddenColumns: number[];
}

/** A whole workbook. */
export interface WorkbookGrid {
  /** True when dates count from 1904-01-01 (the Mac option "使用 1904 日期系统"). */
  date1904: boolean;
  sheets: SheetGrid[];
}
