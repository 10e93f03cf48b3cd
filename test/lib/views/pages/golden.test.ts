/**
 * Golden tests of the page view-models (src/lib/views/pages/) for the demo data, in the
 * style of observablehq/framework's test/input → test/output: the inputs are the demo data
 * (data/) and reports (content/reports/) checked into the repository, read here and loaded
 * with the pure loader; the expected output of each view-model is one JSON file in
 * test/golden/views/.
 *
 * A view-model that differs from its file fails the test and writes what it produced beside
 * it as `<name>-changed.json` (git-ignored): compare the two, and when the change is meant,
 * replace the expected file with it by hand. The test never rewrites an expected file. A
 * missing expected file fails too; to create missing ones (a new page), run once with
 * `UNION_GOLDEN_CREATE=1 npx vitest run --project unit test/lib/views/pages`, which writes
 * only files that do not exist yet.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../../src/lib/disclosure/register.ts';
import { periodSpans, siteDisclosureItems } from '../../../../src/lib/disclosure/site-items.ts';
import { formatIssueReport } from '../../../../src/lib/issues/data-issue.ts';
import { checkReports } from '../../../../src/lib/reports/check-reports.ts';
import { dataStamp } from '../../../../src/lib/build/data-stamp.ts';
import { dataUntil } from '../../../../src/lib/build/data-until.ts';
import { loadSite } from '../../../../src/lib/site/load-site.ts';
import {
  activitiesPage,
  activitiesPeriodPage,
  activityPeriodPaths,
  aidPage,
  honoursPage,
} from '../../../../src/lib/views/pages/activity-pages.ts';
import { auditPage, auditPeriodPage, disclosurePage } from '../../../../src/lib/views/pages/audit-pages.ts';
import { auditPackPage, auditPackPagePaths } from '../../../../src/lib/views/pages/audit-pack-page.ts';
import {
  congressPage,
  democracyPage,
  electionsPage,
  proposalFilterPage,
  proposalFilterPaths,
  proposalsPage,
} from '../../../../src/lib/views/pages/democracy-pages.ts';
import { fundsPage, homePage, membersPage, membershipPage } from '../../../../src/lib/views/pages/entry-pages.ts';
import { ledgerPage, ledgerPagePaths } from '../../../../src/lib/views/pages/ledger-page.ts';
import { reportPage, reportPagePaths, reportsPage } from '../../../../src/lib/views/pages/report-pages.ts';
import { statementPage, statementPagePaths } from '../../../../src/lib/views/pages/statement-page.ts';
import {
  balanceSheetPage,
  balanceSheetPagePaths,
  incomeExpensePage,
} from '../../../../src/lib/views/pages/formal-statement-pages.ts';
import { readWorkbooks } from '../../../../src/build/read-workbooks.ts';
import { federationPage, federationPeriodPage } from '../../../../src/lib/views/pages/federation-pages.ts';
import { federationAccountPage, federationUnitPage } from '../../../../src/lib/views/pages/federation-unit-pages.ts';
import { demoFederationBuild } from '../../../helpers/demo-federation.ts';

const root = resolve(import.meta.dirname, '../../../..');
const goldenDir = resolve(root, 'test/golden/views');
/** The build date the demo is judged at (as compare-dist and the e2e builds pin it). */
const AS_OF = '2026-12-01';

/** Every file below `dir`, by path relative to it with "/" separators (as the build reads it). */
function readTree(dir: string, skipDirs = false): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        if (!skipDirs) walk(path);
      } else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const dataFiles = readTree(resolve(root, 'data'));
const loaded = loadSite(dataFiles, { buildDate: AS_OF, workbooks: readWorkbooks(dataFiles) });
if (!loaded.site) throw new Error(formatIssueReport(loaded.issues));
const site = loaded.site;
const checked = checkReports(readTree(resolve(root, 'content/reports'), true), 'content/reports', site);
if (!checked.reports) throw new Error(formatIssueReport(checked.issues));
const reports = checked.reports;
const published = reports.filter((r) => r.published);
const register = {
  asOf: AS_OF,
  rows: buildRegister({
    items: siteDisclosureItems(site, reports, AS_OF),
    rules: site.schedule,
    periods: periodSpans(site),
    asOf: AS_OF,
  }),
};

/** The headings MDX reports for a report: its checked headings with the ids rehype-slug gives them. */
function headingsOf(slug: string) {
  const slugger = new GithubSlugger();
  const report = published.find((r) => r.slug === slug)!;
  return report.headings.map((h) => ({ depth: h.depth, text: h.text, slug: slugger.slug(h.text) }));
}

/** The demo federation (npm run federation:demo), in memory. */
const { context: federationContext, federation } = demoFederationBuild();
const federationSite = federationContext.site;

