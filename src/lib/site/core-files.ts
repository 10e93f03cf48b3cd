import { ACCOUNTS_FILE } from '../accounts/accounts-table.ts';
import type { DataIssue } from '../issues/data-issue.ts';
import { PERIODS_FILE } from '../periods/read-periods.ts';
import { UNION_FILE } from '../union/read-union.ts';
import type { DataSource } from '../sources/data-source.ts';

/**
 * The files every other check depends on, in the order their problems are listed: the
 * union, its chart of accounts, its periods. When one of them is broken the checks that
 * depend on it are skipped: an empty periods.csv would otherwise put a follow-on message
 * at every fund file and every dated record, and the root cause out of sight.
 */
export const CORE_FILES: readonly string[] = [UNION_FILE, ACCOUNTS_FILE, PERIODS_FILE];

/** True for a source that reads a core file. The core sources come first in DATA_SOURCES, so reading them first keeps the load order. */
export function isCoreSource(source: DataSource): boolean {
  return CORE_FILES.some((file) => source.owns(file));
}

/** The core file an issue's file stands for: accounts.xlsx and periods.xlsx are kept instead of their CSV. */
const coreName = (file: string): string => file.replace(/\.xlsx$/, '.csv');

/** True when an issue concerns a core file (or the workbook kept instead of it). */
export function isCoreIssue(issue: DataIssue): boolean {
  return CORE_FILES.includes(coreName(issue.file));
}

/**
 * Issues (already sorted) with the `core` ones (problems found while reading the core files)
 * first, in {@link CORE_FILES} order; stable otherwise. Later checks placed at a core file
 * (a declared balance that does not match) keep their sorted place.
 */
export function coreFirst(issues: readonly DataIssue[], core: ReadonlySet<DataIssue>): DataIssue[] {
  const rank = (issue: DataIssue) => {
    const index = core.has(issue) ? CORE_FILES.indexOf(coreName(issue.file)) : -1;
    return index < 0 ? CORE_FILES.length : index;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}
