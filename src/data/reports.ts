import { formatIssueReport } from '../lib/issues/data-issue.ts';
import { checkReports } from '../lib/reports/check-reports.ts';
import type { CheckedReport } from '../lib/reports/check-report.ts';
import { readReportFiles, reportsLabel } from './read-content-dir.ts';
import { getSite } from './site.ts';

let cached: CheckedReport[] | undefined;

/**
 * Where scripts/build.ts leaves the reports it has just checked, so that the Astro build it
 * runs in the same process does not read and check them a second time (a global for the same
 * reason as in site.ts: Vite bundles its own copy of this module).
 */
const CHECKED_REPORTS = Symbol.for('union-site.checked-reports');

/** Hands the checked reports to the pages of an Astro build run in this process. */
export function provideCheckedReports(reports: CheckedReport[]): void {
  (globalThis as Record<symbol, unknown>)[CHECKED_REPORTS] = reports;
}

/**
 * Every report of the reports folder, checked against the site data once per build (drafts
 * included, with `published` false). Throws the Chinese issue report when any report has a
 * problem, so no page renders from an unchecked report.
 */
export function getReports(): CheckedReport[] {
  if (cached) return cached;
  const provided = (globalThis as Record<symbol, unknown>)[CHECKED_REPORTS] as CheckedReport[] | undefined;
  if (provided) return (cached = provided);
  const result = checkReports(readReportFiles(), reportsLabel(), getSite());
  if (!result.reports) throw new Error(formatIssueReport(result.issues));
  cached = result.reports;
  return cached;
}

/** The reports that get a page: everything but 草稿. */
export function publishedReports(): CheckedReport[] {
  return getReports().filter((r) => r.published);
}
