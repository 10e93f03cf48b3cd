// The whole browser check of a served site, as one call shared by the real-site suite, the
// negative tests on hand-made broken sites, and `npm run quality`.
import type { Browser } from 'playwright-core';
import { checkAccessibility } from './axe.ts';
import { crawlSite, type CrawlResult } from './crawl.ts';
import { checkPhoneWidth, checkPrint } from './layout.ts';
import { checkWithoutJavaScript } from './no-js.ts';
import { checkProse } from './prose.ts';
import { checkTables } from './tables.ts';

/**
 * Crawls the site at `startUrl` (ending in "/") from its home page and runs every check on
 * every page: requests and console, links and anchors, axe, every table at 375 and 1280 px, report prose and width at 375 px, print, no-JS.
 * `axe: false` skips axe, half the time of a run: for a second deployment shape of the same
 * build, whose pages differ only in link targets, and those are checked.
 */
export async function inspectSite(browser: Browser, startUrl: string, options = { axe: true }): Promise<CrawlResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const layout = [checkTables, checkProse, checkPhoneWidth, checkPrint];
    const inspectors = options.axe ? [checkAccessibility, ...layout] : layout;
    const crawl = await crawlSite(context, startUrl, inspectors);
    const noJs = await checkWithoutJavaScript(browser, crawl.pages);
    return { pages: crawl.pages, problems: [...crawl.problems, ...noJs] };
  } finally {
    await context.close();
  }
}
