/** U+00A0: a space at which a line may not break. */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * A figure for display, with the spaces that tie a number to its unit or qualifier made
 * unbreakable, so "16 项", "2,406 余人", "近 700 人次" and "12,920.00 元" never wrap
 * between number and unit (at 375 px a plain space there splits "16" from "项"). Other
 * spaces stay breakable: "比2021年度增加 12,920.00 元，增长 59.08%" may still wrap after 增加.
 */
export function keepUnits(text: string): string {
  return text
    .replace(/(^|[^\d\s])(近|约) (?=\d)/g, `$1$2${NO_BREAK_SPACE}`)
    .replace(/(\d) (?=\S)/g, `$1${NO_BREAK_SPACE}`);
}

/** One piece of a figure's text; `keep` pieces are laid out on one line (number with its unit). */
export interface FigurePiece {
  text: string;
  keep: boolean;
}

/**
 * "近 700 人次", "12,920.00 元", "21.20 元/人次", "2025-04-30 前公开": an optional qualifier, a
 * number (a date counts as one: never split at its hyphens), a space and a unit of at most
 * four characters (Han or Latin letters, optionally "/" and a second unit).
 */
const NUMBER_WITH_UNIT =
  /(?:(?:近|约)\u00a0)?(?<![\d,.-])[-−+]?\d(?:[\d,.]|-(?=\d))*%?\u00a0[\p{Script=Han}A-Za-z%‰]{1,4}(?:\/[\p{Script=Han}A-Za-z]{1,3})?/gu;

/**
 * Splits a figure's display text (after keepUnits) into the pieces that must stay on one
 * line (each number with its unit) and the rest, which may wrap anywhere Chinese text
 * wraps. Only the number and its unit are held together, so a long figure
 * ("比2021年度增加 12,920.00 元，增长 59.08%" or a 大写 amount) still fills its lines and
 * never leaves a ragged gap. Joining the pieces' text gives the input back unchanged.
 */
export function figurePieces(text: string): FigurePiece[] {
  const pieces: FigurePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), keep: false });
    pieces.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}
