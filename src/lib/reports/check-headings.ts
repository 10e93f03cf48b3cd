import type { IssueList } from '../issues/data-issue.ts';
import { headingLabel, levelOfDepth, numberHeadings, parseHandNumber, LAST_DEPTH } from './heading-numbers.ts';
import type { ScannedHeading } from './scan-mdx.ts';

/** A heading with the number the site gives it (undefined when the author typed the same one). */
export interface NumberedHeading {
  depth: number;
  text: string;
  line: number;
  /** "一、", "（一）", "1.", "（1）"; undefined when the text already starts with it. */
  label?: string;
}

/**
 * Checks the headings of a report and numbers them: the body starts at `##` (the title is
 * in the front matter), levels are not skipped, nothing deeper than `#####`, and a number
 * typed by hand must be the one the site would give (一、二、二、 or （一）（三） are reported).
 */
export function checkHeadings(file: string, headings: readonly ScannedHeading[], issues: IssueList): NumberedHeading[] {
  const labels = numberHeadings(headings.map((h) => h.depth));
  let previousDepth = 1;
  return headings.map((heading, i) => {
    const at = { file, line: heading.line, column: heading.column };
    const level = levelOfDepth(heading.depth);
    if (heading.depth === 1) {
      issues.add({
        ...at,
        column: 1,
        code: 'report.heading-h1',
        message: '正文中不能使用一级标题“# ”',
        expected: '报告标题写在开头的报告信息中，正文标题从“## ”开始',
        found: `# ${heading.text}`,
      });
    } else if (heading.depth > LAST_DEPTH) {
      issues.add({
        ...at,
        column: 1,
        code: 'report.heading-too-deep',
        message: '标题层级太深',
        expected: '“## ”到“##### ”（编号为 一、（一） 1. （1））',
        found: '#'.repeat(heading.depth),
      });
    } else if (heading.depth > previousDepth + 1) {
      issues.add({
        ...at,
        column: 1,
        code: 'report.heading-skip-level',
        message: `标题层级跳级：上一级是“${'#'.repeat(previousDepth)}”，这里是“${'#'.repeat(heading.depth)}”`,
        expected: `“${'#'.repeat(previousDepth + 1)} ”或更高一级`,
        found: '#'.repeat(heading.depth),
      });
    }
    previousDepth = Math.max(heading.depth, 2);
    const label = labels[i];
    const hand = parseHandNumber(heading.text);
    if (!hand || level === undefined || label === undefined)
      return { depth: heading.depth, text: heading.text, line: heading.line, label };
    if (hand.level !== level) {
      issues.add({
        ...at,
        code: 'report.heading-number-style',
        message: `手写的标题编号“${hand.raw.trim()}”与标题层级不符`,
        expected: `这一级标题的编号形如“${headingLabel(level, 1)}”，本处应为“${label}”`,
        found: hand.raw.trim(),
        hint: '标题编号由网站自动生成，可以删去手写的编号',
      });
    } else if (hand.n !== labelValue(label)) {
      issues.add({
        ...at,
        code: 'report.heading-number',
        message: `标题编号${hand.n < labelValue(label) ? '重复' : '跳号'}：这里应为“${label}”，手写的是“${hand.raw.trim()}”`,
        expected: label,
        found: hand.raw.trim(),
        hint: '标题编号由网站自动生成，可以删去手写的编号',
      });
    }
    return { depth: heading.depth, text: heading.text, line: heading.line };
  });
}

/** The number a label stands for: "三、" → 3, "（二）" → 2, "4." → 4. */
function labelValue(label: string): number {
  const hand = parseHandNumber(label);
  return hand ? hand.n : 0;
}
