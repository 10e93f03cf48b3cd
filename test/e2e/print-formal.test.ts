// Printouts as formal documents, in Chromium's print media at A4 width: the data stamp in
// the footer, the 签字栏 with four signature lines, dates and a place for the seal, the
// statement's charts left off paper (its tables hold the same figures), charts elsewhere
// at most a quarter page, and a report ending with its 落款.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { PRINT_WIDTH, QUARTER_PAGE_PX } from '../../scripts/lib/quality/layout.ts';

/** What a printed page shows of the formal parts, measured in print media. */
function measureFormalPrint() {
  const shown = (el: Element | null): el is HTMLElement =>
    !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const signoff = document.querySelector('.signoff');
  const stamp = document.querySelector('[data-print-stamp]');
  return {
    stamp: shown(stamp) ? (stamp.textContent ?? '').trim() : null,
    signoff: shown(signoff)
      ? {
          state: signoff.getAttribute('data-signoff'),
          roles: [...signoff.querySelectorAll('.signature dt')].map((dt) => dt.textContent?.trim()),
          lineHeights: [...signoff.querySelectorAll('.sign-line')].map((l) => l.getBoundingClientRect().height),
          dates: [...signoff.querySelectorAll('.signoff-dates dt')].map((dt) => dt.textContent?.trim()),
          seal: shown(signoff.querySelector('.seal'))
            ? signoff.querySelector('.seal')!.getBoundingClientRect().height
            : 0,
        }
      : null,
    charts: [...document.querySelectorAll('main figure.chart')]
      .filter(shown)
      .map((f) => f.getBoundingClientRect().height),
    closing: shown(document.querySelector('.report-closing'))
      ? [...document.querySelectorAll('.report-closing p')].map((p) => (p.textContent ?? '').trim()).join(' ')
      : null,
  };
}

describe('printouts as formal documents', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    const site = await serveStatic(inject('rootDist'));
    close = site.close;
    url = site.url;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  const print = async (path: string) => {
    await page.goto(url + path, { waitUntil: 'load' });
    return page.evaluate(measureFormalPrint);
  };

  it.each(['funds/2024/', 'funds/2024/income-expense/', 'funds/2024/balance-sheet/', 'audit/2024/pack/'])(
    'prints %s with the data stamp and a 签字栏 to sign, date and seal',
    async (path) => {
      const printed = await print(path);
      expect(printed.stamp).toMatch(/数据截至 \d{4}-\d{2}-\d{2}/);
      expect(printed.signoff).toEqual({
        state: 'signed',
        roles: ['工会主席（签字）', '经审会主任（签字）', '财务负责人（签字）', '制表人（签字）'],
        lineHeights: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)],
        dates: ['制表日期：', '审查日期：', '签署日期：'],
        seal: expect.any(Number),
      });
      // Room to sign by hand: 12 mm lines (≈ 45 px at 96 dpi) and a seal of about 38 mm.
      for (const height of printed.signoff!.lineHeights) expect(height).toBeGreaterThanOrEqual(40);
      expect(printed.signoff!.seal).toBeGreaterThanOrEqual(120);
    },
  );

  it('leaves the statement charts off paper, since the tables beside them hold every figure', async () => {
    const screen = await browser.newPage();
    await screen.goto(`${url}funds/2024/`);
    expect(await screen.locator('main figure.chart').count()).toBeGreaterThanOrEqual(2);
    await screen.close();
    expect((await print('funds/2024/')).charts).toEqual([]);
  });

  it.each(['funds/', 'members/membership/', 'reports/2024-work-report/', 'activities/'])(
    'prints the charts of %s at most a quarter page tall',
    async (path) => {
      const { charts } = await print(path);
      for (const height of charts) expect(height).toBeLessThanOrEqual(QUARTER_PAGE_PX);
    },
  );

  it('ends a report with its 落款: the union and the date of its front matter', async () => {
    expect((await print('reports/2024-work-report/')).closing).toBe('临江市第一人民医院工会委员会 2025年3月19日');
    expect((await print('reports/2019-2020-audit-report/')).closing).toMatch(
      /^临江市第一人民医院工会经费审查委员会 \d{4}年\d{1,2}月\d{1,2}日$/,
    );
  });
});
