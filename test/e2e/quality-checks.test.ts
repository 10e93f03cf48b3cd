// The checks themselves, on a hand-made site (test/fixtures/e2e/site) where every page but
// the home page has known defects: each check must report exactly its defect, and nothing
// on the clean home page. This is what makes the real-site suite able to fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { findUnreachable } from '../../scripts/lib/quality/dist-files.ts';
import { inspectSite } from '../../scripts/lib/quality/inspect-site.ts';
import type { CrawlResult } from '../../scripts/lib/quality/crawl.ts';
import { formatProblems } from '../../scripts/lib/quality/problem.ts';

const FIXTURE = new URL('../fixtures/e2e/site/', import.meta.url).pathname;

// Served under a base path, the stricter case for the crawler (the real site runs at both).
const base = '/sub/';

describe('the quality checks on a site with known defects, served under a base path', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let result: CrawlResult;
  const on = (page: string, check?: string) =>
    formatProblems(result.problems.filter((p) => p.page === page && (!check || p.check === check)));

  beforeAll(async () => {
    const site = await serveStatic(FIXTURE, base);
    close = site.close;
    browser = await launchBrowser();
    result = await inspectSite(browser, site.url);
  });

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('crawls every linked page and reports the page nothing links to', () => {
    expect(result.pages.map((p) => p.path)).toEqual([
      '',
      'axe/',
      'broken-link/',
      'console/',
      'external/',
      'heavy/',
      'no-js/',
      'print/',
      'prose/',
      'tables/',
      'wide/',
    ]);
    expect(
      formatProblems(
        findUnreachable(
          FIXTURE,
          result.pages.map((p) => p.path),
        ),
      ),
    ).toEqual(['orphan/ · unreachable-page · 从首页沿链接无法到达此页']);
  });

  it('finds nothing wrong on the clean page', () => {
    expect(on('')).toEqual([]);
  });

  it('reports a link to a missing page and an anchor that does not exist', () => {
    expect(on('broken-link/')).toEqual([
      'broken-link/ · broken-anchor · 锚点不存在：(首页)#nowhere',
      'broken-link/ · broken-link · 链接目标不存在：missing/',
    ]);
  });

  it('reports and blocks every request to another host (CDN, web font)', () => {
    expect(on('external/')).toEqual([
      'external/ · external-request · 请求了本站以外的地址：https://cdn.example.invalid/logo.png',
      'external/ · external-request · 请求了本站以外的地址：https://fonts.example.invalid/css?family=Noto',
    ]);
  });

  it('reports a console error and a request that fails', () => {
    expect(on('console/')).toEqual([
      'console/ · console-error · 示例错误',
      `console/ · failed-request · ${base}console/missing.png：HTTP 404`,
    ]);
  });

  it('reports axe violations: an image without alternative text, text with too little contrast', () => {
    const axe = on('axe/');
    expect(axe).toHaveLength(2);
    expect(axe[0]).toMatch(/^axe\/ · axe · color-contrast（serious）.*：p:nth-child\(3\)$/);
    expect(axe[1]).toMatch(/^axe\/ · axe · image-alt（critical）.*：img$/);
  });

  it('reports sideways scrolling at 375 px and a wide table without its own scroll box', () => {
    expect(on('wide/', 'phone-width')).toEqual([
      'wide/ · phone-width · 375 px 宽时页面可横向滚动 141 px',
      'wide/ · phone-width · 宽表格没有放在可横向滚动的框内：<table>“没有滚动框的宽表格列值”',
      'wide/ · phone-width · 超出屏幕右边缘：<div>“固定宽 500 像素的块”',
      'wide/ · phone-width · 超出屏幕右边缘：<table>“没有滚动框的宽表格列值”',
    ]);
  });

  it('reports every table outside the table component at both widths, wherever it is', () => {
    for (const page of ['wide/', 'no-js/'])
      expect(on(page, 'tables')).toEqual([
        expect.stringMatching(/^.* · tables · 1280 px：表格未使用统一的表格组件：<table>“.*”$/),
        expect.stringMatching(/^.* · tables · 375 px：表格未使用统一的表格组件：<table>“.*”$/),
      ]);
  });

  it('reports a cut-off cell, a number over two lines, a squeezed text column, a stacked cell without its column name and a scrolling table without a cue', () => {
    expect(on('tables/', 'tables')).toEqual([
      'tables/ · tables · 1280 px：分块显示的表格缺少列名：<table>“分块的表格”，1 格，如 “已答复”',
      'tables/ · tables · 1280 px：表格中的数字折行：<table>“有缺陷的表格”，1 格，如 “−5 元”',
      'tables/ · tables · 1280 px：表格单元格内容被截断：<table>“有缺陷的表格”，1 格，如 “截断的科目名称很长很长”',
      'tables/ · tables · 1280 px：表格文字列窄于 6 个字：<table>“有缺陷的表格”，1 格，如 “两个字宽的摘要会一行两个字”（39 px）',
      'tables/ · tables · 1280 px：表格未使用统一的表格组件：<table>“没有表格框的表格”',
      'tables/ · tables · 375 px：分块显示的表格缺少列名：<table>“分块的表格”，1 格，如 “已答复”',
      'tables/ · tables · 375 px：表格中的数字折行：<table>“有缺陷的表格”，1 格，如 “−5 元”',
      'tables/ · tables · 375 px：表格单元格内容被截断：<table>“有缺陷的表格”，1 格，如 “截断的科目名称很长很长”',
      'tables/ · tables · 375 px：表格可横向滚动但没有滑动提示：<table>“没有滑动提示的宽表格”',
      'tables/ · tables · 375 px：表格文字列窄于 6 个字：<table>“有缺陷的表格”，1 格，如 “两个字宽的摘要会一行两个字”（39 px）',
      'tables/ · tables · 375 px：表格未使用统一的表格组件：<table>“没有表格框的表格”',
    ]);
  });

  it('reports a paragraph whose figure, held on one line, leaves the line before it short', () => {
    expect(on('prose/')).toEqual([
      'prose/ · prose · 375 px 宽时段落中有过短的行（26%）：“收支相抵，当年结余 4,808.”……“63,873.93 元”',
    ]);
  });

  it('reports navigation that prints, content that a box cuts off on paper, a chart over a quarter page and a printout without its data stamp', () => {
    expect(on('print/')).toEqual([
      'print/ · print · 打印时内容被框截断：<div>“打印时会被截断的内容，打印时会被截断的内容，打印”',
      'print/ · print · 打印时图表高于四分之一页：“打印时过高的图表”（429 px）',
      'print/ · print · 打印时导航仍显示：<nav>“首页”',
      'print/ · print · 打印稿没有数据截至日期（页脚的 data-print-stamp）',
    ]);
  });

  it('reports a chart drawn on a canvas and a table written by script when JavaScript is off', () => {
    expect(on('no-js/', 'no-js')).toEqual([
      'no-js/ · no-js · 1 个 canvas 在不启用 JavaScript 时是空白的',
      'no-js/ · no-js · 不启用 JavaScript 时可见的图表或图片 0 个，启用时 1 个',
      'no-js/ · no-js · 不启用 JavaScript 时可见的表格 0 个，启用时 1 个',
    ]);
  });
});
