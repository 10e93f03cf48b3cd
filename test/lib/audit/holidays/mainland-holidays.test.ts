import { describe, expect, it } from 'vitest';
import { holidayCalendar, weekday } from '../../../../src/lib/audit/holidays/day-kind.ts';
import { MAINLAND_HOLIDAYS } from '../../../../src/lib/audit/holidays/mainland-holidays.ts';
import { daysInclusive, isIsoDate } from '../../../../src/lib/dates/calendar.ts';

const calendar = holidayCalendar(MAINLAND_HOLIDAYS);

describe('MAINLAND_HOLIDAYS', () => {
  it('covers 2019–2026, one entry a year in order, each citing its notice', () => {
    expect(MAINLAND_HOLIDAYS.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of MAINLAND_HOLIDAYS) expect(y.source).toContain(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
  });

  it.each(MAINLAND_HOLIDAYS.map((y) => [y.year, y] as const))(
    '%i: real dates, 调休 working days on weekends only, ranges of 1–10 days',
    (_, y) => {
      for (const day of y.workdays) {
        expect(isIsoDate(day)).toBe(true);
        expect([0, 6]).toContain(weekday(day));
      }
      for (const h of y.holidays) {
        expect(daysInclusive(h.start, h.end)).toBeGreaterThanOrEqual(1);
        expect(daysInclusive(h.start, h.end)).toBeLessThanOrEqual(10);
      }
    },
  );

  it('has the Spring Festival of each year (春节 falls between 21 January and 20 February)', () => {
    for (const y of MAINLAND_HOLIDAYS) {
      const spring = y.holidays.find((h) => h.name === '春节')!;
      expect(spring.start >= `${y.year}-01-21` && spring.start <= `${y.year}-02-20`).toBe(true);
    }
  });
});

describe('holidayCalendar', () => {
  it.each([
    ['2024-10-03', { kind: 'holiday', name: '国庆节' }],
    ['2024-10-12', { kind: 'workday' }],
    ['2024-10-13', { kind: 'weekend', weekday: '星期日' }],
    ['2024-10-11', { kind: 'workday' }],
    ['2022-12-31', { kind: 'holiday', name: '元旦' }],
    ['2020-02-01', { kind: 'holiday', name: '春节' }],
    ['2027-01-09', { kind: 'unknown-year', weekend: true }],
    ['2027-01-11', { kind: 'unknown-year', weekend: false }],
  ])('%s is %o', (date, kind) => {
    expect(calendar.kindOf(date)).toEqual(kind);
  });

  it('knows which years it covers', () => {
    expect([2018, 2019, 2026, 2027].map((y) => calendar.covers(y))).toEqual([false, true, true, false]);
  });
});
