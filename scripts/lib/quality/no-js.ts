// With JavaScript off, every chart, table and figure a reader sees with it on is still
// there and visible: charts are build-time SVG, never drawn only by script.
import type { Browser } from 'playwright-core';
import { countVisibleContent, type ContentCounts, type CrawledPage } from './crawl.ts';
import type { Problem } from './problem.ts';

const LABELS: Record<keyof ContentCounts, string> = { figure: '插图（figure）', table: '表格', graphic: '图表或图片' };

/** Loads every crawled page with JavaScript disabled and compares what is visible. */
export async function checkWithoutJavaScript(browser: Browser, pages: readonly CrawledPage[]): Promise<Problem[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const problems: Problem[] = [];
  try {
    const page = await context.newPage();
    for (const crawled of pages) {
      await page.goto(crawled.url, { waitUntil: 'load' });
      const counts = await page.evaluate(countVisibleContent);
      // A canvas is painted by script: without JavaScript it is a blank box.
      const canvases = await page.evaluate(
        () => [...document.querySelectorAll('canvas')].filter((c) => c.checkVisibility()).length,
      );
      const add = (detail: string) => problems.push({ check: 'no-js', page: crawled.path, detail });
      for (const key of Object.keys(LABELS) as (keyof ContentCounts)[])
        if (counts[key] < crawled.counts[key])
          add(`不启用 JavaScript 时可见的${LABELS[key]} ${counts[key]} 个，启用时 ${crawled.counts[key]} 个`);
      if (canvases > 0) add(`${canvases} 个 canvas 在不启用 JavaScript 时是空白的`);
    }
  } finally {
    await context.close();
  }
  return problems;
}
