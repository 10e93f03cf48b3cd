// Page weight in bytes after gzip -9, from the files of the build: every page within its
// budget (scripts/lib/quality/budgets.ts), and no JavaScript on pages without charts.
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS, READER_SETTINGS_JS_BYTES, type Budget } from '../../scripts/lib/quality/budgets.ts';
import { budgetFor, checkBudgets, measurePageWeights } from '../../scripts/lib/quality/page-weight.ts';
import { formatProblems } from '../../scripts/lib/quality/problem.ts';

const FIXTURE = new URL('../fixtures/e2e/site/', import.meta.url).pathname;

describe('the page weight of the demo site', () => {
  const weights = measurePageWeights(inject('rootDist'));
  const statement = weights.find((w) => w.page === 'funds/2024/')!;

  it('keeps every page within its budget and ships JavaScript only where allowed', () => {
    expect(weights.length).toBeGreaterThanOrEqual(5);
    expect(formatProblems(checkBudgets(weights))).toEqual([]);
  });

  it('carries the 大字 script on every page, outside the JavaScript budget', () => {
    expect(weights.filter((w) => w.settingsJs === 0).map((w) => w.page)).toEqual([]);
    expect(statement.settingsJs).toBeLessThanOrEqual(READER_SETTINGS_JS_BYTES);
  });

  it('weighs a statement with charts well under 100 KB, its stylesheet and icon included', () => {
    expect(statement.hasChart).toBe(true);
    expect(statement.files).toContain('favicon.svg');
    expect(statement.total).toBeGreaterThan(statement.html);
    expect(statement.total).toBeLessThan(50_000);
  });

  it('counts the interactive chart library as loaded on demand, not with the page', () => {
    const trend = weights.find((w) => w.page === 'funds/')!;
    expect(trend.onDemandFiles).toEqual([expect.stringMatching(/^_astro\/trend-chart\.[\w-]+\.js$/)]);
    expect(trend.files.some((f) => f.includes('trend-chart'))).toBe(false);
  });

  it('weighs the same under a base path, from the same files', () => {
    const underBase = measurePageWeights(inject('baseDist'), '/gonghui/').find((w) => w.page === 'funds/2024/')!;
    expect(underBase.files).toEqual(statement.files);
    expect(Math.abs(underBase.total - statement.total)).toBeLessThan(200);
  });
});

describe('the budget check', () => {
  const weights = measurePageWeights(FIXTURE);
  const heavy = weights.find((w) => w.page === 'heavy/')!;

  it('counts linked stylesheets, scripts and images, each gzipped, and what they load', () => {
    // Followed through a static JS import and a CSS url().
    expect(heavy.files).toEqual(['heavy/app.js', 'heavy/dep.js', 'heavy/heavy.css', 'pixel.svg', 'style.css']);
    expect(heavy.images).toBeGreaterThan(0);
    // A dynamic import() is loaded on demand: counted apart, not in the page's total.
    expect(heavy.onDemandFiles).toEqual(['heavy/later.js']);
    expect(heavy.onDemand).toBeGreaterThan(0);
    expect(heavy.js).toBeGreaterThan(0);
    expect(heavy.css).toBeGreaterThan(0);
    expect(weights.find((w) => w.page === 'axe/')!.files).toEqual(['pixel.svg', 'style.css']);
  });

  it('reports a page over its budget', () => {
    const tight: Budget[] = [{ name: '样例', match: /^heavy\/$/, totalBytes: 200, jsBytes: 10_000 }, ...BUDGETS];
    expect(formatProblems(checkBudgets([heavy], tight))).toEqual([
      `heavy/ · page-weight · gzip 后共 ${heavy.total.toLocaleString('en-US')} 字节，超出“样例”预算 200 字节`,
    ]);
  });

  it('reports what a page loads on demand beyond the cap', () => {
    expect(formatProblems(checkBudgets([heavy], BUDGETS, 10))).toContainEqual(
      `heavy/ · page-weight · 按需加载的文件 gzip 后共 ${heavy.onDemand} 字节，超出预算 10 字节`,
    );
  });

  it('reports JavaScript on a page without a chart, inline scripts included', () => {
    expect(formatProblems(checkBudgets(weights)).filter((line) => line.includes('javascript'))).toEqual([
      expect.stringMatching(/^console\/ · javascript · 本页不应包含 JavaScript，实际 \d+ 字节$/),
      expect.stringMatching(/^heavy\/ · javascript · 本页不应包含 JavaScript，实际 \d+ 字节$/),
      expect.stringMatching(/^no-js\/ · javascript · 本页不应包含 JavaScript，实际 \d+ 字节$/),
    ]);
  });

  it('reports a reader-settings script over its own cap', () => {
    const home = weights.find((w) => w.page === '')!;
    expect(formatProblems(checkBudgets([{ ...home, settingsJs: READER_SETTINGS_JS_BYTES + 1 }]))).toEqual([
      `(首页) · javascript · 阅读设置脚本 ${READER_SETTINGS_JS_BYTES + 1} 字节，超出允许的 ${READER_SETTINGS_JS_BYTES} 字节`,
    ]);
  });

  it.each([
    ['funds/2024/ledger/', '明细账'],
    ['funds/2024/ledger/3/', '明细账'],
    ['search/', '搜索'],
    ['funds/2024/', '页面'],
    ['', '页面'],
  ])('applies the first matching budget to %j: %s', (page, name) => {
    expect(budgetFor(page).name).toBe(name);
  });
});
