import type { HolidayYear } from './holiday-year.ts';

/** What kind of day a date is on the mainland calendar. */
export type DayKind =
  | { kind: 'workday' }
  /** A Saturday or Sunday that is not an adjusted working day. */
  | { kind: 'weekend'; weekday: '星期六' | '星期日' }
  /** A day off of a public holiday (法定节假日 with its 调休). */
  | { kind: 'holiday'; name: string }
  /** The year is not in the table: only Saturday/Sunday is known, not holidays and 调休. */
  | { kind: 'unknown-year'; weekend: boolean };

/** 0 = Sunday … 6 = Saturday, from the ISO date's numbers (no clock, no time zone). */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCDay();
}

/** A lookup over a holiday table: which years it covers, and the kind of any date. */
export interface HolidayCalendar {
  /** Whether the table has the notice for this calendar year. */
  covers(year: number): boolean;
  kindOf(iso: string): DayKind;
}

/** Builds the lookup for a table (e.g. MAINLAND_HOLIDAYS). Dates are ISO "YYYY-MM-DD". */
export function holidayCalendar(table: readonly HolidayYear[]): HolidayCalendar {
  const years = new Set(table.map((y) => y.year));
  const workdays = new Set(table.flatMap((y) => y.workdays));
  const ranges = table.flatMap((y) => y.holidays);
  return {
    covers: (year) => years.has(year),
    kindOf(iso) {
      const day = weekday(iso);
      const isWeekend = day === 0 || day === 6;
      const year = Number(iso.slice(0, 4));
      const holiday = ranges.find((r) => r.start <= iso && iso <= r.end); // ISO dates order as text;
      if (holiday) return { kind: 'holiday', name: holiday.name };
      if (workdays.has(iso)) return { kind: 'workday' };
      if (!years.has(year)) return { kind: 'unknown-year', weekend: isWeekend };
      if (isWeekend) return { kind: 'weekend', weekday: day === 6 ? '星期六' : '星期日' };
      return { kind: 'workday' };
    },
  };
}
