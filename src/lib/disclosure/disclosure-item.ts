import type { Audience, DisclosureKind } from './kinds.ts';

/**
 * One published (or to-be-published) item of the site, as a source function contributes
 * it to the disclosure register. Dates are ISO "YYYY-MM-DD". Sources are pure functions
 * over checked data (e.g. `fundStatementItems(site)`); the register never keeps a list
 * by hand.
 */
export interface DisclosureItem {
  kind: DisclosureKind;
  /** What a reader sees in the register, e.g. "2024年度经费收支表". */
  title: string;
  /** The period of periods.csv the item belongs to, when it belongs to one. */
  periodId?: string;
  /** That period's label, e.g. "2024年度". */
  periodLabel?: string;
  /** First day the item covers (a period's start, a meeting's date). */
  coversStart: string;
  /** Last day the item covers (a period's end, a meeting's date); ≥ coversStart. */
  coversEnd: string;
  /**
   * The day the item was disclosed (posted on the notice board and the site). Undefined
   * when the data is there but staff have not recorded a disclosure date yet: the
   * register then counts it as not yet published.
   */
  publishedOn?: string;
  /** Who it is addressed to; the schedule's 公开对象 takes precedence for scheduled kinds. */
  audience: Audience;
  /** Last day of a time-limited notice (公示); after it the notice is expired. */
  endsOn?: string;
  /** Dates (ISO, ascending) the item's published figures were corrected (corrections.csv); the register shows 已更正. */
  correctedOn?: readonly string[];
  /** Page of the item, relative to the site root as passed to href() ("funds/2024/"). */
  href?: string;
}
