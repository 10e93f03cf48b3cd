// The audit pack of 2024 prints: the root build served, printed to A4 PDF by Chromium with the
// site's print stylesheet, exactly as `npm run pdf` prints it, with every part in order.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

describe('the audit pack of 2024 (审计资料包)', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    const site = await serveStatic(inject('rootDist'));
    close = site.close;
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${site.url}audit/2024/pack/`, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('holds the statement, balance sheet, budget execution, checks, places to look, corrections and sign-off, in that order', async () => {
    expect(await page.locator('main h2').allTextContents()).toEqual([
      '经费收支表',
      '资产负债表',
      '预算执行情况',
      '生成网站时的核对',
      '疑点提示',
      '更正记录',
      '签字',
    ]);
    expect(await page.locator('main table.audit-checks').count()).toBeGreaterThanOrEqual(3);
    // The balance sheet as on its page: 资产总计 135,764.86 at the end of 2024, 年末余额 in the header.
    const sheet = page.locator('main .pack-part table.formal');
    expect(await sheet.locator('thead th').allTextContents()).toEqual(['项目', '年初余额', '年末余额']);
    expect(
      await sheet
        .locator('tr', { has: page.locator('th', { hasText: /^资产总计$/ }) })
        .locator('td')
        .allTextContents(),
    ).toEqual(['131,813.93', '135,764.86']);
    expect(await page.locator('main .flags a[href*="/ledger/"]').count()).toBeGreaterThan(0);
  });

  it('prints to A4 pages, each part from a new page', async () => {
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('main .pack-part')
      .evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page', 'page']);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(7);
  });
});
