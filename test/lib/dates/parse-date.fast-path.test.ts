import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/lib/dates/parse-date.ts';

describe('parseDate', () => {
  // "YYYY-MM-DD" takes a fast path; everything else the general one. Both are listed here.
  it.each([
    ['2023-01-05', '2023-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['0001-01-01', '0001-01-01'],
    ['2023-1-5', '2023-01-05'],
    ['2023/1/5', '2023-01-05'],
    ['2023.01.05', '2023-01-05'],
    ['2023年1月5日', '2023-01-05'],
    ['2023 年 1 月 5 日', '2023-01-05'],
    ['２０２３－０１－０５', '2023-01-05'],
    [' 2023-01-05 ', '2023-01-05'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['', 'empty'],
    ['20xx-01-01', 'placeholder'],
    ['2023-01-0x', 'placeholder'],
    ['2023/01-05', 'not-a-date'],
    ['23-01-05', 'not-a-date'],
    ['2023-01-05T00:00', 'not-a-date'],
    ['2023-02-29', 'no-such-day'],
    ['2023-13-01', 'no-such-day'],
    ['2023-00-10', 'no-such-day'],
    ['2023-04-31', 'no-such-day'],
    ['0000-01-01', 'no-such-day'],
    ['2023/2/30', 'no-such-day'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });

  it('reads every real day written as YYYY-MM-DD back to itself, and agrees with the Y/M/D form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseDate(iso)).toEqual({ ok: true, iso });
          const [y, m, d] = iso.split('-');
          expect(parseDate(`${y}/${Number(m)}/${Number(d)}`)).toEqual({ ok: true, iso });
        },
      ),
    );
  });
});
