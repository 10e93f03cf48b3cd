import { describe, expect, it } from 'vitest';
import { type DateProblem, describeDateProblem, parseDate } from '../../../src/lib/dates/parse-date.ts';

describe('parseDate accepts', () => {
  it.each([
    ['ISO', '2023-01-05', '2023-01-05'],
    ['hyphens without zero padding', '2023-1-5', '2023-01-05'],
    ['slashes', '2023/1/5', '2023-01-05'],
    ['padded slashes', '2023/01/05', '2023-01-05'],
    ['dots', '2023.1.5', '2023-01-05'],
    ['Chinese', '2023年1月5日', '2023-01-05'],
    ['padded Chinese', '2023年01月05日', '2023-01-05'],
    ['Chinese with spaces between the parts', '2023 年 1 月 5 日', '2023-01-05'],
    ['full-width digits', '２０２３年１月５日', '2023-01-05'],
    ['full-width hyphens', '２０２３－０１－０５', '2023-01-05'],
    ['full-width slashes', '２０２３／１／５', '2023-01-05'],
    ['surrounding spaces', '  2023-01-05 ', '2023-01-05'],
    ['surrounding ideographic spaces', '\u30002023/1/5\u3000', '2023-01-05'],
    ['a leap day', '2024-02-29', '2024-02-29'],
    ['a leap day in a 400-year', '2000-02-29', '2000-02-29'],
    ['the last day of the year', '2023-12-31', '2023-12-31'],
    ["Excel's midnight suffix", '2023/1/5 0:00', '2023-01-05'],
    ["Excel's long midnight suffix", '2023-01-05 00:00:00', '2023-01-05'],
    ['a 30th in a 30-day month', '2023-04-30', '2023-04-30'],
  ])('%s: %j → %s', (_name, text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });
});

describe.each<[DateProblem, string[]]>([
  ['empty', ['', ' ', '\u3000', '\t\n']],
  [
    'placeholder',
    [
      '20xx年',
      '20xx年1月5日',
      '2023年xx月',
      'xx月',
      '2023-XX-01',
      '20##-01-01',
      '2023年××月',
      '2023-0_-01',
      '？',
      '某年某月',
    ],
  ],
  [
    'not-a-date',
    [
      '2023',
      '2023-01',
      '23-1-5',
      '1/5/2023',
      '05.01.2023',
      '2023-01/05',
      '2023/1-5',
      '2023年1月5',
      '2023年1月',
      '2023-001-05',
      '2023-1-005',
      '20230105',
      '2023-01-05T00:00',
      '2023/1/5 9:30',
      'abc',
      '二〇二三年一月五日',
      '2023-01-05-',
      '-2023-01-05',
      '2023 - 01 - 05',
    ],
  ],
  [
    'no-such-day',
    [
      '2023-02-30',
      '2023-02-29',
      '1900-02-29',
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-01-00',
      '2023-01-32',
      '0000-01-01',
    ],
  ],
])('parseDate rejects as %s', (reason, texts) => {
  it.each(texts)('%j', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });
});

describe('describeDateProblem', () => {
  it.each<[DateProblem, string]>([
    ['empty', '空白'],
    ['placeholder', '占位符（如 20xx年、xx月）'],
    ['not-a-date', '不是日期'],
    ['no-such-day', '日历上没有这一天'],
  ])('describes %s as %s', (reason, text) => {
    expect(describeDateProblem(reason)).toBe(text);
  });
});
