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
  /** Total in fen, for a chart (0 for a withheld period). */
  fen: number;
  /** Why the period's figures are not published (fewer people than the minimum group size). */
  withheld?: string;
}

/** Why a group or period is not published on its own: "少于 3 人，不单独公开". */
export function withheldNote(minGroupSize: number): string {
  return `少于 ${minGroupSize} 人，不单独公开`;
}

/** One row per period with aid; a withheld period shows dashes and the reason. */
export function aidPeriodRows(summaries: readonly AidPeriodSummary[]): AidPeriodRow[] {
  return summaries.map((s) =>
    s.hidden
      ? {
          periodId: s.periodId,
          label: s.periodLabel,
          count: '—',
          people: '—',
          total: '—',
          average: '—',
          fen: 0,
          withheld: withheldNote(s.minGroupSize),
        }
      : {
          periodId: s.periodId,
          label: s.periodLabel,
          count: `${formatCount(s.count)} 人次`,
          people: `${formatCount(s.people)} 人`,
          total: formatYuan(s.fen),
          average: formatYuan(s.averageFen),
          fen: s.fen,
        },
  );
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
  /** On the merged group: what it holds and why, for a note under the table. */
  note?: string;
}

/** The rows of a breakdown, in the order given; the merged group carries its note. */
export function aidGroupRows(groups: readonly AidGroup[], minGroupSize: number): AidGroupRow[] {
  return groups.map((g) => ({
    label: g.label,
    count: `${formatCount(g.count)} 人次`,
    total: formatYuan(g.fen),
    share: formatShare(g.shareBp),
    average: formatYuan(g.averageFen),
    fen: g.fen,
    ...(g.merged
      ? {
          note: `“${g.label}”合并了 ${g.merged} 项：其中有的项${withheldNote(minGroupSize)}，为免由合计推算出来，与人数最少的其他项合并列示。`,
        }
      : {}),
  }));
}
