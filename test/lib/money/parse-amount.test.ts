import { MAX_AMOUNT_FEN } from '../../../src/lib/money/amount-limits.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToDecimalString, formatYuan } from '../../../src/lib/money/format-amount.ts';
import { type AmountProblem, describeAmountProblem, parseAmount } from '../../../src/lib/money/parse-amount.ts';

describe('parseAmount accepts', () => {
  it.each([
    ['plain yuan with two decimals', '1234.56', 123456],
    ['thousands separators', '1,234.56', 123456],
    ['several separator groups', '1,234,567.89', 123456789],
    ['separators without decimals', '12,345', 1234500],
    ['a ¥ sign', '¥1,234.56', 123456],
    ['a full-width ￥ sign', '￥1,234.56', 123456],
    ['a space after the currency sign', '¥ 100', 10000],
    ['a trailing 元', '1234.56元', 123456],
    ['a space before 元', '1234.56 元', 123456],
    ['surrounding spaces', ' 1234 ', 123400],
    ['surrounding ideographic spaces and tabs', '\u3000\t12\u3000', 1200],
    ['full-width digits and point', '１２３４．５６', 123456],
    ['full-width separators', '１，２３４．５６', 123456],
    ['an ASCII minus', '-1234.56', -123456],
    ['a U+2212 minus', '−1234.56', -123456],
    ['a full-width minus', '－１２', -1200],
    ['a minus before the currency sign', '-¥1,234.56', -123456],
    ['a minus after the currency sign', '¥-1,234.56', -123456],
    ['parentheses as negative', '(1,234.56)', -123456],
    ['full-width parentheses as negative', '（1,234.56）', -123456],
    ['parentheses around ¥ and 元', '(¥1,234.56元)', -123456],
    ['one decimal', '1234.5', 123450],
    ['a trailing zero decimal', '1234.50', 123450],
    ['zero', '0', 0],
    ['zero with decimals', '0.00', 0],
    ['minus zero as plain zero', '-0.00', 0],
    ['one fen', '0.01', 1],
    ['leading zeros without separators', '007', 700],
    ['the seed income total', '387,362.60', 38736260],
    ['the largest amount allowed (1000 亿元)', '100,000,000,000.00', MAX_AMOUNT_FEN],
  ])('%s: %j → %d fen', (_name, text, fen) => {
    const result = parseAmount(text);
    expect(result).toEqual({ ok: true, fen });
    if (result.ok) expect(Object.is(result.fen, -0)).toBe(false);
  });
});

describe.each<[AmountProblem, string[]]>([
  ['empty', ['', ' ', '\t', '\u3000', '\u3000 \u3000']],
  [
    'placeholder',
    [
      'xx',
      'XX',
      '20xx0',
      '××',
      'x元',
      '¥xx.00',
      '**',
      '＊＊',
      '#',
      '###',
      '□□',
      '？',
      '?',
      '○○',
      '某',
      '1,2xx.00',
      'ｘｘ',
      '__',
    ],
  ],
  [
    'not-a-number',
    [
      '.5',
      '1.',
      '12,34.5',
      '1,2345',
      ',123',
      '1,23',
      '0,123',
      '1,234,56',
      '1 234',
      'abc',
      '一千',
      '1.2.3',
      '+12',
      '--12',
      '-(12)',
      '(-12)',
      '(12',
      '12)',
      '¥',
      '元',
      '¥元',
      '1e5',
      '0b10',
      '12元整',
      '1234.56美元',
      '１２,３４',
      'Infinity',
      'NaN',
      '12%',
    ],
  ],
  ['too-many-decimals', ['1.234', '1.230', '0.001', '1,234.567', '-1.000']],
  ['too-large', ['100,000,000,000.01', '90,071,992,547,409.92', '100000000000000', '99999999999999999999999']],
])('parseAmount rejects as %s', (reason, texts) => {
  it.each(texts)('%j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });
});

describe('parseAmount round trip', () => {
  it('reads back every amount within the limit written by fenToDecimalString and formatYuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_AMOUNT_FEN, max: MAX_AMOUNT_FEN }), (fen) => {
        expect(parseAmount(fenToDecimalString(fen))).toEqual({ ok: true, fen: fen === 0 ? 0 : fen });
        expect(parseAmount(formatYuan(fen))).toEqual({ ok: true, fen: fen === 0 ? 0 : fen });
      }),
    );
  });
});

describe('parseAmount on arbitrary text', () => {
  it('never throws and yields either a safe integer fen or a known reason', () => {
    const reasons = ['empty', 'placeholder', 'not-a-number', 'too-many-decimals', 'too-large'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789,.-−¥￥元()（）１２．xX ') }), (text) => {
        const result = parseAmount(text);
        if (result.ok) expect(Number.isSafeInteger(result.fen)).toBe(true);
        else expect(reasons).toContain(result.reason);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeAmountProblem', () => {
  it.each<[AmountProblem, string]>([
    ['empty', '空白'],
    ['placeholder', '占位符（如 xx、××）'],
    ['not-a-number', '不是数字'],
    ['too-many-decimals', '超过两位小数'],
    ['too-large', '超过单笔金额上限 1000 亿元'],
  ])('describes %s as %s', (reason, text) => {
    expect(describeAmountProblem(reason)).toBe(text);
  });
});
