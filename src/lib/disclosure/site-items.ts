import type { CheckedReport } from '../reports/check-report.ts';
import type { SiteData } from '../model/site-data.ts';
import { aidNoticeItems } from './aid-notice-items.ts';
import { congressItems, electionItems, proposalItems } from './democracy-items.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import { budgetItems, fundStatementItems } from './fund-items.ts';
import type { PeriodSpan } from './register.ts';
import { reportItems } from './report-items.ts';

/** The periods of the site as the register needs them, in time order. */
export function periodSpans(site: SiteData): PeriodSpan[] {
  return site.periods.map(({ statement: { period: p } }) => ({ id: p.id, label: p.label, start: p.start, end: p.end }));
}

/**
 * Every item the site publishes, each kind from one pure source over the checked data and
 * reports: fund statements, budgets, reports (drafts have no page and are left out),
 * congress resolutions, election results, aid notices (dates and counts only) and proposal
 * handling. `asOf` is the build date (ISO); it decides only which notices link to the aid
 * page. A new kind of content adds one line here.
 */
export function siteDisclosureItems(site: SiteData, reports: readonly CheckedReport[], asOf: string): DisclosureItem[] {
  const { records, union } = site;
  return [
    ...fundStatementItems(site),
    ...budgetItems(site),
    ...reportItems(reports, periodSpans(site)),
    ...congressItems(records.congress, union.congress),
    ...electionItems(records.elections),
    ...aidNoticeItems(records.aid.noticeLog, asOf),
    ...proposalItems(records.congress, records.proposals, union.congress),
  ];
}
