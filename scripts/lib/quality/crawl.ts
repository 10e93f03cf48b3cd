// Crawls a served site from its home page in a real browser: every page reachable by links
// is loaded once, watched for console errors, failed requests and requests that leave the
// local server, and handed to the inspectors (axe, phone width, print …). Links and anchors
// are checked once the whole site is known. The site is found, never listed by hand.
import type { BrowserContext, Page } from 'playwright-core';
import type { Problem } from './problem.ts';

/** Visible counts of the things a reader must see, measured right after load. */
export interface ContentCounts {
  figure: number;
  table: number;
  /** Charts: `svg[role=img]`, `img` and `canvas` elements. */
  graphic: number;
}

/** One HTML page found by the crawl. */
export interface CrawledPage {
  /** Path relative to the start URL ("" = home, "funds/2024/"). */
  path: string;
  url: string;
  /** Visible content with JavaScript on (the no-JS check compares against it). */
  counts: ContentCounts;
}

/**
 * Checks one loaded page and returns its problems. Inspectors run in order on the same
 * page after the crawl has read it, so they may change the viewport or media.
 */
export type Inspector = (page: Page, path: string) => Promise<Problem[]>;

export interface CrawlResult {
  pages: CrawledPage[];
  problems: Problem[];
}

/** Reads the counts that the no-JS check compares; runs in the page. */
export function countVisibleContent(): ContentCounts {
  const shown = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const count = (selector: string): number => [...document.querySelectorAll(selector)].filter(shown).length;
  return { figure: count('figure'), table: count('table'), graphic: count('svg[role="img"], img, canvas') };
}

interface Visit {
  ok: boolean;
  html: boolean;
  ids: Set<string>;
}

/**
 * Crawls from `startUrl` (ending in "/"): HTML pages under it are loaded in `context`;
 * every other same-origin link target is fetched to check that it exists.
 */
export async function crawlSite(
  context: BrowserContext,
  startUrl: string,
  inspectors: Inspector[] = [],
): Promise<CrawlResult> {
  const origin = new URL(startUrl).origin;
  const pathOf = (url: string): string =>
    url.startsWith(startUrl) ? url.slice(startUrl.length) : new URL(url).pathname;
  const problems: Problem[] = [];
  const pages: CrawledPage[] = [];
  const visits = new Map<string, Visit>();
  const links: { from: string; target: string; hash: string }[] = [];
  const queue = [startUrl];

  while (queue.length) {
    const url = queue.shift()!;
    if (visits.has(url)) continue;
    const response = await fetch(url).catch(() => undefined);
    const html = !!response?.ok && /text\/html/.test(response.headers.get('content-type') ?? '');
    const visit: Visit = { ok: !!response?.ok, html, ids: new Set() };
    visits.set(url, visit);
    if (!html || !url.startsWith(startUrl)) continue;

    const page = await context.newPage();
    try {
      const path = pathOf(url);
      const settled = await watchPage(page, path, origin, problems);
      await page.goto(url, { waitUntil: 'load' });
      await settled();
      const found = await page.evaluate(() => ({
        links: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].map(
          (a) => a.href,
        ),
        ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
      }));
      visit.ids = new Set(found.ids);
      pages.push({ path, url, counts: await page.evaluate(countVisibleContent) });
      for (const link of found.links) {
        const target = new URL(link);
        if (target.origin !== origin) continue; // links to other hosts are not requests
        const hash = target.hash;
        target.hash = '';
        links.push({ from: path, target: target.href, hash });
        queue.push(target.href);
      }
      for (const inspect of inspectors) problems.push(...(await inspect(page, path)));
    } finally {
      await page.close();
    }
  }

  const seen = new Set<string>();
  for (const { from, target, hash } of links) {
    const key = `${from} ${target}${hash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const visit = visits.get(target)!;
    const shown = pathOf(target) || '(首页)';
    if (!visit.ok) problems.push({ check: 'broken-link', page: from, detail: `链接目标不存在：${shown}${hash}` });
    else if (visit.html && hash.length > 1 && hash !== '#top' && !visit.ids.has(decodeURIComponent(hash.slice(1))))
      problems.push({ check: 'broken-anchor', page: from, detail: `锚点不存在：${shown}${hash}` });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return { pages, problems };
}

/** Quiet time after which a loaded page counts as settled, in ms (Playwright's 'networkidle' waits 500). */
const QUIET_MS = 200;
/** Longest wait for a page to settle, in ms (a page that keeps polling is checked as it is). */
const SETTLE_MS = 5_000;

/**
 * Records console errors, uncaught exceptions, failed requests and any request to another
 * origin; requests to other origins are aborted, so nothing ever leaves the machine.
 * Returns a function that resolves once no request has been in flight for QUIET_MS.
 */
async function watchPage(page: Page, path: string, origin: string, problems: Problem[]): Promise<() => Promise<void>> {
  const external = new Set<string>();
  let inflight = 0;
  let lastActivity = Date.now();
  const activity = (delta: number) => {
    inflight += delta;
    lastActivity = Date.now();
  };
  page.on('request', () => activity(1));
  page.on('requestfinished', () => activity(-1));
  page.on('requestfailed', () => activity(-1));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    if (!external.has(url))
      problems.push({ check: 'external-request', page: path, detail: `请求了本站以外的地址：${url}` });
    external.add(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    // A failed load also logs "Failed to load resource"; it is reported as a request below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push({ check: 'console-error', page: path, detail: message.text() });
  });
  page.on('pageerror', (error) =>
    problems.push({ check: 'console-error', page: path, detail: `未捕获的异常：${error.message}` }),
  );
  page.on('requestfailed', (request) => {
    if (!external.has(request.url()))
      problems.push({
        check: 'failed-request',
        page: path,
        detail: `${request.url()}：${request.failure()?.errorText ?? '失败'}`,
      });
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push({
        check: 'failed-request',
        page: path,
        detail: `${new URL(response.url()).pathname}：HTTP ${response.status()}`,
      });
  });
  return async () => {
    const deadline = Date.now() + SETTLE_MS;
    while (Date.now() < deadline && (inflight > 0 || Date.now() - lastActivity < QUIET_MS))
      await page.waitForTimeout(50);
  };
}
