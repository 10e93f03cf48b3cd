// Report prose on a phone: a figure keeps its unit without leaving a ragged gap, measured
// line by line: no line of a paragraph is shorter than half the paragraph's width, except
// its last line (and a line that ends at a forced break).
import type { Page } from 'playwright-core';
import type { Problem } from './problem.ts';

/** The width the prose is measured at, in CSS px. */
export const PROSE_WIDTH = 375;
/** Shortest share of the paragraph's width a line (but the last) may fill. */
export const MIN_LINE_SHARE = 0.5;

/** One paragraph with a line too short: its opening words and the short line's share of the width. */
export interface RaggedParagraph {
  text: string;
  /** The short line's text and its width in % of the paragraph's content width. */
  line: string;
  share: number;
}

/** Paragraphs of report prose (`selector`) with a short line before the last; runs in the browser. */
export function measureProse([selector, minShare]: [string, number]): RaggedParagraph[] {
  const found: RaggedParagraph[] = [];
  for (const p of document.querySelectorAll<HTMLElement>(selector)) {
    if (!p.checkVisibility() || p.querySelector('br')) continue;
    const style = getComputedStyle(p);
    const box = p.getBoundingClientRect();
    const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    const width = p.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    // Every character's box, grouped into lines by its vertical middle.
    const lines: { mid: number; height: number; right: number; text: string }[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getClientRects()[0];
        if (!r || r.width < 0.5) continue;
        const mid = r.top + r.height / 2;
        let line = lines.find((l) => Math.abs(l.mid - mid) < l.height / 2);
        if (!line) lines.push((line = { mid, height: r.height, right: r.right, text: '' }));
        line.right = Math.max(line.right, r.right);
        line.text += value[i];
      }
    }
    lines.sort((a, b) => a.mid - b.mid);
    for (const line of lines.slice(0, -1)) {
      const share = (line.right - left) / width;
      if (share < minShare) {
        const text = (p.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 16);
        found.push({ text, line: line.text.trim(), share: Math.round(share * 100) });
        break;
      }
    }
  }
  return found;
}

/** Report paragraphs at PROSE_WIDTH, as problems of the "prose" check. */
export async function checkProse(page: Page, path: string): Promise<Problem[]> {
  await page.setViewportSize({ width: PROSE_WIDTH, height: 800 });
  const found = await page.evaluate(measureProse, ['.report-body p, .report-body li', MIN_LINE_SHARE] as [
    string,
    number,
  ]);
  return found.map((f) => ({
    check: 'prose',
    page: path,
    detail: `${PROSE_WIDTH} px 宽时段落中有过短的行（${f.share}%）：“${f.text}”……“${f.line}”`,
  }));
}
