import Papa from 'papaparse';
import type { IssueList } from '../issues/data-issue.ts';
import { toHalfWidth } from '../text/normalize-width.ts';

/** One column a table may have: its Chinese header and the aliases accepted for it. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header staff are shown, e.g. "金额". */
  header: string;
  /** Other headers accepted (English and variants), matched case-insensitively. */
  aliases: readonly string[];
  required: boolean;
}

/** A cell with its position, so every later check can point at it. */
export interface Cell {
  text: string;
  /** 1-based field number. */
  column: number;
}

/** A data row: 1-based physical line and the cells of the known columns. */
export interface TableRow<K extends string = string> {
  line: number;
  cells: Partial<Record<K, Cell>>;
}

/** A header as compared: half-width, without spaces, lower case (so 金额（元） matches 金额(元)). */
export function headerKey(header: string): string {
  return toHalfWidth(header).replace(/\s+/g, '').toLowerCase();
}

/**
 * Calls `onRecord` for each non-blank row of the CSV text with its fields and the physical
 * line it starts on. Papa returns one row per physical line, except that a quoted field may
 * hold line breaks; those are kept in the field, so counting them gives the exact line of
 * the next row. Rows are handed over one at a time (Papa's `step`), so a large file never
 * holds all its rows in memory at once. `onRecord` returns false to stop.
 */
function forEachRecord(text: string, onRecord: (fields: string[], line: number) => boolean): void {
  let line = 1;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: ({ data: fields }, parser) => {
      let breaks = 0;
      let blank = true;
      for (const field of fields) {
        if (blank && field.trim() !== '') blank = false;
        if (field.includes('\n') || field.includes('\r')) breaks += countLineBreaks(field);
      }
      if (!blank && !onRecord(fields, line)) parser.abort();
      line += 1 + breaks;
    },
  });
}

function countLineBreaks(text: string): number {
  const matches = text.match(/\r\n|\n|\r/g);
  return matches ? matches.length : 0;
}

/** The header's fields mapped to column keys, or null after reporting why the header is unusable. */
function readHeader<K extends string>(
  file: string,
  fields: readonly string[],
  line: number,
  columns: readonly ColumnSpec<K>[],
  issues: IssueList,
): (K | undefined)[] | null {
  const lookup = new Map<string, ColumnSpec<K>>();
  for (const column of columns) {
    for (const name of [column.header, ...column.aliases]) lookup.set(headerKey(name), column);
  }
  const fieldKeys: (K | undefined)[] = [];
  const seen = new Set<K>();
  let broken = false;
  fields.forEach((raw, index) => {
    const spec = lookup.get(headerKey(raw));
    if (raw.trim() === '' && index === fields.length - 1) return; // trailing comma
    if (!spec) {
      issues.add({
        file,
        line,
        column: index + 1,
        code: 'table.unknown-column',
        message: `表头中有不认识的列“${raw.trim()}”`,
        expected: `以下列名之一：${columns.map((c) => c.header).join('、')}`,
        found: raw.trim() === '' ? '空白列名' : raw.trim(),
      });
      broken = true;
    } else if (seen.has(spec.key)) {
      issues.add({
        file,
        line,
        column: index + 1,
        code: 'table.repeated-column',
        message: `列“${spec.header}”出现了两次`,
        expected: '每一列只出现一次',
        found: raw.trim(),
      });
      broken = true;
    } else {
      seen.add(spec.key);
      fieldKeys[index] = spec.key;
    }
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.key)) {
      issues.add({
        file,
        line,
        column: 0,
        code: 'table.missing-column',
        message: `缺少必填列“${column.header}”`,
        expected: `表头包含“${column.header}”${column.aliases.length ? `（或 ${column.aliases.join('、')}）` : ''}`,
        found: fields.map((f) => f.trim()).join(','),
      });
      broken = true;
    }
  }
  return broken ? null : fieldKeys;
}

/**
 * Reads a CSV table and calls `onRow` for each data row in file order, keyed by column
 * spec. Reports to `issues` (never throws): a missing required column, an unknown or
 * repeated column, and a row with more fields than the header. Returns false (and calls
 * `onRow` for no row) when the table cannot be read at all. Rows are not kept: a caller
 * that needs only what it derives from each row never holds the whole table.
 */
export function forEachTableRow<K extends string>(
  file: string,
  text: string,
  columns: readonly ColumnSpec<K>[],
  issues: IssueList,
  onRow: (row: TableRow<K>) => void,
): boolean {
  let fieldKeys: (K | undefined)[] | null | undefined;
  let headerLength = 0;
  forEachRecord(text, (fields, line) => {
    if (fieldKeys === undefined) {
      fieldKeys = readHeader(file, fields, line, columns, issues);
      headerLength = fields.length;
      return fieldKeys !== null;
    }
    const cells: Partial<Record<K, Cell>> = {};
    for (let index = 0; index < fields.length; index++) {
      const text = fields[index]!.trim();
      const key = fieldKeys![index];
      if (key !== undefined) cells[key] = { text, column: index + 1 };
      else if (text !== '' && index >= headerLength) {
        issues.add({
          file,
          line,
          column: index + 1,
          code: 'table.extra-field',
          message: '这一行的列数比表头多',
          expected: `最多 ${headerLength} 列`,
          found: `第 ${index + 1} 列有内容“${text}”`,
          hint: '金额中的千位分隔逗号需要整格加英文双引号，或去掉逗号',
        });
      }
    }
    onRow({ line, cells });
    return true;
  });
  if (fieldKeys === undefined) {
    issues.add({
      file,
      line: 0,
      column: 0,
      code: 'table.empty',
      message: '文件是空的',
      expected: `第一行为表头：${columns.map((c) => c.header).join(',')}`,
      found: '没有任何内容',
    });
    return false;
  }
  return fieldKeys !== null;
}

/**
 * Reads a CSV table into rows keyed by column spec, as {@link forEachTableRow} does.
 * Returns null when the table cannot be read at all.
 */
export function readTable<K extends string>(
  file: string,
  text: string,
  columns: readonly ColumnSpec<K>[],
  issues: IssueList,
): TableRow<K>[] | null {
  const rows: TableRow<K>[] = [];
  return forEachTableRow(file, text, columns, issues, (row) => rows.push(row)) ? rows : null;
}
