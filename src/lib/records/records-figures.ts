import { rollupActivities } from './activity-rollups.ts';
import { proposalFunnel, type ProposalFunnel } from './proposal-funnel.ts';
import type { Quantity, QuantityUnit } from './quantity.ts';
import type { RecordsData } from './records-data.ts';

/**
 * Figures that reports (MDX) bind to, one pure function per record kind, keyed by period id
 * or session label as in the data. Nothing here is private.
 */

/** Held activities of a period: count, cost (fen) and participants per unit (人 and 人次 apart). */
export function activityFigures(
  records: RecordsData,
  periodId: string,
): { count: number; costFen: number; participants: Partial<Record<QuantityUnit, Quantity>> } {
  const r = rollupActivities(records.activities.filter((a) => a.periodId === periodId));
  return {
    count: r.count,
    costFen: r.costFen,
    participants: Object.fromEntries(r.participants.map((p) => [p.unit, p.total])),
  };
}

/** Aid of a period: payments (人次), different people, total (fen); zeros when there is none. */
export function aidFigures(records: RecordsData, periodId: string): { count: number; people: number; fen: number } {
  const s = records.aid.periods.find((p) => p.periodId === periodId);
  return { count: s?.count ?? 0, people: s?.people ?? 0, fen: s?.fen ?? 0 };
}

/** The funnel of the proposals (提案 only, or 合理化建议) of the given sessions ("六届六次"), or of all. */
export function proposalFigures(
  records: RecordsData,
  options: { sessions?: readonly string[]; kind?: '提案' | '合理化建议' } = {},
): ProposalFunnel {
  const kind = options.kind ?? '提案';
  return proposalFunnel(
    records.proposals.filter(
      (p) => p.kind === kind && (!options.sessions || options.sessions.includes(p.session.label)),
    ),
  );
}
