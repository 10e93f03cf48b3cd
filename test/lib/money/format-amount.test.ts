import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToDecimalString, formatWan, formatYuan } from '../../../src/lib/money/format-amount.ts';

describe('formatYuan', () => {
  it.each([
    [38736260, '387,362.60'],
    [-123450, '-1,234.50'],
    [0, '0.00'],
    [1, '0.01'],
    [-1, '-0.01'],
    [99, '0.99'],
    [100, '1.00'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [3222259, '32,222.59'],
    [123456789012, '1,234,567,890.12'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
    [-Number.MAX_SAFE_INTEGER, '-90,071,992,547,409.91'],
  ])('formats %d fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([0.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('rejects %d as not a safe integer', (fen) => {
    expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});

describe('formatWan', () => {
  it.each([
    [38736260, undefined, '38.74'],
    [38736260, 2, '38.74'],
    [38736260, 0, '39'],
    [38736260, 1, '38.7'],
    [38736260, 4, '38.7363'],
    [38736260, 6, '38.736260'],
    [0, undefined, '0.00'],
    [1_000_000, undefined, '1.00'],
    [21_800_000, undefined, '21.80'],
    [5_000, undefined, '0.01'],
    [4_999, undefined, '0.00'],
    [-5_000, undefined, '-0.01'],
    [-4_999, undefined, '0.00'],
    [-38736260, undefined, '-38.74'],
    [1_234_567_890_000, undefined, '1,234,567.89'],
    [9_995_000, 2, '10.00'],
    [Number.MAX_SAFE_INTEGER, 2, '9,007,199,254.74'],
  ])('formats %d fen with %s decimals as %s 万元', (fen, decimals, text) => {
    expect(formatWan(fen, decimals)).toBe(text);
  });

  it.each([-1, 7, 1.5])('rejects %d decimals', (decimals) => {
    expect(() => formatWan(100, decimals)).toThrow(RangeError);
  });

  it('rejects a non-integer amount', () => {
    expect(() => formatWan(0.5)).toThrow(RangeError);
  });

  it('is symmetric for negative amounts', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 6 }), (fen, decimals) => {
        const positive = formatWan(Math.abs(fen), decimals);
        const negative = formatWan(-Math.abs(fen), decimals);
        expect(negative === positive || negative === `-${positive}`).toBe(true);
        expect(negative.startsWith('-')).toBe(/[1-9]/.test(positive));
      }),
    );
  });
});

describe('fenToDecimalString', () => {
  it.each([
    [38736260, '387362.60'],
    [-123450, '-1234.50'],
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %d fen as %s', (fen, text) => {
    expect(fenToDecimalString(fen)).toBe(text);
  });

  it('agrees with formatYuan once the separators are removed', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        expect(fenToDecimalString(fen)).toBe(formatYuan(fen).replaceAll(',', ''));
      }),
    );
  });

  it('equals the exact BigInt division of fen by 100', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const abs = BigInt(Math.abs(fen));
        const expected = `${fen < 0 ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        expect(fenToDecimalString(fen)).toBe(expected);
      }),
    );
  });
});
