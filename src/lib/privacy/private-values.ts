import { BUILT_IN_ACCOUNTS } from '../accounts/chart-2021.ts';
import { createChart } from '../accounts/create-chart.ts';
import { readTable } from '../csv/read-table.ts';
import { IssueList } from '../issues/data-issue.ts';
import { columnSpecs, privateKeys, type RecordTable } from '../records/record-table.ts';
import { recordTables } from '../records/registry.ts';
import type { DataFiles } from '../model/data-files.ts';
import { decodeText } from '../text/decode-text.ts';

/** A value of a private column, with where it was found (for the message when it leaks). */
export interface PrivateValue {
  file: string;
  line: number;
  header: string;
  value: string;
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
        out.push({ file: table.file, line, header: table.columns[key]!.header, value });
      }
    }
  }
  return out;
}
