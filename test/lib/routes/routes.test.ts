import { describe, expect, it } from 'vitest';
import { createHref, href, inPage, ledgerPagePath, routePath, type Route } from '../../../src/lib/routes/routes.ts';

/** Every kind of route, its path relative to the site root, and the link under each base. */
const CASES: [Route, string][] = [
  [{ to: 'home' }, ''],
  [{ to: 'asset', file: 'favicon.svg' }, 'favicon.svg'],
  [{ to: 'members' }, 'members/'],
  [{ to: 'membership' }, 'members/membership/'],
  [{ to: 'audit' }, 'audit/'],
  [{ to: 'audit-period', period: '2024' }, 'audit/2024/'],
  [{ to: 'audit-pack', period: '2024' }, 'audit/2024/pack/'],
  [{ to: 'audit-pack', period: '2024', flagRule: 'weekend-holiday' }, 'audit/2024/pack/#flag-weekend-holiday'],
  [{ to: 'funds' }, 'funds/'],
  [{ to: 'statement', period: '2024' }, 'funds/2024/'],
  [{ to: 'statement', period: '2024', anchor: 'budget' }, 'funds/2024/#h-budget'],
  [{ to: 'statement-csv', period: '2024' }, 'funds/2024/statement.csv'],
  [{ to: 'income-expense-csv', period: '2024' }, 'funds/2024/income-expense.csv'],
  [{ to: 'ledger', period: '2024' }, 'funds/2024/ledger/'],
  [{ to: 'ledger', period: '2024', page: 1, account: '301' }, 'funds/2024/ledger/#a-301'],
  [{ to: 'ledger', period: '2024', page: 3, account: '30101' }, 'funds/2024/ledger/3/#a-30101'],
  [{ to: 'ledger', period: '2024', line: 110 }, 'funds/2024/ledger/#l-110'],
  [{ to: 'ledger', period: '2024', page: 2, account: '30101', line: 1234 }, 'funds/2024/ledger/2/#l-1234'],
  [{ to: 'ledger-csv', period: '2024' }, 'funds/2024/ledger.csv'],
  [{ to: 'audit-period', period: '2024', anchor: 'flags' }, 'audit/2024/#h-flags'],
  [{ to: 'reports' }, 'reports/'],
  [{ to: 'report', slug: '2024-work' }, 'reports/2024-work/'],
  [{ to: 'activities' }, 'activities/'],
  [{ to: 'activities-period', period: '2024' }, 'activities/2024/'],
  [{ to: 'activities-csv', period: '2024' }, 'activities/2024/activities.csv'],
  [{ to: 'aid' }, 'activities/aid/'],
  [{ to: 'honours' }, 'activities/honours/'],
  [{ to: 'democracy' }, 'democracy/'],
  [{ to: 'congress' }, 'democracy/congress/'],
  [{ to: 'congress', session: 's-3-1' }, 'democracy/congress/#s-3-1'],
  [{ to: 'proposals' }, 'democracy/proposals/'],
  [{ to: 'proposals-csv' }, 'democracy/proposals/proposals.csv'],
  [{ to: 'elections' }, 'democracy/elections/'],
  [{ to: 'elections', election: 'e-2024' }, 'democracy/elections/#e-2024'],
  [{ to: 'disclosure' }, 'disclosure/'],
  [{ to: 'search' }, 'search/'],
  [{ to: 'federation' }, 'federation/'],
  [{ to: 'federation-period', period: '2024' }, 'federation/2024/'],
  [{ to: 'federation-account', period: '2024', code: '50105' }, 'federation/2024/50105/'],
  [{ to: 'federation-csv', period: '2024', table: 'units' }, 'federation/2024/units.csv'],
  [{ to: 'federation-unit', unit: 'hospital' }, 'federation/units/hospital/'],
];

describe('routePath', () => {
  it.each(CASES)('%o → "%s"', (route, path) => expect(routePath(route)).toBe(path));
});

describe('href', () => {
  describe.each([
    ['/', '/'],
    ['/gonghui/', '/gonghui/'],
    ['/gonghui', '/gonghui/'],
  ])('base "%s"', (base, prefix) => {
    it.each(CASES)('%o', (route, path) => expect(href(base, route)).toBe(prefix + path));
    it.each([
      ['', prefix],
      ['funds/', `${prefix}funds/`],
      ['/funds/', `${prefix}funds/`],
      ['funds/2024/#h-budget', `${prefix}funds/2024/#h-budget`],
    ])('path "%s" → "%s"', (path, link) => expect(href(base, path)).toBe(link));
    it('is what createHref binds', () => {
      const bound = createHref(base);
      expect(bound()).toBe(prefix);
      expect(bound({ to: 'report', slug: 'x' })).toBe(`${prefix}reports/x/`);
    });
  });
});

describe('ledgerPagePath', () => {
  it.each([
    [0, ''],
    [1, ''],
    [2, '2/'],
    [31, '31/'],
  ])('page %i → "%s"', (page, path) => expect(ledgerPagePath(page)).toBe(path));
});

describe('inPage', () => {
  it('links to an anchor of the same page, whatever the base', () => expect(inPage('h-1')).toBe('#h-1'));
});
