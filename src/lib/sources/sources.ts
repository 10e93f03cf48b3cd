import { accountsSource } from './accounts-source.ts';
import { auditSource } from './audit-source.ts';
import { allowedTextSource } from './allowed-text-source.ts';
import { budgetsSource } from './budgets-source.ts';
import { balanceSheetsSource } from './balance-sheets-source.ts';
import { notesSource } from './notes-source.ts';
import type { DataSource } from './data-source.ts';
import { fundsSource } from './funds-source.ts';
import { membershipSource } from './membership-source.ts';
import { periodsSource } from './periods-source.ts';
import { recordsSource } from './records-source.ts';
import { scheduleSource } from './schedule-source.ts';
import { signoffsSource } from './signoffs-source.ts';
import { unionSource } from './union-source.ts';
import { unitsSource } from './units-source.ts';

/**
 * Every file the data folder may hold, declared once, in load order: a source may use what
 * the sources before it read (the chart of accounts, the periods, the fund statements).
 * This order is also the order in which staff are told what the folder may hold.
 */
export const DATA_SOURCES: readonly DataSource[] = [
  unionSource,
  periodsSource,
  accountsSource,
  membershipSource,
  scheduleSource,
  signoffsSource,
  allowedTextSource,
  recordsSource,
  fundsSource,
  budgetsSource,
  balanceSheetsSource,
  notesSource,
  auditSource,
  unitsSource,
];

/** The names of everything the data folder may hold, as told to staff, in list order. */
export function sourceNames(sources: readonly DataSource[] = DATA_SOURCES): string[] {
  return sources.flatMap((s) => s.names);
}

/** The source that reads a path of the data folder, if any. */
export function sourceOf(path: string, sources: readonly DataSource[] = DATA_SOURCES): DataSource | undefined {
  return sources.find((s) => s.owns(path));
}
