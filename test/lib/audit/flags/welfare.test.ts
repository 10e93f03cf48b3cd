import { describe, expect, it } from 'vitest';
import { welfareFlag } from '../../../../src/lib/audit/flags/welfare.ts';

const base = { accounts: ['职工集体福利支出'], members: 400, months: 12, standardPerMemberFen: 200_000 };

describe('welfareFlag', () => {
  it('flags welfare spending per member per year above the declared standard', () => {
    const flag = welfareFlag({ ...base, spentFen: 80_000_100 });
    expect(flag?.summary).toBe('职工集体福利支出：人均每年 2,000.00 元');
    expect(flag?.detail).toContain('上限为 800,000.00 元');
  });

  it('scales the allowance to the months of the period and does not flag spending within it', () => {
    expect(welfareFlag({ ...base, months: 24, spentFen: 160_000_000 })).toBeUndefined();
    expect(welfareFlag({ ...base, spentFen: 80_000_000 })).toBeUndefined();
    expect(welfareFlag({ ...base, members: 0, spentFen: 1 })).toBeUndefined();
  });
});
