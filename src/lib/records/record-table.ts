import type { z } from 'zod';
import type { CellPlace } from '../csv/cell-values.ts';
import type { Cell, ColumnSpec, TableInput } from '../csv/read-table.ts';
import { readTable } from '../csv/read-table.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { FileTotal } from '../money/amount-limits.ts';

/**
 * Reads one cell into a value. Reports what is wrong with the cell itself (file, line,
 * column) to `issues` and returns undefined; an empty optional cell is undefined too.
 */
export type CellParser<T> = (
  cell: Cell | undefined,
  place: CellPlace,
  issues: IssueList,
  required: boolean,
) => T | undefined;

/** One column of a record table, declared once: header, aliases, parser, privacy. */
export interface RecordColumn<T = unknown> {
  /** The header staff write, e.g. "受助人". */
  header: string;
  /** Other headers accepted (English and variants), matched case-insensitively. */
  aliases: readonly string[];
  /** The header must be present and every cell filled. */
  required: boolean;
  /**
   * Personal data (names, ID and phone numbers, illness, income). A private column never
   * reaches a published file: it is left out of every public row, and the privacy test
   * searches the built site for each of its values. This flag is the only declaration.
   */
  private?: boolean;
  /**
   * The column holds people's names. The names of a private name column (受助人) must not
   * appear in public free text (see freeText): the build stops at the cell that has one.
   */
  personName?: boolean;
  /**
   * Public free text staff type (事由, 资金来源): checked for the private names of the data
   * folder, since a name typed there (“胡杰菲住院慰问”) would be published and searchable.
   */
  freeText?: boolean;
  /** How a private column may appear in a time-limited public notice (公示), e.g. 张小三 → 张*三. */
  mask?: (text: string) => string;
  /**
   * A bad cell is reported and read as empty, and the row is still checked and kept (for an
   * optional value whose absence changes nothing else). By default a bad cell drops its row.
   */
  keepRow?: boolean;
  /** An amount column that may be kept in 万元 (see ColumnSpec.wan). */
  wan?: boolean;
  parse: CellParser<T>;
}

/** The columns of a table by field name. */
export type RecordColumns = Record<string, RecordColumn>;

/**
 * A record table: its file in the data folder, its columns, and the zod schema of a row
 * object (field name → parsed cell value). The schema checks what involves several cells
 * (an end date after the start, votes that add up); a custom issue may carry
 * `params: { code, expected, found, hint }` to control the message staff read, and
 * `keepRow: true` when the row stays usable (it is then kept as read, without transforms).
 */
export interface RecordTable<S extends z.ZodType = z.ZodType> {
  /** Path relative to the data folder, e.g. "activities.csv". */
  file: string;
  /** Prefix of issue codes, e.g. "activity" → "activity.invalid". */
  code: string;
  /** What one row is, in Chinese, e.g. "活动". */
  title: string;
  columns: RecordColumns;
  schema: S;
  /**
   * A column whose value may appear on one row only (e.g. one row per period). A later row
   * with the same value is reported at that column and left out, before its schema check.
   */
  unique?: UniqueColumn;
}

/** The one-row-per-value rule of a table: which column, and the issue a repeat raises. */
export interface UniqueColumn {
  /** Field name of the column. */
  key: string;
  /** The value compared (default: the parsed value as text); undefined leaves the row out of the rule. */
  identity?: (value: unknown) => string | undefined;
  code: string;
  /** The message, given the repeated value and the line it first appeared on. */
  message: (value: unknown, earlierLine: number) => string;
  expected: string;
  /** What was found (default: the cell text as written). */
  found?: (value: unknown, text: string) => string;
  /**
   * Also compare rows dropped for a bad cell, when their unique cell itself was read (so a
   * repeat is reported even if the row has other problems). Default: only usable rows.
   */
  evenOnDroppedRows?: boolean;
}

/** A checked row: its physical line, the field number of each column (0 when absent), the value. */
export interface RecordRow<T> {
  line: number;
  columns: Readonly<Record<string, number>>;
  value: T;
}

/** Parameters a schema refinement may attach to a custom issue. */
interface IssueParams {
  code?: string;
  /** The problem does not make the row unusable: it is reported and the row kept as read. */
  keepRow?: boolean;
  expected?: string;
  found?: string;
  hint?: string;
}

/** Column specs for readTable, derived from the declaration. */
export function columnSpecs(table: RecordTable): ColumnSpec[] {
  return Object.entries(table.columns).map(([key, c]) => ({
    key,
    header: c.header,
    aliases: c.aliases,
    required: c.required,
    ...(c.private ? { private: true } : {}),
    ...(c.personName ? { personName: true } : {}),
    ...(c.freeText ? { freeText: true } : {}),
    ...(c.wan ? { wan: true } : {}),
  }));
}

