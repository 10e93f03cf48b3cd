/**
 * What a template workbook holds, as plain data: the sheet staff fill in (Chinese header,
 * one example row, a format per column) and the lists its drop-downs offer. The edge
 * (scripts/lib/write-template.ts) writes it as .xlsx.
 */

/** How a column is formatted in the template, so Excel keeps what staff type as they typed it. */
export type ColumnFormat =
  /** Text ("@"): 凭证号 0012 keeps its zeros, 2025-1 stays text. */
  | 'text'
  /** A date shown as yyyy-mm-dd. */
  | 'date'
  /** A number with two decimals (0.00). */
  | 'amount'
  /** A whole number (0). */
  | 'count';

/** One column of a template. */
export interface TemplateColumn {
  header: string;
  format: ColumnFormat;
  /** The example row's value, as text in the form the table reader accepts ("2025-01-05", "1234.56"). */
  example: string;
  /** Column width in characters. */
  width: number;
  /** Name of the list (in {@link TemplateSpec.lists}) a drop-down in this column offers. */
  list?: string;
}

/** A list of allowed values, written on its own sheet and offered by a drop-down. */
export interface TemplateList {
  /** Sheet name, e.g. "科目表". */
  sheet: string;
  header: string;
  values: readonly string[];
}

/** One template workbook. */
export interface TemplateSpec {
  /** Where it is written, relative to the templates folder, e.g. "funds/期间编号.xlsx". */
  file: string;
  /** The sheet staff fill in, named so the loader picks it among the workbook's sheets. */
  sheet: string;
  columns: readonly TemplateColumn[];
  lists: readonly TemplateList[];
  /** How many rows below the header the formats and drop-downs cover. */
  rows: number;
}
