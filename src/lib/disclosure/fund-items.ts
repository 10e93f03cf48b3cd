import type { SiteData } from '../model/site-data.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import { routePath } from '../routes/routes.ts';

/**
 * One fund statement (经费收支表, with the budget execution that is the 决算) per period.
 * Its disclosure date is the period's 公开日期 in periods.csv; left empty, the statement
 * is on the site but counts as not yet disclosed in the register. A statement whose
 * published figures were corrected carries the correction dates (shown as 已更正).
 */
export function fundStatementItems(site: SiteData): DisclosureItem[] {
  const corrected = (id: string): string[] =>
    site.audit.corrections.corrections.filter((c) => c.periodId === id).map((c) => c.date);
  return site.periods.map(({ statement: { period } }) => ({
    kind: 'fund-statement',
    title: `${period.label}经费收支表`,
    periodId: period.id,
    periodLabel: period.label,
    coversStart: period.start,
    coversEnd: period.end,
    ...(period.publishedOn ? { publishedOn: period.publishedOn } : {}),
    ...(corrected(period.id).length > 0 ? { correctedOn: corrected(period.id) } : {}),
    audience: '全体',
    href: routePath({ to: 'statement', period: period.id }),
  }));
}

/**
 * One budget (经费预算) per period that has a budgets/<id>.csv. Its disclosure date is
 * the period's 预算公开日期 in periods.csv. The budget is shown on the period's page.
 */
export function budgetItems(site: SiteData): DisclosureItem[] {
  return site.periods
    .filter((p) => p.budget)
    .map(({ statement: { period } }) => ({
      kind: 'budget',
      title: `${period.label}经费预算`,
      periodId: period.id,
      periodLabel: period.label,
      coversStart: period.start,
      coversEnd: period.end,
      ...(period.budgetPublishedOn ? { publishedOn: period.budgetPublishedOn } : {}),
      audience: '全体',
      href: routePath({ to: 'statement', period: period.id, anchor: 'budget' }),
    }));
}
