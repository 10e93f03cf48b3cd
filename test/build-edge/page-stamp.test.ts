import { describe, expect, it } from 'vitest';
import { changeOneAmount } from '../../scripts/bench/generate/change-one-amount.ts';
import { generateDataSet } from '../../scripts/bench/generate/generate-data-set.ts';
import { pageStamp } from '../../src/build/page-stamp.ts';
import { dataStamp } from '../../src/lib/build/data-stamp.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';
import type { SiteData } from '../../src/lib/model/site-data.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';
import { activitiesPeriodPage, activityPeriodPaths } from '../../src/lib/views/pages/activity-pages.ts';
import { auditPeriodPage } from '../../src/lib/views/pages/audit-pages.ts';
import { incomeExpensePage } from '../../src/lib/views/pages/formal-statement-pages.ts';
import { ledgerPage, ledgerPagePaths } from '../../src/lib/views/pages/ledger-page.ts';
import { statementPage, statementPagePaths } from '../../src/lib/views/pages/statement-page.ts';

const encoder = new TextEncoder();
const bytes = (files: Map<string, string>) => new Map([...files].map(([p, t]) => [p, encoder.encode(t)]));

/** Each period page's view model, by a name that says which page it is. */
function periodPages(site: SiteData): Map<string, unknown> {
  const pages = new Map<string, unknown>();
  for (const { params } of statementPagePaths(site)) {
    pages.set(`funds/${params.period}/`, statementPage(site, params.period));
    pages.set(`funds/${params.period}/income-expense/`, incomeExpensePage(site, params.period));
    pages.set(`audit/${params.period}/`, auditPeriodPage(site, [], params.period));
  }
  for (const { params, props } of ledgerPagePaths(site))
    pages.set(`funds/${params.period}/ledger/${params.page ?? 1}/`, ledgerPage(props));
  for (const { params } of activityPeriodPaths(site))
    pages.set(`activities/${params.period}/`, activitiesPeriodPage(site, params.period, '2026-12-01'));
  return pages;
}

function stamps(files: Map<string, string>): { site: string; pages: Map<string, string> } {
  const loaded = loadSite(bytes(files), { buildDate: '2026-12-01' });
  expect(formatIssueReport(loaded.issues)).toBe(formatIssueReport([]));
  const site = dataStamp(bytes(files), '2026-12-01');
  const pages = new Map<string, string>();
  for (const [name, vm] of periodPages(loaded.site!)) pages.set(name, pageStamp(site, vm, loaded.site!.union).digest);
  return { site: site.digest, pages };
}

describe('pageStamp', () => {
  it('after one amount changes, changes the stamp of the pages that show it and of no other period', () => {
    const before = generateDataSet({ periods: 3, linesPerPeriod: 2400 });
    const { files: after, changed } = changeOneAmount(before, '2024');
    const a = stamps(before);
    const b = stamps(after);
    expect(b.site).not.toBe(a.site);
    const differing = [...a.pages.keys()].filter((name) => a.pages.get(name) !== b.pages.get(name));
    expect(differing).toContain('funds/2024/');
    expect(differing).toContain('funds/2024/income-expense/');
    expect(differing.some((name) => name.startsWith('funds/2024/ledger/'))).toBe(true);
    expect(differing.filter((name) => !name.includes('2024'))).toEqual([]);
    expect(differing.length).toBeLessThan(a.pages.size / 2);
    expect(changed.line).toBeGreaterThan(1);
  });

  it('keeps the site-wide stamp for a page without a view model', () => {
    const site = dataStamp(new Map([['union.yaml', encoder.encode('全称: x')]]), '2026-12-01');
    expect(pageStamp(site, undefined, {})).toEqual({
      date: site.date,
      digest: site.digest,
      short: site.short,
      scope: 'site',
    });
  });

  it('differs for different data and is the same for equal data', () => {
    const site = dataStamp(new Map(), '2026-12-01');
    const one = pageStamp(site, { rows: [{ fen: 100 }] }, { name: '甲' });
    expect(pageStamp(site, { rows: [{ fen: 100 }] }, { name: '甲' })).toEqual(one);
    expect(pageStamp(site, { rows: [{ fen: 101 }] }, { name: '甲' }).digest).not.toBe(one.digest);
    expect(pageStamp(site, { rows: [{ fen: 100 }] }, { name: '乙' }).digest).not.toBe(one.digest);
    expect(one.short).toBe(one.digest.slice(0, 12));
  });
});
