import { formatYuan } from '../../money/format-amount.ts';
import type { AidGroup, AidPeriodSummary } from '../../records/aid-summary.ts';
import { formatShare } from '../../shares/largest-remainder.ts';
import { formatCount } from './format-records.ts';

/** A period's aid in one row, formatted: 人次, people, total, average per 人次. */
export interface AidPeriodRow {
  periodId: string;
  label: string;
  count: string;
  people: string;
  total: string;
  average: string;
  /** Total in fen, for a chart. */
  fen: number;
}

/** One row per period with aid. */
export function aidPeriodRows(summaries: readonly AidPeriodSummary[]): AidPeriodRow[] {
  return summaries.map((s) => ({
    periodId: s.periodId,
    label: s.periodLabel,
    count: `${formatCount(s.count)} 人次`,
    people: `${formatCount(s.people)} 人`,
    total: formatYuan(s.fen),
    average: formatYuan(s.averageFen),
    fen: s.fen,
  }));
}

/** A group (category, occasion, source) of a breakdown, formatted. */
export interface AidGroupRow {
  label: string;
  count: string;
  total: string;
  /** Share of the period's total amount, e.g. "12.34%"; the rows of a breakdown sum to 100.00%. */
  share: string;
  average: string;
  fen: number;
}

/** The rows of a breakdown, in the order given. */
export function aidGroupRows(groups: readonly AidGroup[]): AidGroupRow[] {
  return groups.map((g) => ({
    label: g.label,
    count: `${formatCount(g.count)} 人次`,
    total: formatYuan(g.fen),
    share: formatShare(g.shareBp),
    average: formatYuan(g.averageFen),
    fen: g.fen,
  }));
}
