// The end-to-end suite of the built demo site for one deployment shape (root or a base path):
// serve the build, crawl it from the home page in Chromium, one assertion per property.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/browser.ts';
import { serveStatic } from '../../../scripts/lib/static-server.ts';
import { findUnreachable, listPages } from '../../../scripts/lib/quality/dist-files.ts';
import { inspectSite } from '../../../scripts/lib/quality/inspect-site.ts';
import type { CrawlResult } from '../../../scripts/lib/quality/crawl.ts';
import { problemsOf, type Check } from '../../../scripts/lib/quality/problem.ts';

const PROPERTIES: [string, Check[]][] = [
  [
    'loads with no console error, failed request or request leaving the server',
    ['console-error', 'failed-request', 'external-request'],
  ],
  ['has no broken internal link or anchor', ['broken-link', 'broken-anchor']],
  ['passes axe-core (WCAG 2.2 AA and best practices) on every page', ['axe']],
  ['shows every chart, table and figure with JavaScript disabled', ['no-js']],
  ['does not scroll sideways at 375 px; wide tables scroll inside their own box', ['phone-width']],
  [
    'reads every table at 375 and 1280 px: one table component, nothing cut off, no number over two lines, text columns of six characters or more',
    ['tables'],
  ],
  ['lays out report prose at 375 px without a ragged line (a figure keeps its unit)', ['prose']],
  ['prints without navigation and without cutting anything off', ['print']],
];

/**
 * Registers the suite for the build in `dist()` served under `base` ("/" or "/gonghui/").
 * `axe: false` for a second shape of the same build (see inspectSite).
 */
export function describeBuiltSite(base: string, dist: () => string, options = { axe: true }): void {
  const properties = PROPERTIES.filter(([, checks]) => options.axe || !checks.includes('axe'));
  describe(`the built site served at ${base}`, () => {
    let browser: Browser;
    let close: () => Promise<void>;
    let result: CrawlResult;

    beforeAll(async () => {
      const site = await serveStatic(dist(), base);
      close = site.close;
      browser = await launchBrowser();
      result = await inspectSite(browser, site.url, options);
    }, 900_000); // grows with the site: about 2 s per page

    afterAll(async () => {
      await browser?.close();
      await close?.();
    });

    it('reaches every page of the build by following links from the home page', () => {
      const paths = result.pages.map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['', 'funds/', 'funds/2024/', 'funds/2024/ledger/']));
      expect(problemsOf(findUnreachable(dist(), paths), 'unreachable-page')).toEqual([]);
      expect(paths.length).toBe(listPages(dist()).length);
    });

    it('finds charts and tables to check (the no-JS check is not vacuous)', () => {
      const statement = result.pages.find((p) => p.path === 'funds/2024/')!;
      expect(statement.counts.graphic).toBeGreaterThanOrEqual(2);
      expect(statement.counts.table).toBeGreaterThanOrEqual(3);
    });

    it.each(properties)('%s', (_, checks) => {
      expect(checks.flatMap((check) => problemsOf(result.problems, check))).toEqual([]);
    });

    it('reports nothing outside the properties above', () => {
      const known = new Set(PROPERTIES.flatMap(([, checks]) => checks));
      expect(result.problems.filter((p) => !known.has(p.check))).toEqual([]);
    });
  });
}
