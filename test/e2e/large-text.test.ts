// 大字 (large text) for older members: the header checkbox enlarges the page with JavaScript
// off (CSS :has), is remembered across pages with it on (localStorage), keeps a body line
// height of 1.5 or more, and leaves the page accessible and laid out at 375 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { checkAccessibility } from '../../scripts/lib/quality/axe.ts';
import { checkTables } from '../../scripts/lib/quality/tables.ts';
import { measureOverflow, PHONE_WIDTH } from '../../scripts/lib/quality/layout.ts';

/** Body font size and line height in px, as laid out. */
const bodyType = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
  });

describe('the 大字 (large text) mode', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    const site = await serveStatic(inject('rootDist'));
    close = site.close;
    url = site.url;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('has a body line height of at least 1.5 in both sizes', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}reports/2024-work-report/`);
    const normal = await bodyType(page);
    expect(normal.size).toBe(16);
    expect(normal.lineHeight / normal.size).toBeGreaterThanOrEqual(1.5);
    await page.check('#large-text');
    const large = await bodyType(page);
    expect(large.size).toBe(20);
    expect(large.lineHeight / large.size).toBeGreaterThanOrEqual(1.5);
    await page.close();
  });

  it('works with JavaScript off on the page where it is ticked', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url}funds/2024/`);
    await page.check('#large-text');
    expect((await bodyType(page)).size).toBe(20);
    await context.close();
  });

  it('is remembered on the next page and after a reload with JavaScript on, and can be turned off again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}funds/2024/`);
    await page.check('#large-text');
    await page.goto(`${url}activities/2024/`);
    expect(await page.isChecked('#large-text')).toBe(true);
    expect((await bodyType(page)).size).toBe(20);
    await page.uncheck('#large-text');
    await page.reload();
    expect((await bodyType(page)).size).toBe(16);
    await context.close();
  });

  it.each(['funds/2024/', 'funds/2024/ledger/', 'reports/2024-work-report/', 'democracy/proposals/'])(
    'leaves %s accessible and laid out at 375 px when large',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 800 } });
      const page = await context.newPage();
      await page.goto(url + path);
      await page.check('#large-text');
      expect(await checkAccessibility(page, path)).toEqual([]);
      expect((await page.evaluate(measureOverflow, false)).scroll).toBe(0);
      expect((await checkTables(page, path)).map((p) => p.detail)).toEqual([]);
      await context.close();
    },
  );
});
