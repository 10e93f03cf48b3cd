import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { createChart } from '../accounts/create-chart.ts';
import { readTable, type ColumnSpec, type TableInput, type TableRow } from '../csv/read-table.ts';
import { IssueList } from '../issues/data-issue.ts';
import type { DataFiles } from '../model/data-files.ts';
import { columnSpecs, type RecordTable } from '../records/record-table.ts';
import { recordTables } from '../records/registry.ts';
import type { DataSource } from '../sources/data-source.ts';
import { DATA_SOURCES } from '../sources/sources.ts';
import type { TextCell } from '../text/check-published-text.ts';
import { decodeText } from '../text/decode-text.ts';
import type { WorkbookRead } from '../xlsx/read-workbook.ts';
import { sheetTable } from '../xlsx/sheet-table.ts';
import { sheetSpecFor } from '../xlsx/table-spec.ts';

/** Every .xlsx of the data folder, read into cells by the edge (src/build/read-workbooks.ts). */
export type Workbooks = ReadonlyMap<string, WorkbookRead>;

/** A value of a private column, with where it was found (for the message when it leaks). */
export interface PrivateValue {
  file: string;
  line: number;
  header: string;
  value: string;
  /** The column holds people's names (ColumnSpec.personName). */
  personName?: boolean;
}

/** Shorter values are not searched for: a single character occurs everywhere. */
export const MIN_SEARCHED_LENGTH = 2;

/**
 * One table of the data folder as privacy sees it: which paths it is, and its columns with
 * their flags (private, personName, freeText). `folder`: one of many per-period files.
 */
export interface DeclaredTable {
  owns(path: string): boolean;
  columns: readonly ColumnSpec[];
  folder: boolean;
}

/** The record tables as the loader declares them (the chart does not affect privacy). */
export function declaredTables(): RecordTable[] {
  return Object.values(recordTables(createChart(BUILT_IN_ACCOUNTS).chart));
}

/**
 * Every table of every data source (DATA_SOURCES), with the columns it declares: any
 * source may mark a column private (or a name, or free text) in its ColumnSpec, and the
 * privacy checks below read it from there. A name with a "<期间编号>" part is a folder.
 */
export function sourceTables(sources: readonly DataSource[] = DATA_SOURCES): DeclaredTable[] {
  return sources.flatMap((source) =>
    Object.entries(source.columns).map(([name, columns]) =>
      name.includes('<')
        ? { owns: (p: string) => source.owns(p), columns, folder: true }
        : { owns: (p: string) => p === name, columns, folder: false },
    ),
  );
}

function declared(table: DeclaredTable | RecordTable): DeclaredTable {
  if (!('schema' in table)) return table;
  return { owns: (p) => p === table.file, columns: columnSpecs(table), folder: false };
}

/**
 * The raw rows of a table file: a CSV's text, or a workbook's sheet as the loader reads it.
 * A workbook that cannot be read gives none (the loader reports it and the build stops);
 * one the edge did not read is a programming error, thrown, so no private column is skipped.
 */
function rawInput(
  path: string,
  bytes: Uint8Array,
  columns: readonly ColumnSpec[],
  workbooks?: Workbooks,
): TableInput | undefined {
  if (path.endsWith('.csv')) return decodeText(bytes).text;
  const read = workbooks?.get(path);
  if (!read) throw new Error(`${path} was not read by the edge (readWorkbooks)`);
  if (!read.ok) return undefined;
  const csvPath = path.replace(/\.xlsx$/, '.csv');
  return sheetTable(path, read.workbook, sheetSpecFor(csvPath, columns), new IssueList(), [])?.input;
}

/**
 * Calls `visit` with the raw rows of every file of `files` that a table owns and `wanted`
 * accepts: its CSV, or the workbook of the same name kept instead (.xlsx).
 */
function eachTable(
  files: DataFiles,
  tables: readonly (DeclaredTable | RecordTable)[],
  wanted: (table: DeclaredTable) => boolean,
  visit: (path: string, table: DeclaredTable, rows: TableRow[]) => void,
  workbooks?: Workbooks,
): void {
  for (const table of tables.map(declared)) {
    if (!wanted(table)) continue;
    for (const [path, bytes] of files) {
      if (!/\.(csv|xlsx)$/.test(path) || !table.owns(path.replace(/\.xlsx$/, '.csv'))) continue;
      const input = rawInput(path, bytes, table.columns, workbooks);
      if (input === undefined) continue;
      visit(path, table, readTable(path, input, table.columns, new IssueList()) ?? []);
    }
  }
}

/**
 * Every value of every private column in the data folder, read from the raw CSV cells (so
 * a row the loader rejects is searched for too). Which columns are private comes from the
 * declarations alone (ColumnSpec.private). Values shorter than MIN_SEARCHED_LENGTH are left out.
 */
export function collectPrivateValues(
  files: DataFiles,
  tables: readonly (DeclaredTable | RecordTable)[] = sourceTables(),
  workbooks?: Workbooks,
): PrivateValue[] {
  const out: PrivateValue[] = [];
  eachTable(
    files,
    tables,
    (t) => t.columns.some((c) => c.private),
    (path, table, rows) => {
      const columns = table.columns.filter((c) => c.private);
      for (const { line, cells } of rows) {
        for (const column of columns) {
          const value = cells[column.key]?.text.trim() ?? '';
          if ([...value].length < MIN_SEARCHED_LENGTH) continue;
          out.push({
            file: path,
            line,
            header: column.header,
            value,
            ...(column.personName ? { personName: true } : {}),
          });
        }
      }
    },
    workbooks,
  );
  return out;
}

/**
 * The cells of the public free-text columns (ColumnSpec.freeText: 事由 and 资金来源 of
 * aid.csv, 摘要 of the fund files) with their positions: what the name check searches.
 */
export function collectFreeTextCells(
  files: DataFiles,
  tables: readonly (DeclaredTable | RecordTable)[] = sourceTables(),
  workbooks?: Workbooks,
): TextCell[] {
  const out: TextCell[] = [];
  eachTable(
    files,
    tables,
    (t) => t.columns.some((c) => c.freeText && !c.private),
    (path, table, rows) => {
      const columns = table.columns.filter((c) => c.freeText && !c.private);
      for (const { line, cells } of rows) {
        for (const column of columns) {
          const cell = cells[column.key];
          if (!cell || cell.text.trim() === '') continue;
          out.push({ file: path, line, column: cell.column, header: column.header, text: cell.text });
        }
      }
    },
    workbooks,
  );
  return out;
}

/**
 * The private values the output is searched for: every private value except one that the
 * data folder also publishes as a whole cell of a public column of a single-file table (an
 * aid recipient who is also an honoured worker, an election candidate or a signatory):
 * finding that name on the honours page reveals nothing private, and no edit could make the
 * build pass. A private value inside other text (“张三住院慰问”) is still searched for.
 */
export function privateValuesToScan(
  files: DataFiles,
  tables: readonly (DeclaredTable | RecordTable)[] = sourceTables(),
  workbooks?: Workbooks,
): PrivateValue[] {
  const values = collectPrivateValues(files, tables, workbooks);
  if (values.length === 0) return values;
  const published = new Set<string>();
  eachTable(
    files,
    tables,
    (t) => !t.folder,
    (_, table, rows) => {
      const columns = table.columns.filter((c) => !c.private && !c.freeText);
      for (const { cells } of rows) for (const c of columns) published.add(cells[c.key]?.text.trim() ?? '');
    },
    workbooks,
  );
  return values.filter((v) => !published.has(v.value));
}
