import { describe, expect, it } from 'vitest';
import { splitPayments } from '../../../../src/lib/audit/flags/split-payments.ts';
import { ledger } from './ledger.ts';

const options = { approvalLimitFen: 500_000, splitDays: 7 };

describe('splitPayments', () => {
  it('flags lines each under the limit, together over it, same account and memo words within the days', () => {
    const lines = ledger(`
      2024-03-04 记-1 建家 健身器材（第1批） 4800
      2024-03-06 记-2 建家 健身器材（第2批） 4600
      2024-03-09 记-3 建家 健身器材（第3批） 4900
      2024-03-05 记-4 文体 健身器材 100
    `);
    const groups = splitPayments(lines, options);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.lines.map((l) => l.voucher)).toEqual(['记-1', '记-2', '记-3']);
    expect(groups[0]!.summary).toBe(
      '建家活动支出“健身器材（第1批）”等 3 笔，2024-03-04 至 2024-03-09，合计 14,300.00 元',
    );
    expect(groups[0]!.detail).toContain('审批限额 5,000.00 元');
  });

  it('does not flag lines further apart than the days, under the limit together, or with other memos', () => {
    const lines = ledger(`
      2024-03-04 记-1 建家 健身器材 4800
      2024-03-12 记-2 建家 健身器材 4600
      2024-04-01 记-3 文体 球赛奖品 2000
      2024-04-02 记-4 文体 球赛奖品 2000
      2024-05-01 记-5 文体 羽毛球 4000
      2024-05-02 记-6 文体 篮球 4000
      2024-06-01 记-7 文体 - 4000
      2024-06-02 记-8 文体 - 4000
      2024-07-01 记-9 文体 观影 5000
      2024-07-02 记-10 文体 观影 100
    `);
    expect(splitPayments(lines, options)).toEqual([]);
  });

  it('takes a line into at most one group and starts the next group after it', () => {
    const lines = ledger(`
      2024-03-01 记-1 建家 维修 3000
      2024-03-05 记-2 建家 维修 3000
      2024-03-09 记-3 建家 维修 3000
      2024-03-13 记-4 建家 维修 3000
    `);
    expect(splitPayments(lines, options).map((g) => g.lines.map((l) => l.voucher))).toEqual([
      ['记-1', '记-2'],
      ['记-3', '记-4'],
    ]);
  });
});
