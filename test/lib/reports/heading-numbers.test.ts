import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  headingLabel,
  numberHeadings,
  parseHandNumber,
} from '../../../src/lib/reports/heading-numbers.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [35, '三十五'],
    [99, '九十九'],
  ])('%i → %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it.each([0, 100, 1.5])('rejects %s', (n) => expect(() => chineseNumeral(n)).toThrow(RangeError));
});

describe('numberHeadings', () => {
  it('numbers four levels in the official style and restarts under each parent', () => {
    expect(numberHeadings([2, 3, 3, 4, 5, 5, 4, 3, 2, 3, 2])).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.',
      '（1）',
      '（2）',
      '2.',
      '（三）',
      '二、',
      '（一）',
      '三、',
    ]);
  });

  it('leaves # and ###### unnumbered', () => {
    expect(numberHeadings([1, 2, 6, 2])).toEqual([undefined, '一、', undefined, '二、']);
  });

  it('counts past ten', () => {
    expect(numberHeadings(Array(12).fill(2)).slice(9)).toEqual(['十、', '十一、', '十二、']);
  });
});

describe('parseHandNumber', () => {
  it.each([
    ['二、深化民主管理', 1, 2, '二、'],
    ['（三）关心退休职工', 2, 3, '（三）'],
    ['(一)加强思想教育', 2, 1, '(一)'],
    ['1. 开展技能竞赛', 3, 1, '1. '],
    ['12、组织培训', 3, 12, '12、'],
    ['（2）护理技能竞赛', 4, 2, '（2）'],
  ])('reads “%s”', (text, level, n, raw) => {
    expect(parseHandNumber(text)).toEqual({ level, n, raw });
  });

  it.each(['工作回顾', '2023年工作回顾', '一是加强学习', '2.5倍增长'])('finds no number in “%s”', (text) => {
    expect(parseHandNumber(text)).toBeUndefined();
  });

  it('reads back every label it produces', () => {
    for (const level of [1, 2, 3, 4] as const) {
      for (const n of [1, 7, 10, 23]) expect(parseHandNumber(headingLabel(level, n))).toMatchObject({ level, n });
    }
  });
});
