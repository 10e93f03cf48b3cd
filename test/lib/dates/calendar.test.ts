import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIso, daysInMonth, daysInclusive, isIsoDate } from '../../../src/lib/dates/calendar.ts';

describe('daysInMonth', () => {
  it.each([
    [2023, 1, 31],
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2023, 4, 30],
    [2023, 6, 30],
    [2023, 9, 30],
    [2023, 11, 30],
    [2023, 12, 31],
    [2023, 7, 31],
    [2023, 8, 31],
  ])('%d-%d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2023-01-05', true],
    ['2024-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['2023-1-5', false],
    ['2023/01/05', false],
    ['0000-01-01', false],
    ['2023-01-05 ', false],
    ['', false],
    ['2023-13-01', false],
  ])('%j → %s', (iso, expected) => {
    expect(isIsoDate(iso)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2023-01-05', 0, '2023-01-05'],
    ['2023-01-05', 1, '2023-01-06'],
    ['2023-01-31', 1, '2023-02-01'],
    ['2020-02-28', 1, '2020-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2023-01-01', -1, '2022-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-01-01', 365, '2024-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2019-01-01', 730, '2020-12-31'],
    ['0050-03-01', -1, '0050-02-28'],
    ['0001-01-02', -1, '0001-01-01'],
    ['9999-12-30', 1, '9999-12-31'],
  ])('%s %+d days → %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    ['2023-02-30', 1],
    ['2023-1-5', 1],
    ['2023-01-05', 0.5],
    ['9999-12-31', 1],
    ['0001-01-01', -1],
  ])('throws a RangeError for %j %+d', (iso, days) => {
    expect(() => addDays(iso, days)).toThrow(RangeError);
  });

  const isoDate = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('inverts itself and agrees with daysInclusive', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 20000 }), (iso, days) => {
        const later = addDays(iso, days);
        expect(isIsoDate(later)).toBe(true);
        expect(addDays(later, -days)).toBe(iso);
        expect(daysInclusive(iso, later)).toBe(days + 1);
        expect(compareIso(iso, later)).toBe(days === 0 ? 0 : -1);
      }),
    );
  });
});

describe('compareIso', () => {
  it.each([
    ['2023-01-05', '2023-01-06', -1],
    ['2023-01-06', '2023-01-05', 1],
    ['2023-01-05', '2023-01-05', 0],
    ['2022-12-31', '2023-01-01', -1],
    ['0999-01-01', '1000-01-01', -1],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(compareIso(a, b)).toBe(expected);
  });

  it('sorts a list of dates into calendar order', () => {
    const dates = ['2023-10-01', '2021-01-01', '2023-02-01', '2023-01-31'];
    expect(dates.toSorted(compareIso)).toEqual(['2021-01-01', '2023-01-31', '2023-02-01', '2023-10-01']);
  });

  it('throws a RangeError for a non-ISO date', () => {
    expect(() => compareIso('2023/1/5', '2023-01-05')).toThrow(RangeError);
  });
});

describe('daysInclusive', () => {
  it.each([
    ['2023-01-05', '2023-01-05', 1],
    ['2023-01-01', '2023-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2019-01-01', '2020-12-31', 731],
    ['2023-01-01', '2023-06-30', 181],
    ['2023-09-01', '2024-01-31', 153],
  ])('%s to %s is %d days', (start, end, days) => {
    expect(daysInclusive(start, end)).toBe(days);
  });

  it('throws a RangeError when the end is before the start', () => {
    expect(() => daysInclusive('2023-01-02', '2023-01-01')).toThrow(RangeError);
  });
});

describe('day counting without Date', () => {
  /** The former implementation: Date's proleptic Gregorian calendar, through setUTCFullYear. */
  function referenceMs(iso: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return undefined;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime();
  }
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const anyDate = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

  it('counts the same days as Date for every year 1–9999, and refuses the same strings', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const ra = referenceMs(a);
        const rb = referenceMs(b);
        if (ra === undefined) expect(() => compareIso(a, '2000-01-01')).toThrow(RangeError);
        if (rb === undefined) expect(() => compareIso('2000-01-01', b)).toThrow(RangeError);
        if (ra === undefined || rb === undefined) return;
        expect(compareIso(a, b)).toBe(Math.sign(ra - rb));
        if (rb >= ra) expect(daysInclusive(a, b)).toBe((rb - ra) / 86_400_000 + 1);
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses near misses', () => {
    for (const text of [
      '2024-1-05',
      '2024-01-5 ',
      ' 2024-01-05',
      '2024/01/05',
      '２０２４-01-05',
      '2024-01-0a',
      '0000-01-01',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-05\n',
    ]) {
      expect(() => compareIso(text, '2000-01-01'), text).toThrow(RangeError);
    }
    expect(daysInclusive('0001-01-01', '9999-12-31')).toBe(3_652_059);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });
});
