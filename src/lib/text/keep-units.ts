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
    .replace(/(\d) (?=\S)/g, `$1${NO_BREAK_SPACE}`)
    .replace(/(^|[^\d\s])(近|约) (?=\d)/g, `$1$2${NO_BREAK_SPACE}`);
}
