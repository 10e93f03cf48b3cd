import { buildRegister, type RegisterRow } from '../lib/disclosure/register.ts';
import { periodSpans, siteDisclosureItems } from '../lib/disclosure/site-items.ts';
import { buildDate } from './build-date.ts';
import { getReports } from './reports.ts';
import { getSite } from './site.ts';

let cached: { asOf: string; rows: RegisterRow[] } | undefined;

/**
 * The disclosure register as of the build date, computed once per build from every item
 * the site publishes (src/lib/disclosure/site-items.ts) and the schedule.
 */
export function getRegister(): { asOf: string; rows: RegisterRow[] } {
  if (cached) return cached;
  const site = getSite();
  const asOf = buildDate();
  const items = siteDisclosureItems(site, getReports(), asOf);
  cached = { asOf, rows: buildRegister({ items, rules: site.schedule, periods: periodSpans(site), asOf }) };
  return cached;
}
