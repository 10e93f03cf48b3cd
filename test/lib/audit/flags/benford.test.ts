import { describe, expect, it } from 'vitest';
import type { AuditLine } from '../../../../src/lib/audit/flags/audit-line.ts';
import { BENFORD_EXPECTED_BP, benfordTable, firstDigit } from '../../../../src/lib/audit/flags/benford.ts';

function lines(n: number): AuditLine[] {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    date: '2024-01-01',
    voucher: `记-${i}`,
    accountCode: '50102',
    accountName: '文体活动支出',
    kind: 'expense' as const,
    memo: '活动',
    fen: ((i % 9) + 1) * 1_000 + 37,
  }));
}

describe('benfordTable', () => {
  it('counts first digits of at least 500 non-zero amounts, shares summing to 100.00%', () => {
    const table = benfordTable(lines(504))!;
    expect(table.sampleSize).toBe(504);
    expect(table.rows.map((r) => r.count)).toEqual([56, 56, 56, 56, 56, 56, 56, 56, 56]);
    expect(table.rows.reduce((s, r) => s + r.shareBp, 0)).toBe(10_000);
    expect(table.rows[0]!.expectedBp).toBe(3010);
  });

  it('gives no table below 500 lines, zero amounts not counted', () => {
    const sample = lines(500);
    sample[0] = { ...sample[0]!, fen: 0 };
    expect(benfordTable(sample)).toBeUndefined();
  });

  it("has Benford's expected shares summing to 100.00%, and reads the first digit of negative amounts", () => {
    expect(BENFORD_EXPECTED_BP.reduce((s, x) => s + x, 0)).toBe(10_000);
    expect([firstDigit(-4_500), firstDigit(7), firstDigit(123_456)]).toEqual([4, 7, 1]);
    for (const fen of [1, 9, 10, 99, 100, 999_999, 1_000_000, 987_654_321_012, 10 ** 15 - 1, -(2 ** 52)])
      expect(firstDigit(fen), String(fen)).toBe(Number(String(Math.abs(fen))[0]));
  });
});
