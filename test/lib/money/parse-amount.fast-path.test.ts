import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToDecimalString, formatYuan } from '../../../src/lib/money/format-amount.ts';
import { parseAmount } from '../../../src/lib/money/parse-amount.ts';

describe('parseAmount', () => {
  // Plain amounts take a fast path; everything else the general one. Both are listed here.
  it.each([
    ['1234.56', 123456],
    ['87.5', 8750],
    ['120', 12000],
    ['0', 0],
    ['0012.5', 1250],
    ['-87.05', -8705],
    ['99999999999.99', 9999999999999],
    ['12345678901', 1234567890100],
    ['1,234.56', 123456],
    ['¥1,234.56', 123456],
    ['￥-5', -500],
    ['1234.56元', 123456],
    ['(1,234.56)', -123456],
    ['（1,234.56）', -123456],
    ['−3.10', -310],
    ['１２３４．５６', 123456],
    [' 12.30 ', 1230],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseAmount(text)).toEqual({ ok: true, fen });
  });

  it.each(['-0', '-0.00', '(0)'])('reads %j as 0, never -0', (text) => {
    const result = parseAmount(text);
    expect(result.ok && Object.is(result.fen, 0)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['20xx0', 'placeholder'],
    ['××', 'placeholder'],
    ['1.', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['1,23.00', 'not-a-number'],
    ['1 234', 'not-a-number'],
    ['1.234', 'too-many-decimals'],
    ['-1.234', 'too-many-decimals'],
    ['90071992547409.92', 'too-large'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it('reads back every amount it formats, plain or with separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (fen) => {
        expect(parseAmount(fenToDecimalString(fen))).toEqual({ ok: true, fen: fen === 0 ? 0 : fen });
        expect(parseAmount(formatYuan(fen))).toEqual({ ok: true, fen: fen === 0 ? 0 : fen });
      }),
    );
  });
});
