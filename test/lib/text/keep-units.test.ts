import { describe, expect, it } from 'vitest';
import { figurePieces, keepUnits } from '../../../src/lib/text/keep-units.ts';

const N = '\u00a0';

describe('keepUnits', () => {
  it.each([
    ['16 项', `16${N}项`],
    ['2,406 余人', `2,406${N}余人`],
    ['近 700 人次', `近${N}700${N}人次`],
    ['约 1,841 人', `约${N}1,841${N}人`],
    ['1,234.56 元', `1,234.56${N}元`],
    ['比2021年度增加 12,920.00 元，增长 59.08%', `比2021年度增加 12,920.00${N}元，增长 59.08%`],
    ['占本期支出合计的 78.66%', '占本期支出合计的 78.66%'],
    ['与2022年度持平', '与2022年度持平'],
    ['伍万贰仟叁佰陆拾捌元伍角', '伍万贰仟叁佰陆拾捌元伍角'],
  ])('“%s” → “%s”', (text, shown) => {
    expect(keepUnits(text)).toBe(shown);
  });
});

describe('figurePieces', () => {
  const pieces = (text: string) =>
    figurePieces(keepUnits(text)).map((p) => (p.keep ? `[${p.text.replaceAll(N, ' ')}]` : p.text));
  it.each([
    ['16 项', ['[16 项]']],
    ['近 700 人次', ['[近 700 人次]']],
    ['-14,421.45 元', ['[-14,421.45 元]']],
    ['21.20 元/人次', ['[21.20 元/人次]']],
    ['比2021年度增加 12,920.00 元，增长 59.08%', ['比2021年度增加 ', '[12,920.00 元]', '，增长 59.08%']],
    ['伍万贰仟叁佰陆拾捌元伍角', ['伍万贰仟叁佰陆拾捌元伍角']],
    ['占本期支出合计的 78.66%', ['占本期支出合计的 78.66%']],
    ['28 人次，较上年 12 人次', ['[28 人次]', '，较上年 ', '[12 人次]']],
    ['应于 2025-04-30 前公开，已逾期 61 天', ['应于 ', '[2025-04-30 前公开]', '，已逾期 ', '[61 天]']],
  ])('“%s” holds together %j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('gives the text back unchanged when its pieces are joined', () => {
    for (const text of ['近 700 人次', '比2021年度增加 12,920.00 元，增长 59.08%', '', '与2022年度持平'])
      expect(
        figurePieces(keepUnits(text))
          .map((p) => p.text)
          .join(''),
      ).toBe(keepUnits(text));
  });
});
