// The ledger's columns sort with JavaScript (progressive enhancement): the 2024 ledger served
// from the root build in Chromium; without JavaScript the same table is plain, in date order.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const TABLE = '#a-50102 table.ledger-lines';

describe('sorting the 2024 ledger', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    site = await serveStatic(inject('rootDist'));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const column = (page: import('playwright-core').Page, n: number) =>
    page.$$eval(`${TABLE} tbody tr`, (rows, i) => rows.map((r) => r.children[i]!.textContent!.trim()), n);
  const amount = (t: string) => Number(t.replaceAll(',', ''));

  it('sorts one account’s lines by amount, both ways, and back by line number', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}funds/2024/ledger/`);
    const lines = await column(page, 4);
    expect(lines.length).toBeGreaterThan(3);
    await page.click(`${TABLE} th:nth-child(4) button`);
    const up = (await column(page, 3)).map(amount);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.getAttribute(`${TABLE} th:nth-child(4)`, 'aria-sort')).toBe('ascending');
    await page.click(`${TABLE} th:nth-child(4) button`);
    const down = (await column(page, 3)).map(amount);
    expect(down).toEqual([...up].reverse());
    expect(await page.getAttribute(`${TABLE} th:nth-child(4)`, 'aria-sort')).toBe('descending');
    await page.click(`${TABLE} th:nth-child(5) button`);
    expect(await column(page, 4)).toEqual(lines);
    expect(await page.$$eval('table[data-sortable] th[aria-sort]', (t) => t.length)).toBe(1);
    await page.close();
  });

  it('keeps the table plain and in file order without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}funds/2024/ledger/`);
    expect(await page.locator(`${TABLE} th button`).count()).toBe(0);
    const lines = (await column(page, 4)).map(Number);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    await context.close();
  });
});
