import { describe, expect, it } from 'vitest';
import { formatWan, formatYuan } from '../../../src/lib/money/format-amount.ts';

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [99_999, '999.99'],
    [100_000, '1,000.00'],
    [38_736_260, '387,362.60'],
    [-123_450, '-1,234.50'],
    [-5, '-0.05'],
    [123_456_789_012, '1,234,567,890.12'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('%i fen → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));

  it.each([0.5, NaN, 2 ** 53])('rejects %d', (fen) => expect(() => formatYuan(fen)).toThrow(RangeError));
});

describe('formatWan', () => {
  it.each([
    [38_736_260, 2, '38.74'],
    [1_234_567_890_000, 2, '1,234,567.89'],
    [999_999_999, 0, '1,000'],
    [-4_999, 2, '0.00'],
  ])('%i fen with %i decimals → %s', (fen, decimals, text) => expect(formatWan(fen, decimals)).toBe(text));
});
