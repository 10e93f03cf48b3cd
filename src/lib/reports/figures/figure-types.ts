/**
 * What a report component resolves to. Every figure in a report's prose comes from a tag
 * such as `<Amount period="2021" account="会费收入" />`; the same pure resolver serves the
 * build-time check (which reports problems with the .mdx line) and the component (which
 * renders `text`), so what was checked is exactly what is printed.
 */

/** The attributes of a tag as written: all values are strings. */
export type TagProps = Readonly<Record<string, string | undefined>>;

/** Why a tag cannot be resolved, in Chinese, naming the attribute at fault. */
export interface FigureProblem {
  /** The attribute the problem is about (its position is reported); undefined: the tag. */
  attribute?: string;
  code: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

/** A resolved tag: the text it prints (empty for tables and charts) and the periods it cites. */
export interface Figure {
  text: string;
  /** Ids of the periods whose data the figure uses, for links to their statements. */
  periods: string[];
}

/** A figure or the problem that prevents it. */
export type FigureResult = { ok: true; figure: Figure } | { ok: false; problem: FigureProblem };

/** Shorthand for a failed resolution. */
export function fail(problem: FigureProblem): FigureResult {
  return { ok: false, problem };
}

/** Shorthand for a resolved figure. */
export function figure(text: string, periods: string[]): FigureResult {
  return { ok: true, figure: { text, periods } };
}
