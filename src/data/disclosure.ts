import { budgetItems, fundStatementItems } from '../lib/disclosure/fund-items.ts';
import { buildRegister, type RegisterRow } from '../lib/disclosure/register.ts';
import type { DisclosureItem } from '../lib/disclosure/disclosure-item.ts';
import type { SiteData } from '../lib/site/site-data.ts';
import { buildDate } from './build-date.ts';
import { getSite } from './site.ts';

/**
 * Every item the site discloses. Each kind comes from one pure source function over the
 * checked data; a new kind of content adds one line here.
 */
export function disclosureItems(site: SiteData): DisclosureItem[] {
  return [
    ...fundStatementItems(site),
    ...budgetItems(site),
    // ...reportItems(reports), ...congressItems(records), ... (see docs/architecture.md)
  ];
}

let cached: { asOf: string; rows: RegisterRow[] } | undefined;

/** The disclosure register as of the build date, computed once per build. */
export function getRegister(): { asOf: string; rows: RegisterRow[] } {
  if (cached) return cached;
  const site = getSite();
  const asOf = buildDate();
  const periods = site.periods.map(({ statement: { period: p } }) => ({ id: p.id, label: p.label, start: p.start, end: p.end }));
  cached = { asOf, rows: buildRegister({ items: disclosureItems(site), rules: site.schedule, periods, asOf }) };
  return cached;
}
