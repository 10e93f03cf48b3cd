import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findPlaceholders,
  isAllowedPlaceholder,
  mayHoldPlaceholder,
  scanPlaceholders,
} from '../../../src/lib/text/find-placeholders.ts';

describe('findPlaceholders', () => {
  it.each([
    ['卫生局工会回拨会费20xx0元', ['20xx0']],
    ['xx年工作报告', ['xx']],
    ['20XX年度', ['20XX']],
    ['会议费58xx.00元', ['58xx.00']],
    ['全角ｘｘ元', ['ｘｘ']],
    ['共x人参加', ['x']],
    ['第×届委员会', ['×']],
    ['×××同志', ['×××']],
    ['□满意 □不满意', ['□', '□']],
    ['签字：______', ['______']],
    ['20##年', ['20##']],
    ['编号**', ['**']],
  ])('finds the placeholder in “%s”', (text, expected) => {
    expect(findPlaceholders(text).map((m) => m.text)).toEqual(expected);
  });

  it.each([
    '工资总额1160万元×2%，工会留成60%',
    '篮球赛队服（尺码XL、XXL、XXXL）',
    '3x3篮球赛',
    'X光室职工慰问',
    '七届三次职代会会议资料印刷',
    'data_2023.csv',
  ])('leaves “%s” alone', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('gives the index in the original text', () => {
    expect(findPlaceholders('收入xx元，支出××元')).toEqual([
      { index: 2, text: 'xx' },
      { index: 8, text: '××' },
    ]);
  });

  it('in Markdown counts escaped asterisks but not emphasis', () => {
    expect(findPlaceholders('**重点**工作', { markdown: true })).toEqual([]);
    expect(findPlaceholders('为\\*\\*\\*发展保驾护航', { markdown: true }).map((m) => m.text)).toEqual(['\\*\\*\\*']);
  });
});

describe('isAllowedPlaceholder', () => {
  const text = '问卷选项“□满意 □不满意”';
  const matches = findPlaceholders(text);

  it('allows a match covered by an allowed phrase', () => {
    expect(matches.map((m) => isAllowedPlaceholder(text, m, ['□满意']))).toEqual([true, false]);
    expect(matches.map((m) => isAllowedPlaceholder(text, m, ['□满意', '□不满意']))).toEqual([true, true]);
  });

  it('does not allow by a phrase elsewhere in the text', () => {
    expect(isAllowedPlaceholder(text, matches[0]!, ['满意'])).toBe(false);
  });
});

describe('mayHoldPlaceholder', () => {
  const shapes = (c: string) => [`2${c}${c}${c}元`, `${c}${c}`, `1${c}#`, `\\${c}\\${c}`];

  it('is true for every character some placeholder is made of (every BMP character tried)', () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of shapes(c)) {
        const found = scanPlaceholders(text).length + scanPlaceholders(text, { markdown: true }).length;
        if (found > 0 && !mayHoldPlaceholder(text)) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('gives findPlaceholders the result of the full scan on mixed texts', () => {
    const alphabet = [...'xX×□☐_#*ｘＸ＿＃＊\\0123456789元人年届第.,% 职工慰问abcXL'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), fc.boolean(), (chars, markdown) => {
        const text = chars.join('');
        expect(findPlaceholders(text, { markdown })).toEqual(scanPlaceholders(text, { markdown }));
        if (!mayHoldPlaceholder(text)) expect(scanPlaceholders(text, { markdown })).toEqual([]);
      }),
      { seed: 1515, numRuns: 2000 },
    );
  });

  it('is false for a plain memo', () => {
    expect(mayHoldPlaceholder('1月职工生日蛋糕券')).toBe(false);
    expect(mayHoldPlaceholder('工资总额1160万元×2%')).toBe(true);
  });
});
