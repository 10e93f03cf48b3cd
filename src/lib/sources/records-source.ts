import { loadRecords } from '../records/load-records.ts';
import { columnSpecs } from '../records/record-table.ts';
import { RECORD_FILES, RECORD_TABLE_LIST } from '../records/registry.ts';
import type { DataSource } from './data-source.ts';

/**
 * The record tables (activities, aid, congress, …), declared in src/lib/records/registry.ts
 * and read together, because their checks cross tables and need the fund statements.
 */
export const recordsSource: DataSource = {
  names: RECORD_FILES,
  owns: (path) => RECORD_FILES.includes(path) || RECORD_FILES.includes(path.replace(/\.xlsx$/, '.csv')),
  columns: Object.fromEntries(RECORD_TABLE_LIST.map((t) => [t.file, columnSpecs(t)])),
  check(state, issues) {
    state.records = loadRecords(
      state.files,
      {
        chart: state.chart,
        periods: state.periods,
        statements: state.statements,
        buildDate: state.options.buildDate,
        minElectionMarginBp: state.union?.minElectionMarginBp,
        minGroupSize: state.union?.minGroupSize,
        table: (file) => state.table(file)?.input,
      },
      issues,
    );
  },
};
