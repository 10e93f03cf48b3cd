import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';
import { decimalText, shiftDecimal } from '../../../src/lib/xlsx/number-text.ts';

describe('decimalText', () => {
  it.each([
    [1234.5599999999999, '1234.56'],
    [1234.5600000000002, '1234.56'],
    [0.1 + 0.2, '0.3'],
    [-87.5, '-87.5'],
    [120, '120'],
    [0, '0'],
    [-0, '0'],
    [1234.567, '1234.567'],
    [1 / 3, '0.333333333333333'],
    [0.000001, '0.000001'],
    [1e-7, '0.0000001'],
    [12345678901.23, '12345678901.23'],
    [1e15, '1000000000000000'],
    [123456789012345.67, '123456789012345.67'],
  ])('%s → %s', (value, text) => {
    expect(decimalText(value)).toBe(text);
  });

  it('turns binary floats into exact fen, and a value not a whole fen into 超过两位小数', () => {
    expect(parseAmount(decimalText(1234.5599999999999))).toEqual({ ok: true, fen: 123456 });
    expect(parseAmount(decimalText(0.07 * 100))).toEqual({ ok: true, fen: 700 });
    expect(parseAmount(decimalText(1234.567))).toEqual({ ok: false, reason: 'too-many-decimals' });
  });
});

describe('shiftDecimal', () => {
  it.each([
    ['12.3456', 4, '123456'],
    ['0.5', 4, '5000'],
    ['1.23456789', 4, '12345.6789'],
    ['-2', 4, '-20000'],
    ['0', 4, '0'],
    ['.5', 4, '5000'],
    ['¥12', 4, '¥12'],
    ['', 4, ''],
  ])('%s × 10^%s → %s', (text, places, shifted) => {
    expect(shiftDecimal(text, places)).toBe(shifted);
  });
});
