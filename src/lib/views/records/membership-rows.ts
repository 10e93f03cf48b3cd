import { membershipRates, MEMBERSHIP_RATES } from '../../membership/membership-rates.ts';
import type { Membership } from '../../membership/membership-table.ts';
import { formatPercent } from '../../numbers/rates.ts';
import { formatCount } from './format-records.ts';

/** A period's membership, formatted, with each rate in words "91.24%（职工 468 人中会员 427 人）". */
export interface MembershipRow {
  label: string;
  employees: string;
  members: string;
  women: string;
  retirees: string;
  newMembers: string;
  /** Change of members against the previous row, e.g. "+6" ("—" for the first). */
  change: string;
  /** One entry per MEMBERSHIP_RATES, "—" when a count is missing. */
  rates: string[];
  /** Change of 入会率 against the previous row in percentage points, e.g. "−0.49 个百分点", or "—". */
  joinRateChange: string;
}

function joinRateBp(m: Membership | undefined): number | undefined {
  return m ? membershipRates(m).find((r) => r.label === '入会率')?.bp : undefined;
}

/** The rate labels, in the order of {@link MembershipRow.rates}. */
export const RATE_LABELS: readonly string[] = MEMBERSHIP_RATES.map((r) => r.label);

const count = (n: number | undefined): string => (n === undefined ? '—' : formatCount(n));

/** Rows in period order; `entries` pairs each period label with its membership. */
export function membershipRows(entries: readonly { label: string; membership: Membership }[]): MembershipRow[] {
  return entries.map(({ label, membership: m }, i) => {
    const rates = membershipRates(m);
    const previous = entries[i - 1]?.membership.members;
    const change =
      previous === undefined
        ? '—'
        : `${m.members - previous > 0 ? '+' : m.members - previous < 0 ? '−' : '±'}${Math.abs(m.members - previous)}`;
    const now = joinRateBp(m);
    const before = joinRateBp(entries[i - 1]?.membership);
    const joinRateChange =
      now === undefined || before === undefined
        ? '—'
        : `${formatPercent(now - before, { signed: true }).replace('%', '')} 个百分点`;
    return {
      label,
      joinRateChange,
      employees: count(m.employees),
      members: count(m.members),
      women: count(m.women),
      retirees: count(m.retirees),
      newMembers: count(m.newMembers),
      change,
      rates: RATE_LABELS.map((label) => {
        const r = rates.find((x) => x.label === label);
        return r
          ? `${formatPercent(r.bp)}（${r.denominatorLabel.replace(/人数$/, '')} ${formatCount(r.denominator)} 人中${r.numeratorLabel.replace(/人数$/, '')} ${formatCount(r.numerator)} 人）`
          : '—';
      }),
    };
  });
}
