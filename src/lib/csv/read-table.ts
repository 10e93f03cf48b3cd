import type { IssueList } from '../issues/data-issue.ts';
import { firstControlCharacter, hasControlCharacter, showControlCharacters } from '../text/control-characters.ts';
import { toHalfWidth } from '../text/normalize-width.ts';
import { ACCEPTED_UNITS, splitHeaderUnit } from './header-label.ts';
import { guessDialect, splitCsv, type Newline } from './split-csv.ts';
import {
  countLineBreaks,
  openingQuoteField,
  quoteSpansRowsIssue,
  swallowsRows,
  unpairedQuoteIssue,
  type QuotedField,
} from './quote-issues.ts';

/** One column a table may have: its Chinese header and the aliases accepted for it. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header staff are shown, e.g. "金额". */
  header: string;
  /** Other headers accepted (English and variants), matched case-insensitively. */
  aliases: readonly string[];
  required: boolean;
  /** Personal data: never published; every build searches its output for each value (privacy/). */
  private?: boolean;
  /** The column holds people's names (with private: the names public free text must not contain). */
  personName?: boolean;
  /** Public free text staff type (事由, 摘要): searched for the private names. */
  freeText?: boolean;
  /**
   * An amount column that may be kept in 万元 (header "金额（万元）"); its reader converts
   * exactly to fen (src/lib/units/amount-unit.ts). Other columns accept only （元）.
   */
  wan?: boolean;
}

/** What a workbook cell held (absent for CSV, where every field is text). */
export type SourceType = 'text' | 'number' | 'date' | 'boolean';

/** A cell with its position, so every later check can point at it. */
export interface Cell {
  text: string;
  /** 1-based field number (in a workbook: the column, A = 1). */
  column: number;
  /** What the workbook cell held, so a parser can say "this is a date cell" (absent for CSV). */
  source?: SourceType;
}

/** One row of a table before its header is matched: a CSV line or a worksheet row. */
export interface SourceRecord {
  /** The row's texts; a worksheet gives only the columns its header names. */
  fields: readonly string[];
  /** 1-based physical line (the row number in a worksheet). */
  line: number;
  /** 1-based column of each field, when it is not its index + 1. */
  columns?: readonly number[];
  /** What each field was in the workbook. */
  sources?: readonly (SourceType | undefined)[];
}

/** A table already split into rows (a worksheet read by src/lib/xlsx), in row order, blank rows left out. */
export interface TableRecords {
  records: readonly SourceRecord[];
}

/** What a table file holds once read: CSV text, or the rows of a worksheet. */
export type TableInput = string | TableRecords;

/** A data row: 1-based physical line and the cells of the known columns. */
export interface TableRow<K extends string = string> {
  line: number;
  cells: Partial<Record<K, Cell>>;
}

/** A header as compared: half-width, without spaces, lower case (so 金额（元） matches 金额(元)). */
export function headerKey(header: string): string {
  return toHalfWidth(header).replace(/\s+/g, '').toLowerCase();
}

/** What the record reader tells the table reader besides rows. */
interface RecordEvents {
  /** Called for each non-blank row (the record object is reused: read it, do not keep it); returns false to stop reading. */
  onRecord: (record: SourceRecord) => boolean;
  /** Called for a row the parser could not read properly (a quote without its pair); reading stops. */
  onBrokenQuote: (field: QuotedField) => void;
  /** Called for a properly quoted field that holds whole rows; returns false to stop reading. */
  onSwallowedRows: (field: QuotedField) => boolean;
  /** Commas a line swallowed by a quote would hold (header fields − 1); 0 before the header is read. */
  rowCommas: () => number;
}

/**
 * Whether a field of the text can hold a line break: only a quoted field can, or a lone
 * \r or \n in a text whose rows end otherwise (Papa keeps those in the field).
 */
function fieldsMayBreak(text: string, newline: Newline): boolean {
  if (text.includes('"')) return true;
  if (newline === '\n') return text.includes('\r');
  if (newline === '\r') return text.includes('\n');
  return /\r(?!\n)|(?<!\r)\n/.test(text);
}

