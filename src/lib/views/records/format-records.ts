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

/** A rate with its parts: "35 ÷ 37 = 94.59%", or "— (分母为 0)" when it cannot be computed. */
export function formatCountRate(rate: CountRate): string {
  return rate.bp === null
    ? '—（分母为 0）'
    : `${formatCount(rate.numerator)} ÷ ${formatCount(rate.denominator)} = ${formatPercent(rate.bp)}`;
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
