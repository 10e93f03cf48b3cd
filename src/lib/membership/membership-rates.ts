import { ratioBasisPoints } from '../numbers/rates.ts';
import type { Membership } from '../model/membership.ts';

type CountKey = 'members' | 'employees' | 'women' | 'retirees' | 'newMembers';

/** A membership rate: what is divided by what. Every rate must lie in 0–100%. */
export interface RateDefinition {
  label: string;
  numerator: CountKey;
  denominator: CountKey;
  /** Issue code when the numerator exceeds the denominator (the rate would pass 100%). */
  code: string;
}

/** Header of each count in membership.csv. */
export const COUNT_HEADERS: Readonly<Record<CountKey, string>> = {
  members: '会员人数',
  employees: '职工人数',
  women: '女会员人数',
  retirees: '退休会员人数',
  newMembers: '新入会人数',
};

/**
 * The rates the site publishes, each with its denominator. 入会率 = 会员人数 ÷ 职工人数;
 * the others are shares of the members. readMembership checks numerator ≤ denominator for
 * each, so every published rate lies in 0–100%.
 */
export const MEMBERSHIP_RATES: readonly RateDefinition[] = [
  { label: '入会率', numerator: 'members', denominator: 'employees', code: 'membership.more-members-than-employees' },
  { label: '女会员占比', numerator: 'women', denominator: 'members', code: 'membership.part-exceeds-members' },
  { label: '退休会员占比', numerator: 'retirees', denominator: 'members', code: 'membership.part-exceeds-members' },
  { label: '新入会占比', numerator: 'newMembers', denominator: 'members', code: 'membership.part-exceeds-members' },
];

/** A computed rate with its inputs, so a page can show "427 ÷ 468 = 91.24%". */
export interface MembershipRate {
  label: string;
  numeratorLabel: string;
  numerator: number;
  denominatorLabel: string;
  denominator: number;
  /** numerator ÷ denominator in basis points (0–10000). */
  bp: number;
}

/** The rates of a period that can be computed (both counts given, denominator > 0). */
export function membershipRates(m: Membership): MembershipRate[] {
  return MEMBERSHIP_RATES.flatMap((rate) => {
    const numerator = m[rate.numerator];
    const denominator = m[rate.denominator];
    if (numerator === undefined || denominator === undefined) return [];
    const bp = ratioBasisPoints(numerator, denominator);
    if (bp === null) return [];
    return [
      {
        label: rate.label,
        numeratorLabel: COUNT_HEADERS[rate.numerator],
        numerator,
        denominatorLabel: COUNT_HEADERS[rate.denominator],
        denominator,
        bp,
      },
    ];
  });
}
