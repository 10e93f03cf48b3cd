import { toHalfWidth } from './normalize-width.ts';

/** A placeholder left in text meant for publication: where it starts and what it is. */
export interface PlaceholderMatch {
  /** 0-based UTF-16 index in the text. */
  index: number;
  /** The placeholder as written, e.g. "20xx", "××", "□", "____". */
  text: string;
}

/** Units and counters after which a lone "x" stands for a missing number ("x元", "x人"). */
const UNIT = '年月日元万人名件次个项期场户家天届%';

/**
 * The placeholder shapes of templates (see docs/数据文件说明.md): runs of x ("xx", "20xx",
 * "58xx.00", full-width "ｘｘ"), a lone x before a unit ("x元"), runs of "×" and a lone "×"
 * not used as a multiplication sign ("第×届", but "1160万元×2%" is fine), "□"/"☐", runs of
 * "_", and "20##"-style hashes. A run of x inside a Latin word ("XXL") is not a placeholder.
 */
const PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z])\d*[xX]{2,}(?:\d|\.\d)*(?![A-Za-z])/g,
  new RegExp(`(?<![A-Za-z\\d.])\\d*[xX](?=[${UNIT}])`, 'g'),
  /×{2,}|×(?!\s*\d)/g,
  /[□☐]+/g,
  /_{2,}/g,
  /\d+#+/g,
];

/**
 * Every character one of the patterns needs, half- and full-width: a text without any of
 * them holds no placeholder, which one search tells (most memos of a ledger hold none).
 */
const TRIGGERS = /[xX×□☐_#*ｘＸ＿＃＊]/;

/**
 * False only when `text` cannot hold a placeholder: it has none of the characters some
 * placeholder shape needs (x, ×, □, ☐, _, #, *, or their full-width forms). A cheap test
 * before {@link findPlaceholders}; true does not mean a placeholder is there.
 */
export function mayHoldPlaceholder(text: string): boolean {
  return TRIGGERS.test(text);
}

/** Options for text that is Markdown (report bodies) rather than plain data text. */
export interface PlaceholderOptions {
  /**
   * In Markdown, "**" is emphasis and "#" starts headings, so only escaped asterisks
   * ("\*\*\*") count there; in data text a run of two or more "*" is a placeholder.
   */
  markdown?: boolean;
}

/**
 * Every placeholder in `text`, in order of position, without overlaps. Full-width letters
 * and digits are matched like their half-width forms; indexes refer to the original text.
 */
export function findPlaceholders(text: string, options: PlaceholderOptions = {}): PlaceholderMatch[] {
  return TRIGGERS.test(text) ? scanPlaceholders(text, options) : [];
}

/**
 * {@link findPlaceholders} without the quick test of {@link mayHoldPlaceholder}: every
 * pattern is run. The same result; exported so a test can hold the quick test against it.
 */
export function scanPlaceholders(text: string, options: PlaceholderOptions = {}): PlaceholderMatch[] {
  const normal = toHalfWidth(text);
  const patterns = [...PATTERNS, options.markdown ? /(?:\\\*){2,}/g : /\*{2,}/g];
  const found: PlaceholderMatch[] = [];
  for (const pattern of patterns) {
    for (const match of normal.matchAll(pattern)) {
      const index = match.index;
      found.push({ index, text: text.slice(index, index + match[0].length) });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: PlaceholderMatch[] = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue;
    out.push(match);
    end = match.index + match.text.length;
  }
  return out;
}

/**
 * Whether a placeholder match is covered by an allowed text: some occurrence of an
 * allowed string in `text` spans the whole match (an allowed "□满意" covers the "□" in it).
 */
export function isAllowedPlaceholder(text: string, match: PlaceholderMatch, allowed: readonly string[]): boolean {
  const end = match.index + match.text.length;
  for (const phrase of allowed) {
    if (phrase === '') continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(phrase, from);
      if (at < 0 || at > match.index) break;
      if (at + phrase.length >= end) return true;
      from = at + 1;
    }
  }
  return false;
}
