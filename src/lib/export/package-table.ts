import { toCsv } from './csv-cell.ts';

/** A Table Schema field type (Frictionless), as the package declares its columns. */
export type PackageFieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

/**
 * One column of a package table. `name` is the Chinese header staff read in the CSV file;
 * `key` is the English name a program may use for it. Money columns are `number` in 元
 * with exactly two decimals ("1234.50"), read back to integer fen without rounding.
 */
export interface PackageField {
  name: string;
  key: string;
  type: PackageFieldType;
  description: string;
}

/** A cell value before it is written: money is already a decimal 元 string. */
export type PackageCell = string | number | boolean | undefined;

/** One CSV resource of the package: its columns and its rows, keyed by field `key`. */
export interface PackageTable {
  /** Resource name (lowercase, "-" only): "statements". */
  name: string;
  /** Path relative to the package descriptor: "statements.csv". */
  path: string;
  /** Chinese title: "经费收支表（按科目）". */
  title: string;
  fields: readonly PackageField[];
  rows: readonly Readonly<Record<string, PackageCell>>[];
  /** Keys of the fields that identify a row. */
  primaryKey: readonly string[];
}

/** A field, written compactly: `field('期间编号', 'periodId', 'string', '…')`. */
export function field(name: string, key: string, type: PackageFieldType, description: string): PackageField {
  return { name, key, type, description };
}

function cellText(value: PackageCell): string | number {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/**
 * The table as CSV text: UTF-8 with BOM and CRLF (so Excel and WPS open it directly), the
 * Chinese field names as the header row, an empty cell for a missing value, booleans as
 * "true"/"false".
 */
export function tableCsv(table: PackageTable): string {
  return toCsv([
    table.fields.map((f) => f.name),
    ...table.rows.map((row) => table.fields.map((f) => cellText(row[f.key]))),
  ]);
}
