// Every table read on a phone, measured cell by cell after layout: nothing cut off, no
// number broken over two lines, no text column squeezed to a few characters, every table
// drawn by the site's one table component (src/components/site/DataTable.astro), a
// stacked table's cells each with their column name, and a cue on a box that scrolls.
import type { Page } from 'playwright-core';
import type { Problem } from './problem.ts';

/** A text cell that wraps must be at least this many characters (em) wide. */
export const MIN_TEXT_EM = 6;

/** What one table shows wrong at the current viewport, each as a short sample of cells. */
export interface TableDefects {
  /** The table, named by its caption or box label and first header. */
  table: string;
  /** Not inside the table component's box (`.data-table`). */
  outsideComponent: boolean;
  /** Cells whose text is wider than the cell (cut off). */
  clipped: string[];
  /** Numeric cells laid out on more than one line. */
  wrappedNumbers: string[];
  /** Text cells that wrap although narrower than MIN_TEXT_EM characters. */
  narrowText: string[];
  /** Cells of a stacked table (one block per row) shown without their column name. */
  unlabelled: string[];
  /** The box scrolls sideways but no scroll cue is visible. */
  noScrollCue: boolean;
}

/** Measures every visible table of the page; runs in the browser. `minEm`: MIN_TEXT_EM. */
export function measureTables(minEm: number): TableDefects[] {
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ');
  const sample = (el: Element) => `“${text(el).slice(0, 16)}”`;
  // A number as printed in a cell: amounts, counts, shares, signed changes, a unit glued on.
  const NUMBER = /^[▲▼+\-−±]?\s?[¥￥]?\d[\d,.]*\s?(%|‰|元|万元|人|人次|件|项|个|次|天)?$/;
  /** Distinct line boxes of the element's text (client rects grouped by their vertical middle). */
  const lines = (el: Element): number => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const middles: number[] = [];
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      const mid = r.top + r.height / 2;
      if (!middles.some((m) => Math.abs(m - mid) < r.height / 2)) middles.push(mid);
    }
    return middles.length;
  };
  const results: TableDefects[] = [];
  for (const table of document.querySelectorAll('table')) {
    if (!shown(table)) continue;
    const box = table.closest('.data-table');
    const caption = table.querySelector('caption');
    const head = table.querySelector('th');
    const table_ = `<table>${caption ? sample(caption) : box?.getAttribute('aria-label') ? `“${box.getAttribute('aria-label')}”` : head ? sample(head) : ''}`;
    const defects: TableDefects = {
      table: table_,
      outsideComponent: !box,
      clipped: [],
      wrappedNumbers: [],
      narrowText: [],
      unlabelled: [],
      noScrollCue: false,
    };
    const stacked = !!box?.classList.contains('data-table-stack') && getComputedStyle(table).display === 'block';
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      if (!shown(cell) || !text(cell)) continue;
      const style = getComputedStyle(cell);
      if (cell.scrollWidth > cell.clientWidth + 1) defects.clipped.push(sample(cell));
      const numeric = NUMBER.test(text(cell));
      const count = lines(cell);
      if (numeric && count > 1) defects.wrappedNumbers.push(sample(cell));
      const content = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (!numeric && count > 1 && content < minEm * parseFloat(style.fontSize) - 1)
        defects.narrowText.push(`${sample(cell)}（${Math.round(content)} px）`);
      if (stacked && cell.tagName === 'TD' && !cell.dataset.label) defects.unlabelled.push(sample(cell));
    }
    const scroller = box?.querySelector('.table-scroll');
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
      const cue = box!.querySelector('.scroll-cue');
      defects.noScrollCue = !cue || !shown(cue) || cue.getBoundingClientRect().height < 1;
    }
    const { outsideComponent, clipped, wrappedNumbers, narrowText, unlabelled, noScrollCue } = defects;
    if (
      outsideComponent ||
      noScrollCue ||
      clipped.length + wrappedNumbers.length + narrowText.length + unlabelled.length
    )
      results.push(defects);
  }
  return results;
}

/** The first few samples of a list and how many there are in all. */
function some(cells: string[]): string {
  return `${cells.length} 格，如 ${cells.slice(0, 3).join('、')}`;
}

/** The widths every table is measured at, in CSS px: a phone, then an office PC. */
export const TABLE_WIDTHS = [375, 1280] as const;

/** Every table of the page at each of TABLE_WIDTHS; details start with the width. */
export async function checkTables(page: Page, path: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const width of TABLE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Scroll timelines (the scroll cue) update on the next frames after a resize.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    problems.push(...(await tableProblems(page, path, `${width} px：`)));
  }
  return problems;
}

/** Every table at the current viewport, as problems of the "tables" check. */
async function tableProblems(page: Page, path: string, prefix: string): Promise<Problem[]> {
  const found = await page.evaluate(measureTables, MIN_TEXT_EM);
  const problems: Problem[] = [];
  const add = (detail: string) => problems.push({ check: 'tables', page: path, detail: prefix + detail });
  for (const t of found) {
    if (t.outsideComponent) add(`表格未使用统一的表格组件：${t.table}`);
    if (t.clipped.length) add(`表格单元格内容被截断：${t.table}，${some(t.clipped)}`);
    if (t.wrappedNumbers.length) add(`表格中的数字折行：${t.table}，${some(t.wrappedNumbers)}`);
    if (t.narrowText.length) add(`表格文字列窄于 ${MIN_TEXT_EM} 个字：${t.table}，${some(t.narrowText)}`);
    if (t.unlabelled.length) add(`分块显示的表格缺少列名：${t.table}，${some(t.unlabelled)}`);
    if (t.noScrollCue) add(`表格可横向滚动但没有滑动提示：${t.table}`);
  }
  return problems;
}
