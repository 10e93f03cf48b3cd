import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { createChart } from '../accounts/create-chart.ts';
import { readTable } from '../csv/read-table.ts';
import { IssueList } from '../issues/data-issue.ts';
import { columnSpecs, privateKeys, type RecordTable } from '../records/record-table.ts';
import { recordTables } from '../records/registry.ts';
import type { DataFiles } from '../site/data-files.ts';
import type { TextCell } from '../text/check-published-text.ts';
import { decodeText } from '../text/decode-text.ts';

/** A value of a private column, with where it was found (for the message when it leaks). */
export interface PrivateValue {
  file: string;
  line: number;
  header: string;
  value: string;
  /** The column holds people's names (RecordColumn.personName). */
  personName?: boolean;
}

/** Shorter values are not searched for: a single character occurs everywhere. */
export const MIN_SEARCHED_LENGTH = 2;

/** The record tables as the loader declares them (the chart does not affect privacy). */
export function declaredTables(): RecordTable[] {
  return Object.values(recordTables(createChart(BUILT_IN_ACCOUNTS).chart));
}

/**
 * Every value of every private column in the data folder, read from the raw CSV cells (so
 * a row the loader rejects is searched for too). Which columns are private comes from the
 * table declarations alone. Values shorter than MIN_SEARCHED_LENGTH are left out.
 */
export function collectPrivateValues(
  files: DataFiles,
  tables: readonly RecordTable[] = declaredTables(),
): PrivateValue[] {
  const out: PrivateValue[] = [];
  for (const table of tables) {
    const keys = privateKeys(table);
    const bytes = files.get(table.file);
    if (keys.length === 0 || bytes === undefined) continue;
    const rows = readTable(table.file, decodeText(bytes).text, columnSpecs(table), new IssueList()) ?? [];
    for (const { line, cells } of rows) {
      for (const key of keys) {
        const value = cells[key]?.text.trim() ?? '';
        if ([...value].length < MIN_SEARCHED_LENGTH) continue;
        const column = table.columns[key]!;
        out.push({
          file: table.file,
          line,
          header: column.header,
          value,
          ...(column.personName ? { personName: true } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * The cells of the public free-text columns (RecordColumn.freeText) of the record tables,
 * read from the raw CSV cells with their positions: what the name check searches.
 */
export function collectFreeTextCells(files: DataFiles, tables: readonly RecordTable[] = declaredTables()): TextCell[] {
  const out: TextCell[] = [];
  for (const table of tables) {
    const keys = Object.keys(table.columns).filter((k) => table.columns[k]!.freeText && !table.columns[k]!.private);
    const bytes = files.get(table.file);
    if (keys.length === 0 || bytes === undefined) continue;
    const rows = readTable(table.file, decodeText(bytes).text, columnSpecs(table), new IssueList()) ?? [];
    for (const { line, cells } of rows) {
      for (const key of keys) {
        const cell = cells[key];
        if (!cell || cell.text.trim() === '') continue;
        out.push({ file: table.file, line, column: cell.column, header: table.columns[key]!.header, text: cell.text });
      }
    }
  }
  return out;
}

/**
 * The private values the output is searched for: every private value except one that the
 * data folder also publishes as a whole cell of a public column (an aid recipient who is
 * also an honoured worker or an election candidate): finding that name on the honours page
 * reveals nothing private, and no edit could make the build pass. A private value inside
 * other text (“张三住院慰问”) is still searched for.
 */
export function privateValuesToScan(
  files: DataFiles,
  tables: readonly RecordTable[] = declaredTables(),
): PrivateValue[] {
  const published = new Set<string>();
  for (const table of tables) {
    const keys = Object.keys(table.columns).filter((k) => !table.columns[k]!.private);
    const bytes = files.get(table.file);
    if (bytes === undefined) continue;
    const rows = readTable(table.file, decodeText(bytes).text, columnSpecs(table), new IssueList()) ?? [];
    for (const { cells } of rows) for (const key of keys) published.add(cells[key]?.text.trim() ?? '');
  }
  return collectPrivateValues(files, tables).filter((v) => !published.has(v.value));
}
