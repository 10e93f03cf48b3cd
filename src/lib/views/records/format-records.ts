import { formatYuan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import type { ParticipantTotal } from '../../records/activity-rollups.ts';
import type { CountRate } from '../../records/proposal-funnel.ts';
import { formatQuantity } from '../../records/quantity.ts';

/** Participants per unit, never added across units: "1,200余人次；350人；8支队", or "—". */
export function formatParticipants(totals: readonly ParticipantTotal[]): string {
  return totals.length ? totals.map((t) => formatQuantity(t.total)).join('；') : '—';
}

/** Cost per participant per unit: "12.50 元/人次；30.00 元/人", or "—" when none can be computed. */
export function formatCostPerParticipant(totals: readonly ParticipantTotal[]): string {
  const parts = totals.flatMap((t) =>
    t.costPerParticipantFen === null ? [] : [`${formatYuan(t.costPerParticipantFen)} 元/${t.unit}`],
  );
  return parts.length ? parts.join('；') : '—';
}

/** A count with thousands separators: 1234 → "1,234". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The words of a rate for members: what is counted (`whole`), the part, and the unit. */
export interface RateWords {
  /** What the denominator counts: "立案". */
  whole: string;
  /** What the numerator counts: "已答复". */
  part: string;
  /** "件", "人", "票". */
  unit: string;
}

/**
 * A rate as a member reads it, the percentage first and then what it counts:
 * "88.89%（立案 81 件中已答复 72 件）", or "—（没有可计算的件数）" when the denominator
 * is 0. The formula itself is shown on the audit page only.
 */
export function formatCountRate(rate: CountRate, words: RateWords): string {
  if (rate.bp === null) return `—（没有${words.whole}的${words.unit}数）`;
  return `${formatPercent(rate.bp)}（${rateCountsInWords(rate, words)}）`;
}

/** The counts of a rate in words, without the percentage: "立案 81 件中已办结 79 件". */
export function rateCountsInWords(rate: CountRate, words: RateWords): string {
  return `${words.whole} ${formatCount(rate.denominator)} ${words.unit}中${words.part} ${formatCount(rate.numerator)} ${words.unit}`;
}

/** A month "2022-03" as "2022年3月"; with `short`, "3月". */
export function formatMonth(month: string, short = false): string {
  const [year, m] = month.split('-');
  return short ? `${Number(m)}月` : `${year}年${Number(m)}月`;
}

/** A date or a date range: "2022-04-06 至 2022-06-29". */
export function formatDateRange(start: string, end?: string): string {
  return end && end !== start ? `${start} 至 ${end}` : start;
}
