import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/issues/data-issue.ts';
import {
  parseChineseNumber,
  sessionValue,
  termValue,
  toChineseNumber,
} from '../../../src/lib/records/session-number.ts';

const place = { file: 'congress.csv', line: 2, header: '届次' };

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [13, '十三'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('%i ↔ %s', (n, text) => {
    expect(toChineseNumber(n)).toBe(text);
    expect(parseChineseNumber(text)).toBe(n);
  });

  it('round-trips 1–99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
      }),
    );
  });

  it.each(['', '零', '十十', '一二', '百', '0'])('rejects %j', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});

describe('sessionValue', () => {
  it.each(['七届三次', '第七届第三次', '7届3次', '七届三次会议', ' 第七届三次 '])('reads %j as 七届三次', (text) => {
    expect(sessionValue({ text, column: 1 }, place, new IssueList(), true)).toEqual({
      term: 7,
      session: 3,
      label: '七届三次',
    });
  });

  it.each(['七届', '三次', '七届三', 'x届x次'])('reports %j', (text) => {
    const issues = new IssueList();
    expect(sessionValue({ text, column: 1 }, place, issues, true)).toBeUndefined();
    expect(issues.items[0]).toMatchObject({ code: 'session.invalid', line: 2, column: 1, found: text });
  });

  it('reads a term', () => {
    expect(termValue({ text: '第七届', column: 3 }, place, new IssueList(), true)).toBe(7);
  });
});
