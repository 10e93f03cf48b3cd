import { describe, expect, it } from 'vitest';
import { membershipRates } from '../../../src/lib/membership/membership-rates.ts';

describe('membershipRates', () => {
  it('computes each rate with its numerator and denominator (2024 of the demo data)', () => {
    const rates = membershipRates({
      line: 6,
      periodId: '2024',
      employees: 468,
      members: 427,
      women: 301,
      retirees: 15,
      newMembers: 13,
    });
    expect(rates.map((r) => `${r.label} ${r.numerator}÷${r.denominator} ${r.bp}`)).toEqual([
      '入会率 427÷468 9124',
      '女会员占比 301÷427 7049',
      '退休会员占比 15÷427 351',
      '新入会占比 13÷427 304',
    ]);
  });

  it('leaves out a rate whose counts are missing or whose denominator is 0', () => {
    expect(membershipRates({ line: 2, periodId: '2022', members: 0, women: 0 }).map((r) => r.label)).toEqual([]);
  });
});
