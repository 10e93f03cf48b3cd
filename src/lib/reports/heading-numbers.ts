/**
 * Chinese official-document numbering of report headings (GB/T 9704 style): the first
 * level "一、", the second "（一）", the third "1.", the fourth "（1）". Authors write plain
 * `##`–`#####` headings; `##` is the first level. Numbers restart under each higher heading.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A heading level that is numbered: 1 (`##`) to 4 (`#####`). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The Markdown depth of the first numbered level (`##`). */
export const FIRST_DEPTH = 2;
/** The deepest Markdown heading that is numbered (`#####`). */
export const LAST_DEPTH = 5;

/**
 * A positive integer below 100 in Chinese numerals as used in headings:
 * 1 → "一", 10 → "十", 11 → "十一", 20 → "二十", 35 → "三十五". Throws a RangeError otherwise.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`heading number must be 1–99, got ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The value of Chinese numerals written by hand ("十二" → 12); undefined if not one. */
export function parseChineseNumeral(text: string): number | undefined {
  for (let n = 1; n <= 99; n++) if (chineseNumeral(n) === text) return n;
  return undefined;
}

/** The label of the `n`th heading at `level`: "一、", "（一）", "1.", "（1）". */
export function headingLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** The numbered level of a Markdown heading depth, or undefined for `#` and `######`. */
export function levelOfDepth(depth: number): HeadingLevel | undefined {
  return depth >= FIRST_DEPTH && depth <= LAST_DEPTH ? ((depth - 1) as HeadingLevel) : undefined;
}

/** A number an author typed at the start of a heading, e.g. "二、" or "(三)". */
export interface HandNumber {
  level: HeadingLevel;
  n: number;
  /** Exactly what was typed, including the punctuation after it. */
  raw: string;
}

const HAND_PATTERNS: readonly [HeadingLevel, RegExp][] = [
  [1, /^([一二三四五六七八九十]+)\s*[、，,.．]\s*/],
  [2, /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*[、.．]?\s*/],
  [3, /^(\d{1,2})\s*[.．、]\s*(?!\d)/],
  [4, /^[（(]\s*(\d{1,2})\s*[）)]\s*/],
];

/** The hand-typed number at the start of a heading text, if any. */
export function parseHandNumber(text: string): HandNumber | undefined {
  for (const [level, pattern] of HAND_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const n = level <= 2 ? parseChineseNumeral(match[1]!) : Number(match[1]);
    if (n !== undefined && n > 0) return { level, n, raw: match[0] };
  }
  return undefined;
}

/** The label each heading gets, in document order (undefined for unnumbered depths). */
export function numberHeadings(depths: readonly number[]): (string | undefined)[] {
  const counters = [0, 0, 0, 0];
  return depths.map((depth) => {
    const level = levelOfDepth(depth);
    if (level === undefined) return undefined;
    counters[level - 1]! += 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    return headingLabel(level, counters[level - 1]!);
  });
}