/**
 * Reads the CSV text row by row with its fields and the physical line each row starts on.
 * The splitter (split-csv.ts) reads exactly as Papa does: one row per physical line, except
 * that a quoted field may hold line breaks; those are kept in the field, so counting them
 * gives the exact line of the next row. Rows are handed over one at a time, so a large file
 * never holds all its rows in memory at once; the record handed over is reused for the
 * next row. Any quote error (an unclosed or malformed quote) stops the reading at the row
 * where the quote opens: the rows after it would be misread. The rows of a worksheet are
 * handed over as they are.
 */
function forEachRecord(input: TableInput, events: RecordEvents): void {
  if (typeof input !== 'string') {
    for (const record of input.records) if (!events.onRecord(record)) return;
    return;
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const dialect = guessDialect(text);
  const mayBreak = fieldsMayBreak(text, dialect.newline);
  const record: { fields: readonly string[]; line: number } = { fields: [], line: 1 };
  let line = 1;
  splitCsv(
    input,
    ({ fields, quoteError }) => {
      if (quoteError) {
        events.onBrokenQuote(openingQuoteField(fields, line));
        return false;
      }
      let breaks = 0;
      let blank = true;
      for (let index = 0; index < fields.length; index++) {
        const field = fields[index]!;
        if (blank && field.trim() !== '') blank = false;
        if (mayBreak && (field.includes('\n') || field.includes('\r'))) {
          if (swallowsRows(field, events.rowCommas())) {
            const at = line + fields.slice(0, index).reduce((n, f) => n + countLineBreaks(f), 0);
            if (!events.onSwallowedRows({ line: at, column: index + 1, text: field })) return false;
          }
          breaks += countLineBreaks(field);
        }
      }
      record.fields = fields;
      record.line = line;
      if (!blank && !events.onRecord(record)) return false;
      line += 1 + breaks;
      return true;
    },
    dialect,
  );
}

/** Reports a header label with a unit other than 元 (e.g. 万元); true when one was reported. */
function reportUnit(file: string, line: number, column: number, raw: string, issues: IssueList): boolean {
  const { unit } = splitHeaderUnit(raw);
  if (unit === undefined || ACCEPTED_UNITS.has(unit)) return false;
  issues.add({
    file,
    line,
    column,
    code: 'table.unit',
    message: `表头“${raw.trim()}”的单位“${unit}”不能使用：金额一律以元为单位填写`,
    expected: '列名不带单位，或带“（元）”，如 金额 或 金额（元）',
    found: raw.trim(),
    hint: unit === '万元' ? '请把这一列的金额换算为元（乘以 10000），并把列名改为“（元）”' : '请去掉括号中的单位',
  });
  return true;
}

/** The column spec a header label names: exactly, or without a unit in brackets (期初结余（元）). */
function specOf<K extends string>(raw: string, lookup: ReadonlyMap<string, ColumnSpec<K>>): ColumnSpec<K> | undefined {
  const exact = lookup.get(headerKey(raw));
  if (exact) return exact;
  const { name, unit } = splitHeaderUnit(raw);
  if (unit === undefined) return undefined;
  const spec = lookup.get(headerKey(name));
  return ACCEPTED_UNITS.has(unit) || (unit === '万元' && spec?.wan) ? spec : undefined;
}

/**
 * The header's fields mapped to column keys, or null after reporting why the header is
 * unusable. Blank fields after the last named one (Excel's trailing ",,,") are ignored.
 */
function readHeader<K extends string>(
  file: string,
  { fields, line, columns: positions }: SourceRecord,
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
  let named = fields.length;
  while (named > 0 && fields[named - 1]!.trim() === '') named--;
  fields.slice(0, named).forEach((raw, index) => {
    const spec = specOf(raw, lookup);
    const column = positions?.[index] ?? index + 1;
    if (!spec && reportUnit(file, line, column, raw, issues)) {
      broken = true;
    } else if (!spec) {
      issues.add({
        file,
        line,
        column,
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
        column,
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

/** Reports the first control character of each field of a row (header or data); true when there was one. */
function reportControlCharacters(file: string, { fields, line, columns }: SourceRecord, issues: IssueList): boolean {
  let found = false;
  fields.forEach((field, index) => {
    const control = firstControlCharacter(field);
    if (!control) return;
    found = true;
    issues.add({
      file,
      line,
      column: columns?.[index] ?? index + 1,
      code: 'text.control-character',
      message: `单元格中有不可见的控制字符 ${control.name}（第 ${control.position} 个字符）`,
      expected: '普通文字，不含控制字符',
      found: showControlCharacters(field),
      hint: '这类字符通常是从网页、聊天软件或其他系统复制时带进来的，会让文字显示得与实际内容不同；请删除这一格后重新输入',
    });
  });
  return found;
}

/** True when some text of the table holds a control character (one search per CSV text). */
function tableHasControlCharacter(input: TableInput): boolean {
  if (typeof input === 'string') return hasControlCharacter(input);
  return input.records.some((record) => record.fields.some(hasControlCharacter));
}

/**
 * Reads a table (CSV text, or worksheet rows from src/lib/xlsx) and calls `onRow` for each
 * data row in file order, keyed by column spec. Reports to `issues` (never throws): a missing required column, an unknown or
 * repeated column, a header unit other than 元, a row with more fields than the header, an
 * ASCII double quote without its pair (reading stops at the line where it opens), and a
 * control character in a cell. Blank rows and trailing blank columns (",,,") are ignored.
 * Returns false when the table cannot be read, or not to its end (a broken quote); then
 * the rows handed over so far must not be trusted. Rows are not kept: a caller that needs
 * only what it derives from each row never holds the whole table. With `reuseRow`, the
 * same row and cell objects are refilled for every row (no objects per cell of a large
 * ledger): the callback must copy what it keeps and never keep the row or a cell.
 */
export function forEachTableRow<K extends string>(
  file: string,
  input: TableInput,
  columns: readonly ColumnSpec<K>[],
  issues: IssueList,
  onRow: (row: TableRow<K>) => void,
  options: { reuseRow?: boolean } = {},
): boolean {
  let fieldKeys: (K | undefined)[] | null | undefined;
  // One row object and one cell object per column, refilled row after row (reuseRow).
  const reused = options.reuseRow ? { row: { line: 0, cells: {} } as TableRow<K>, pool: [] as Cell[] } : undefined;
  let headerLength = 0;
  let complete = true;
  // One search of the whole text spares the per-cell check in the common, clean case.
  const controls = tableHasControlCharacter(input);
  forEachRecord(input, {
    rowCommas: () => (headerLength > 1 ? headerLength - 1 : 0),
    onBrokenQuote: (field) => {
      issues.add(unpairedQuoteIssue(file, field));
      complete = false;
    },
    onSwallowedRows: (field) => {
      issues.add(quoteSpansRowsIssue(file, field));
      complete = false;
      return false;
    },
    onRecord: (record) => {
      if (controls) reportControlCharacters(file, record, issues);
      if (fieldKeys === undefined) {
        fieldKeys = readHeader(file, record, columns, issues);
        headerLength = fieldKeys?.length ?? 0;
        return fieldKeys !== null;
      }
      const { fields, line, columns: positions, sources } = record;
      let cells: Partial<Record<K, Cell>>;
      if (reused) {
        cells = reused.row.cells;
        for (const key of fieldKeys!) if (key !== undefined) cells[key] = undefined;
      } else cells = {};
      for (let index = 0; index < fields.length; index++) {
        const text = fields[index]!.trim();
        const key = fieldKeys![index];
        if (key !== undefined) {
          const column = positions?.[index] ?? index + 1;
          const source = sources?.[index];
          if (reused) {
            const cell = (reused.pool[index] ??= { text, column, source });
            cell.text = text;
            cell.column = column;
            cell.source = source;
            cells[key] = cell;
          } else cells[key] = source === undefined ? { text, column } : { text, column, source };
        } else if (text !== '' && index >= headerLength) {
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
      if (reused) {
        reused.row.line = line;
        onRow(reused.row);
      } else onRow({ line, cells });
      return true;
    },
  });
  if (fieldKeys === undefined && complete) {
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
  return complete && fieldKeys !== null && fieldKeys !== undefined;
}

/**
 * Reads a table (CSV text or worksheet rows) into rows keyed by column spec, as
 * {@link forEachTableRow} does. Returns null when the table cannot be read at all.
 */
export function readTable<K extends string>(
  file: string,
  input: TableInput,
  columns: readonly ColumnSpec<K>[],
  issues: IssueList,
): TableRow<K>[] | null {
  const rows: TableRow<K>[] = [];
  return forEachTableRow(file, input, columns, issues, (row) => rows.push(row)) ? rows : null;
}
