import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseUppercase } from '../../../src/lib/money/chinese-uppercase.ts';

describe('toChineseUppercase', () => {
  it.each([
    ['the seed income total', 38736260, '叁拾捌万柒仟叁佰陆拾贰元陆角'],
    ['the seed opening balance', 3222259, '叁万贰仟贰佰贰拾贰元伍角玖分'],
    ['the seed closing balance', 7003459, '柒万零叁拾肆元伍角玖分'],
    ['the seed expense total', 34955060, '叁拾肆万玖仟伍佰伍拾元陆角'],
    ['zero', 0, '零元整'],
    ['one yuan', 100, '壹元整'],
    ['ten yuan with 壹拾', 1000, '壹拾元整'],
    ['eleven yuan', 1100, '壹拾壹元整'],
    ['110 yuan', 11000, '壹佰壹拾元整'],
    ['one thousand yuan', 100000, '壹仟元整'],
    ['1001 yuan', 100100, '壹仟零壹元整'],
    ['1010 yuan', 101000, '壹仟零壹拾元整'],
    ['1050 yuan', 105000, '壹仟零伍拾元整'],
    ['1100 yuan', 110000, '壹仟壹佰元整'],
    ['1409.50, 零 inside the figure', 140950, '壹仟肆佰零玖元伍角'],
    ['6007.14, one 零 for a run of zeros', 600714, '陆仟零柒元壹角肆分'],
    ['1005.07, 元零 when 角 is zero', 100507, '壹仟零伍元零柒分'],
    ['16409.02', 1640902, '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', 32504, '叁佰贰拾伍元零肆分'],
    ['1680.32, no 零 between 元 and 角', 168032, '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53, 零 at the 万 place', 10700053, '壹拾万零柒仟元伍角叁分'],
    ['10.50', 1050, '壹拾元伍角'],
    ['10.05', 1005, '壹拾元零伍分'],
    ['ten thousand yuan', 1000000, '壹万元整'],
    ['100 thousand yuan with 壹拾万', 10000000, '壹拾万元整'],
    ['201000 yuan, 零 for the zero 万 place', 20100000, '贰拾万零壹仟元整'],
    ['100100 yuan', 10010000, '壹拾万零壹佰元整'],
    ['1,000,000.01', 100000001, '壹佰万元零壹分'],
    ['10,000,100, 零 after a whole 万 group', 1000010000, '壹仟万零壹佰元整'],
    ['one 亿 yuan', 10000000000, '壹亿元整'],
    ['one 亿 and one yuan, 零 across an empty 万 group', 10000000100, '壹亿零壹元整'],
    ['120,000,000 yuan', 12000000000, '壹亿贰仟万元整'],
    ['101,000,001 yuan', 10100000100, '壹亿零壹佰万零壹元整'],
    ['100,010,000 yuan', 10001000000, '壹亿零壹万元整'],
    ['one billion yuan', 100000000000, '壹拾亿元整'],
    ['one 万亿 yuan', 100000000000000, '壹万亿元整'],
    ['1 万亿 and 1 亿 yuan', 100010000000000, '壹万零壹亿元整'],
    ['the largest safe amount', Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
    ['only 角 and 分, without 零元', 56, '伍角陆分'],
    ['only 角', 50, '伍角'],
    ['only 分', 5, '伍分'],
    ['one 分', 1, '壹分'],
    ['a negative amount', -1000, '负壹拾元整'],
    ['a negative amount below one yuan', -56, '负伍角陆分'],
  ])('%s: %d fen → %s', (_name, fen, words) => {
    expect(toChineseUppercase(fen)).toBe(words);
  });

  it.each([0.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('rejects %d', (fen) => {
    expect(() => toChineseUppercase(fen)).toThrow(RangeError);
  });
});

/** Independent reader of 大写金额 back to fen, used as an oracle. */
function readUppercase(words: string): bigint {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const places: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
  let negative = false;
  let rest = words;
  if (rest.startsWith('负')) {
    negative = true;
    rest = rest.slice(1);
  }
  let yi = 0n;
  let wan = 0n;
  let section = 0n;
  let digit = 0n;
  let yuan = 0n;
  let fen = 0n;
  for (const ch of rest) {
    const d = digits.indexOf(ch);
    const place = places[ch];
    if (d >= 0) {
      digit = BigInt(d);
      continue;
    }
    if (place !== undefined) section += digit * place;
    else if (ch === '万') [wan, section] = [(section + digit) * 10_000n, 0n];
    else if (ch === '亿') [yi, wan, section] = [(yi + wan + section + digit) * 100_000_000n, 0n, 0n];
    else if (ch === '元') yuan = yi + wan + section + digit;
    else if (ch === '角') fen += digit * 10n;
    else if (ch === '分') fen += digit;
    else if (ch !== '整') throw new Error(`unexpected ${ch}`);
    digit = 0n;
  }
  const total = yuan * 100n + fen;
  return negative ? -total : total;
}

describe('toChineseUppercase on any safe amount', () => {
  const amounts = fc.oneof(
    fc.maxSafeInteger(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    // sparse digits: many zeros in every position
    fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 }).map((ds) => {
      const n = Number(ds.join(''));
      return Number.isSafeInteger(n) ? n : 0;
    }),
  );

  it('reads back to the same amount', () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(readUppercase(toChineseUppercase(fen))).toBe(BigInt(fen));
      }),
      { numRuns: 3000 },
    );
  });

  it('follows the writing rules', () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        fc.pre(fen !== 0); // '零元整' is the one special case, tested above
        const words = toChineseUppercase(fen);
        expect(words).toMatch(/^负?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        expect(words).not.toMatch(/零零|零[元万亿角分整拾佰仟]|^负?[拾佰仟万亿]|[元角分]零?[拾佰仟万亿]/);
        expect(words).not.toMatch(/^负?零/);
        expect(words.endsWith('整')).toBe(fen % 100 === 0);
        expect(words.startsWith('负')).toBe(fen < 0);
      }),
      { numRuns: 3000 },
    );
  });
});
