import type { Chart } from '../accounts/account.ts';
import type { RecordTable } from './record-table.ts';
import { activitiesTable } from './tables/activities.ts';
import { aidTable } from './tables/aid.ts';
import { congressTable, resolutionsTable } from './tables/congress.ts';
import { electionsTable } from './tables/elections.ts';
import { honoursTable } from './tables/honours.ts';
import { proposalsTable } from './tables/proposals.ts';

/**
 * Every record table of the data folder, declared once. Tests may pass a modified copy to
 * the loader (e.g. with a private column made public) to prove what the flags protect.
 */
export function recordTables(chart: Chart) {
  return {
    activities: activitiesTable(chart),
    aid: aidTable(),
    congress: congressTable(),
    resolutions: resolutionsTable(),
    proposals: proposalsTable(),
    elections: electionsTable(),
    honours: honoursTable(),
  };
}

/** The record tables, by name. */
export type RecordTables = ReturnType<typeof recordTables>;

/**
 * The record tables in registry order, declared against an empty chart: for what does not
 * depend on the accounts (files, columns, privacy flags).
 */
export const RECORD_TABLE_LIST: readonly RecordTable[] = Object.values(
  recordTables({ accounts: [], byCode: new Map(), byName: new Map() }),
);

/** The files of the record tables, relative to the data folder. */
export const RECORD_FILES: readonly string[] = RECORD_TABLE_LIST.map((t) => t.file);

/** True for the path of a record table ("activities.csv", "aid.csv", …). */
export function isRecordFile(path: string): boolean {
  return RECORD_FILES.includes(path);
}
