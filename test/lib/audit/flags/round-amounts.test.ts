import { describe, expect, it } from 'vitest';
import { isRoundFen, roundAmounts } from '../../../../src/lib/audit/flags/round-amounts.ts';
import { ledger } from './ledger.ts';

const earlier = ledger(`
  2022-01-10 记-1 文体 活动 123.50
  2022-02-10 记-2 文体 活动 1000
  2022-03-10 记-3 文体 活动 245.80
  2022-04-10 记-4 文体 活动 318.20
  2022-05-10 记-5 文体 活动 402.10
  2022-06-10 记-6 文体 活动 77.70
`);

describe('roundAmounts', () => {
  it("flags an account whose share of whole hundreds is 25 points above its share in the union's other periods", () => {
    const now = ledger(`
      2024-01-10 记-1 文体 活动 500
      2024-02-10 记-2 文体 活动 1200
      2024-03-10 记-3 文体 活动 800
      2024-04-10 记-4 文体 活动 88.50
      2024-05-10 记-5 文体 活动 300
    `);
    const groups = roundAmounts(now, [earlier]);
    expect(groups.map((g) => g.summary)).toEqual(['文体活动支出：5 笔中 4 笔为整百元（80.00%）']);
    expect(groups[0]!.detail).toContain('6 笔中整百元占 16.67%');
    expect(groups[0]!.lines).toHaveLength(4);
  });

  it('does not flag a share close to the other periods, too few lines, or no period to compare', () => {
    const now = ledger(`
      2024-01-10 记-1 文体 活动 500
      2024-02-10 记-2 文体 活动 120.50
      2024-03-10 记-3 文体 活动 80.20
      2024-04-10 记-4 文体 活动 88.50
      2024-05-10 记-5 文体 活动 30.30
      2024-05-10 记-6 建家 维修 300
    `);
    expect(roundAmounts(now, [earlier])).toEqual([]);
    expect(roundAmounts(ledger('2024-01-10 记-1 文体 活动 500'), [earlier])).toEqual([]);
    expect(roundAmounts(earlier, [])).toEqual([]);
  });

  it('counts only whole multiples of 100 yuan', () => {
    expect([10_000, 50_000, 5_000, 10_050, 0].map(isRoundFen)).toEqual([true, true, false, false, false]);
  });
});