function describeValue(value: unknown): string {
  if (value === undefined) return '未填写';
  if (typeof value === 'object' && value !== null && 'name' in value) return String(value.name);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Reads and checks a record table. Every problem is reported with file, line and column:
 * first cell by cell (each column's parser), then the row schema, whose issues are mapped
 * back to the column named by their path. A row with any problem is left out. Never throws.
 */
export function readRecords<S extends z.ZodType>(
  table: RecordTable<S>,
  text: TableInput,
  issues: IssueList,
): RecordRow<z.output<S>>[] {
  const rows = readTable(table.file, text, columnSpecs(table), issues);
  if (!rows) return [];
  const out: RecordRow<z.output<S>>[] = [];
  const fileTotal = new FileTotal(table.file, issues);
  const firstLines = new Map<string, number>();
  for (const { line, cells } of rows) {
    let dropped = false;
    const raw: Record<string, unknown> = {};
    const columns: Record<string, number> = {};
    for (const [key, column] of Object.entries(table.columns)) {
      const cell = cells[key];
      columns[key] = cell?.column ?? 0;
      const before = issues.count;
      const value = column.parse(cell, { file: table.file, line, header: column.header }, issues, column.required);
      if (value !== undefined) raw[key] = value;
      if (issues.count > before && !column.keepRow) dropped = true;
    }
    const unique = table.unique;
    const checked = unique && (!dropped || (unique.evenOnDroppedRows && raw[unique.key] !== undefined));
    if (checked && isRepeated(table, unique, raw, cells, columns, line, firstLines, issues)) continue;
    if (dropped) continue;
    // Fields named …Fen are money (as in aid notices): the table's sum stays within the limit.
    if (
      !Object.entries(raw).every(
        ([key, v]) => !key.endsWith('Fen') || fileTotal.add(Number(v), line, columns[key] ?? 0),
      )
    )
      continue;
    const parsed = table.schema.safeParse(raw);
    if (parsed.success) {
      out.push({ line, columns, value: parsed.data });
      continue;
    }
    let keep = true;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const header = table.columns[key]?.header ?? key;
      const params: IssueParams = issue.code === 'custom' ? ((issue.params ?? {}) as IssueParams) : {};
      if (!params.keepRow) keep = false;
      issues.add({
        file: table.file,
        line,
        column: columns[key] ?? 0,
        code: params.code ?? `${table.code}.invalid`,
        message: params.code ? issue.message : `“${header}”填写有误：${issue.message}`,
        expected: params.expected ?? issue.message,
        found: params.found ?? describeValue(raw[key]),
        ...(params.hint ? { hint: params.hint } : {}),
      });
    }
    if (keep) out.push({ line, columns, value: raw as z.output<S> });
  }
  return out;
}

/** Reports a repeated value of the unique column; true when the row is a repeat (left out). */
function isRepeated(
  table: RecordTable,
  unique: UniqueColumn,
  raw: Record<string, unknown>,
  cells: Partial<Record<string, Cell>>,
  columns: Record<string, number>,
  line: number,
  firstLines: Map<string, number>,
  issues: IssueList,
): boolean {
  const value = raw[unique.key];
  const identity = unique.identity ? unique.identity(value) : String(value ?? '');
  if (identity === undefined) return false;
  const earlier = firstLines.get(identity);
  if (earlier === undefined) {
    firstLines.set(identity, line);
    return false;
  }
  const text = cells[unique.key]?.text ?? '';
  issues.add({
    file: table.file,
    line,
    column: columns[unique.key] ?? 0,
    code: unique.code,
    message: unique.message(value, earlier),
    expected: unique.expected,
    found: unique.found ? unique.found(value, text) : text,
  });
  return true;
}

/** The names of the private columns of a table, in declaration order. */
export function privateKeys(table: RecordTable): string[] {
  return Object.entries(table.columns)
    .filter(([, c]) => c.private === true)
    .map(([key]) => key);
}

/**
 * A row object without its private fields: what may leave the loader. Every record that
 * reaches SiteData goes through this, so the `private` flag alone decides what is
 * published. The type stays T: pages must read only public fields (a private field is
 * absent at run time, whatever the schema says).
 */
export function publicFields<T extends object>(table: RecordTable, value: T): T {
  const hidden = new Set(privateKeys(table));
  return Object.fromEntries(Object.entries(value).filter(([key]) => !hidden.has(key))) as T;
}
