import { describe, expect, it } from 'vitest';
import { medianFen, periodMonths, yearEndConcentration } from '../../../../src/lib/audit/flags/year-end.ts';
import { ledger } from './ledger.ts';

const year = { start: '2024-01-01', end: '2024-12-31' };

describe('yearEndConcentration', () => {
  it('flags an account whose last month reaches the factor times its monthly median', () => {
    const lines = ledger(`
      2024-02-10 记-1 文体 活动 1000
      2024-05-10 记-2 文体 活动 1200
      2024-08-10 记-3 文体 活动 900
      2024-12-20 记-4 文体 年末活动 2000
      2024-12-25 记-5 文体 年末活动 1600
      2024-06-10 记-6 建家 维修 1000
      2024-12-10 记-7 建家 维修 1000
    `);
    const groups = yearEndConcentration(lines, year, 30);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.summary).toBe('文体活动支出：12 月支出 3,600.00 元，2 笔');
    expect(groups[0]!.detail).toContain('月中位数为 1,000.00 元');
    expect(groups[0]!.lines.map((l) => l.voucher)).toEqual(['记-4', '记-5']);
  });

  it('does not flag a last month below the factor, or an account spent only in the last month', () => {
    const lines = ledger(`
      2024-02-10 记-1 文体 活动 1000
      2024-05-10 记-2 文体 活动 1000
      2024-12-20 记-3 文体 年末活动 2999
      2024-12-10 记-4 建家 维修 90000
    `);
    expect(yearEndConcentration(lines, year, 30)).toEqual([]);
  });

  it('lists the months of a period and takes the lower middle value as median', () => {
    expect(periodMonths('2019-11-01', '2020-02-29')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(medianFen([5, 1, 3])).toBe(3);
    expect(medianFen([4, 1, 3, 2])).toBe(2);
  });
});
