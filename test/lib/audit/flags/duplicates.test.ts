import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../../src/lib/audit/flags/duplicates.ts';
import { ledger } from './ledger.ts';

describe('likelyDuplicates', () => {
  it('flags the same amount, account and memo under different vouchers within the days', () => {
    const lines = ledger(`
      2024-05-10 记-31 福利 慰问住院职工 400
      2024-05-13 记-35 福利 慰问住院职工。 400
      2024-05-12 记-33 文体 慰问住院职工 400
    `);
    const groups = likelyDuplicates(lines, 7);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.lines.map((l) => l.voucher)).toEqual(['记-31', '记-35']);
    expect(groups[0]!.summary).toBe('职工集体福利支出“慰问住院职工” 400.00 元，2 笔');
    expect(groups[0]!.detail).toContain('凭证号不同（记-31、记-35）');
  });

  it('does not flag one voucher with two lines, other memos, other amounts, or lines far apart', () => {
    const lines = ledger(`
      2024-05-10 记-31 福利 慰问住院职工 400
      2024-05-10 记-31 福利 慰问住院职工 400
      2024-05-11 记-32 福利 慰问住院职工（外科） 500
      2024-05-11 记-33 福利 慰问住院职工（内科） 500
      2024-05-12 记-34 福利 生育慰问 400
      2024-05-30 记-40 福利 慰问住院职工 400
      2024-05-12 记-41 会费 会费 400
      2024-05-13 记-42 会费 会费 400
    `);
    expect(likelyDuplicates(lines, 7)).toEqual([]);
  });

  it('does not flag a standard-rate payment that recurs in three or more months', () => {
    const lines = ledger(`
      2024-03-18 记-22 福利 慰问住院职工 400
      2024-03-22 记-27 福利 慰问住院职工 400
      2024-04-01 记-31 福利 慰问住院职工 400
      2024-06-18 记-70 福利 慰问住院职工 400
    `);
    expect(likelyDuplicates(lines, 7)).toEqual([]);
    expect(likelyDuplicates(lines.slice(0, 3), 7)).toHaveLength(1);
  });
});
