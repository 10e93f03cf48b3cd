import type { Period } from '../periods/period.ts';
import { rollupActivities } from './activity-rollups.ts';
import { LEVELS, type Level } from './choices.ts';
import { honoursByYear } from './honour-rollups.ts';
import { proposalFunnel, type ProposalFunnel } from './proposal-funnel.ts';
import type { Quantity, QuantityUnit } from './quantity.ts';
import type { RecordsData } from '../model/records-data.ts';
import type { Activity } from './tables/activities.ts';
import type { AID_CATEGORIES } from './tables/aid.ts';

/**
 * Figures that reports (MDX) bind to, one pure function per record kind, keyed by period id
 * or session label as in the data. Nothing here is private.
 */

/**
 * Held activities of a period (of one category when given): count, cost (fen) and
 * participants per unit (人 and 人次 apart).
 */
export function activityFigures(
  records: RecordsData,
  periodId: string,
  category?: Activity['category'],
): { count: number; costFen: number; participants: Partial<Record<QuantityUnit, Quantity>> } {
  const r = rollupActivities(
    records.activities.filter((a) => a.periodId === periodId && (category === undefined || a.category === category)),
  );
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

/** Aid of one category (困难帮扶, 慰问 …) in a period: payments (人次) and total (fen); zeros when none. */
export function aidCategoryFigures(
  records: RecordsData,
  periodId: string,
  category: keyof typeof AID_CATEGORIES,
): { count: number; fen: number } {
  const group = records.aid.periods.find((p) => p.periodId === periodId)?.byCategory.find((g) => g.label === category);
  return { count: group?.count ?? 0, fen: group?.fen ?? 0 };
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

/**
 * Congress sessions held in a period (date within start–end, inclusive): their labels in
 * session order ("六届六次"), the matters voted on and those passed.
 */
export function congressFigures(
  records: RecordsData,
  period: Pick<Period, 'start' | 'end'>,
): { sessions: string[]; resolutions: number; passed: number } {
  const held = records.congress.filter((s) => period.start <= s.date && s.date <= period.end);
  const resolutions = held.flatMap((s) => s.resolutions);
  return {
    sessions: held.map((s) => s.session.label),
    resolutions: resolutions.length,
    passed: resolutions.filter((r) => r.passed).length,
  };
}

/** The calendar years a period covers from 1 January to 31 December: honours are kept by year. */
export function wholeYears(period: Pick<Period, 'start' | 'end'>): number[] {
  const years: number[] = [];
  for (let y = Number(period.start.slice(0, 4)); y <= Number(period.end.slice(0, 4)); y += 1) {
    if (period.start <= `${y}-01-01` && `${y}-12-31` <= period.end) years.push(y);
  }
  return years;
}

/** Honours of the given years: total, individual, collective and per level (本单位 … 全国). */
export function honourFigures(
  records: RecordsData,
  years: readonly number[],
): { total: number; individual: number; collective: number; byLevel: Record<Level, number> } {
  const rows = honoursByYear(records.honours).filter((y) => years.includes(y.year));
  const sum = (pick: (y: (typeof rows)[number]) => number) => rows.reduce((n, y) => n + pick(y), 0);
  const levels = Object.keys(LEVELS) as Level[];
  return {
    total: sum((y) => y.total),
    individual: sum((y) => y.individual),
    collective: sum((y) => y.collective),
    byLevel: Object.fromEntries(levels.map((l) => [l, sum((y) => y.byLevel[l])])) as Record<Level, number>,
  };
}
