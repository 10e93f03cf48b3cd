import { formatIssueReport } from '../lib/issues/data-issue.ts';
import { checkReports } from '../lib/reports/check-reports.ts';
import type { CheckedReport } from '../lib/reports/check-report.ts';
import { readReportFiles, reportsLabel } from './read-content-dir.ts';
import { getSite } from './site.ts';

let cached: CheckedReport[] | undefined;

/**
 * Every report of the reports folder, checked against the site data once per build (drafts
 * included, with `published` false). Throws the Chinese issue report when any report has a
 * problem, so no page renders from an unchecked report.
 */
export function getReports(): CheckedReport[] {
  if (cached) return cached;
  const result = checkReports(readReportFiles(), reportsLabel(), getSite());
  if (!result.reports) throw new Error(formatIssueReport(result.issues));
  cached = result.reports;
  return cached;
}

/** The reports that get a page: everything but 草稿. */
export function publishedReports(): CheckedReport[] {
  return getReports().filter((r) => r.published);
}