/** Every page view-model of the demo, by golden file name. */
const CASES: [string, () => unknown][] = [
  ['home', () => homePage(site, register)],
  ['members', () => membersPage(site, register)],
  ['membership', () => membershipPage(site)],
  ['funds', () => fundsPage(site)],
  ...statementPagePaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `statement-${period}`,
    () => statementPage(site, period),
  ]),
  ...statementPagePaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `income-expense-${period}`,
    () => incomeExpensePage(site, period),
  ]),
  ...balanceSheetPagePaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `balance-sheet-${period}`,
    () => balanceSheetPage(site, period),
  ]),
  ...ledgerPagePaths(site).map(({ params, props }): [string, () => unknown] => [
    `ledger-${params.period}-${params.page ?? 1}`,
    () => ledgerPage(props),
  ]),
  [
    'audit',
    () =>
      auditPage(site, register, published, {
        ...dataStamp(dataFiles, AS_OF),
        dataUntil: dataUntil(site, register.rows, AS_OF)!,
      }),
  ],
  ...statementPagePaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `audit-${period}`,
    () => auditPeriodPage(site, published, period),
  ]),
  ...auditPackPagePaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `audit-pack-${period}`,
    () => auditPackPage(site, published, period),
  ]),
  ['disclosure', () => disclosurePage(site, register)],
  ['reports', () => reportsPage(site, published)],
  ...reportPagePaths(published).map(({ params: { slug } }): [string, () => unknown] => [
    `report-${slug}`,
    () => reportPage(site, published, slug, headingsOf(slug)),
  ]),
  ['activities', () => activitiesPage(site, AS_OF)],
  ...activityPeriodPaths(site).map(({ params: { period } }): [string, () => unknown] => [
    `activities-${period}`,
    () => activitiesPeriodPage(site, period, AS_OF),
  ]),
  ['aid', () => aidPage(site)],
  ['honours', () => honoursPage(site)],
  ['democracy', () => democracyPage(site)],
  ['congress', () => congressPage(site)],
  ['proposals', () => proposalsPage(site)],
  // One filter page of each kind (the others differ only in the filter).
  ...['status', 'delegation'].map((kind): [string, () => unknown] => {
    const { slug } = proposalFilterPaths(site).find((p) => p.params.kind === kind)!.params;
    return [`proposals-${kind}-${slug}`, () => proposalFilterPage(site, kind as 'status' | 'delegation', slug)];
  }),
  ['elections', () => electionsPage(site)],
  ['federation', () => federationPage(federationSite, federation)],
  ...federation.consolidated.map((c): [string, () => unknown] => [
    `federation-${c.period.id}`,
    () => federationPeriodPage(federationSite, federation, c.period.id),
  ]),
  ['federation-2024-501', () => federationAccountPage(federationSite, federation, '2024', '501')],
  ['federation-2024-50105', () => federationAccountPage(federationSite, federation, '2024', '50105')],
  ...federation.units.map((u): [string, () => unknown] => [
    `federation-unit-${u.unit.id}`,
    () => federationUnitPage(federationSite, federation, u.unit.id),
  ]),
];

describe('page view-models of the demo (golden files in test/golden/views/)', () => {
  it.each(CASES)('%s', (name, view) => {
    const actual = `${JSON.stringify(view(), null, 2)}\n`;
    const expectedPath = join(goldenDir, `${name}.json`);
    const changedPath = join(goldenDir, `${name}-changed.json`);
    if (!existsSync(expectedPath) && process.env.UNION_GOLDEN_CREATE === '1') writeFileSync(expectedPath, actual);
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined;
    if (expected === actual) {
      rmSync(changedPath, { force: true });
      return;
    }
    writeFileSync(changedPath, actual);
    expect.fail(
      expected === undefined
        ? `没有 ${relative(root, expectedPath)}：已写出 ${relative(root, changedPath)}（新页面请用 UNION_GOLDEN_CREATE=1 创建）`
        : `${name} 与 ${relative(root, expectedPath)} 不同：已写出 ${relative(root, changedPath)}，请比较两者`,
    );
  });

  it('has no expected file without a view-model', () => {
    const names = new Set(CASES.map(([name]) => name));
    const orphans = readdirSync(goldenDir)
      .filter((f) => f.endsWith('.json') && !f.endsWith('-changed.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .filter((name) => !names.has(name));
    expect(orphans).toEqual([]);
  });
});

/** Where `value` holds something JSON would drop or flatten (a Map, a Set, a function, a class instance), or undefined. */
function notPlainJson(value: unknown, path = 'vm'): string | undefined {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = notPlainJson(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return `${path}: ${typeof value}`;
  for (const [key, child] of Object.entries(value)) {
    const found = notPlainJson(child, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

// The page stamp (src/build/page-stamp.ts) digests a page's view model as JSON: a Map or a
// function in it would be left out of the digest, and a change there would not show.
describe('page view-models are plain JSON data', () => {
  it.each(CASES)('%s', (_, view) => {
    expect(notPlainJson(view())).toBeUndefined();
  });
});
