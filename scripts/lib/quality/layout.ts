// Layout at a phone's width and in print, measured in the page after layout.
import type { Page } from 'playwright-core';
import type { Problem } from './problem.ts';

/** The narrowest phone the site supports, in CSS px. */
export const PHONE_WIDTH = 375;
/** Printable width of A4 portrait with the site's 15 mm side margins (180 mm at 96 dpi), in CSS px. */
export const PRINT_WIDTH = 680;
/** A quarter of an A4 page's height (297 mm ÷ 4 at 96 dpi), in CSS px: the tallest a printed chart may be. */
export const QUARTER_PAGE_PX = 280;

/** What a printout must carry and what it must keep small, measured in print media; runs in the browser. */
export function measurePrintout(quarterPage: number): { stamp: boolean; tallCharts: string[] } {
  const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().height > 0;
  const stamp = [...document.querySelectorAll('[data-print-stamp]')].some(
    (el) => shown(el) && /数据截至\s*\d{4}-\d{2}-\d{2}/.test(el.textContent ?? ''),
  );
  const tallCharts = [...document.querySelectorAll('figure')]
    .filter((f) => shown(f) && f.querySelector('svg, img, canvas') && f.getBoundingClientRect().height > quarterPage)
    .map(
      (f) =>
        `“${(f.querySelector('figcaption')?.textContent ?? '').trim().slice(0, 24)}”（${Math.round(f.getBoundingClientRect().height)} px）`,
    );
  return { stamp, tallCharts };
}

interface Overflow {
  /** How far the document scrolls sideways, in px (0 = not at all). */
  scroll: number;
  /** Elements sticking out past the right edge, outside any scroll box. */
  outside: string[];
  /** Tables wider than the screen that are not inside a box that scrolls sideways. */
  tables: string[];
  /** Boxes whose content is wider than the box and so cut off (print: nothing scrolls). */
  clipped: string[];
  /** Navigation still shown. */
  navigation: string[];
}

/** Measures horizontal overflow in the page; runs in the browser. `print` treats scroll boxes as clipping. */
export function measureOverflow(print: boolean): Overflow {
  const width = document.documentElement.clientWidth;
  const name = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? `“${text}”` : ''}`;
  };
  const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
  const scrollBox = (el: Element): Element | null => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (getComputedStyle(p).overflowX !== 'visible') return p;
    return null;
  };
  const all = [...document.body.querySelectorAll('*')].filter(shown);
  const outside = all.filter((el) => el.getBoundingClientRect().right > width + 1 && (print || !scrollBox(el)));
  // Report only the outermost offenders: their descendants stick out because they do.
  const roots = outside.filter((el) => !outside.some((other) => other !== el && other.contains(el)));
  const tables = [...document.querySelectorAll('table')].filter((t) => {
    if (t.getBoundingClientRect().width <= width + 1) return false;
    const box = scrollBox(t);
    return (
      !box || !/auto|scroll/.test(getComputedStyle(box).overflowX) || box.getBoundingClientRect().right > width + 1
    );
  });
  const clipped = print
    ? all.filter((el) => {
        // Skip SVG (its overflow is drawing, not text) and 1 px "visually hidden" text for screen readers.
        const box = el.getBoundingClientRect();
        if (el.namespaceURI === 'http://www.w3.org/2000/svg' || box.width <= 1 || box.height <= 1) return false;
        return getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      })
    : [];
  const navigation = [...document.querySelectorAll('nav, [role="navigation"], .skip-link')].filter(
    (el) => el.checkVisibility() && el.getBoundingClientRect().height > 0,
  );
  return {
    scroll: document.documentElement.scrollWidth - width,
    outside: roots.map(name),
    tables: tables.map(name),
    clipped: clipped.map(name),
    navigation: navigation.map(name),
  };
}

/** At 375 px nothing scrolls sideways; wide tables scroll inside their own box. */
export async function checkPhoneWidth(page: Page, path: string): Promise<Problem[]> {
  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  const o = await page.evaluate(measureOverflow, false);
  const problems: Problem[] = [];
  const add = (detail: string) => problems.push({ check: 'phone-width', page: path, detail });
  if (o.scroll > 0) add(`${PHONE_WIDTH} px 宽时页面可横向滚动 ${o.scroll} px`);
  for (const el of o.outside) add(`超出屏幕右边缘：${el}`);
  for (const el of o.tables) add(`宽表格没有放在可横向滚动的框内：${el}`);
  return problems;
}

/**
 * Print media at A4 width: navigation hidden, nothing wider than the paper or cut off by a
 * box, the data stamp (数据截至) printed, no chart taller than a quarter page.
 */
export async function checkPrint(page: Page, path: string): Promise<Problem[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
  const o = await page.evaluate(measureOverflow, true);
  const printout = await page.evaluate(measurePrintout, QUARTER_PAGE_PX);
  await page.emulateMedia({ media: 'screen' });
  const problems: Problem[] = [];
  const add = (detail: string) => problems.push({ check: 'print', page: path, detail });
  if (o.scroll > 0) add(`打印时内容比纸宽 ${o.scroll} px`);
  for (const el of o.outside) add(`打印时超出纸张右边缘：${el}`);
  for (const el of o.clipped) add(`打印时内容被框截断：${el}`);
  for (const el of o.navigation) add(`打印时导航仍显示：${el}`);
  if (!printout.stamp) add('打印稿没有数据截至日期（页脚的 data-print-stamp）');
  for (const chart of printout.tallCharts) add(`打印时图表高于四分之一页：${chart}`);
  return problems;
}
