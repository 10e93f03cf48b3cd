/**
 * Calendar arithmetic on ISO dates "YYYY-MM-DD" (proleptic Gregorian, years 0001–9999).
 * Pure: uses UTC milliseconds only, never the local time zone or the clock.
 * Functions throw a RangeError for a string that is not a real ISO date.
 */

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month (month 1–12) of a Gregorian year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO date; validates the date. */
function toUtcMs(iso: string): number {
  const match = ISO.exec(iso);
  const [year, month, day] = (match ?? []).slice(1).map(Number);
  if (
    year === undefined || month === undefined || day === undefined ||
    year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
  ) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as is
  return date.getTime();
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`date out of range (years 1–9999): year ${year}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** True when `iso` is a real calendar date written exactly as "YYYY-MM-DD". */
export function isIsoDate(iso: string): boolean {
  try {
    toUtcMs(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * The ISO date `days` days after `iso` (before it when negative); `days` is a safe
 * integer. addDays("2020-02-28", 1) → "2020-02-29"; addDays("2023-01-01", -1) → "2022-12-31".
 */
export function addDays(iso: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromUtcMs(toUtcMs(iso) + days * MS_PER_DAY);
}

/** Orders two ISO dates: negative when a is earlier, 0 when equal, positive when later. */
export function compareIso(a: string, b: string): number {
  return Math.sign(toUtcMs(a) - toUtcMs(b));
}

/**
 * Number of days from start to end, both included: the same day → 1,
 * "2023-01-01" to "2023-12-31" → 365. Throws a RangeError when end is before start.
 */
export function daysInclusive(startIso: string, endIso: string): number {
  const days = (toUtcMs(endIso) - toUtcMs(startIso)) / MS_PER_DAY + 1;
  if (days < 1) throw new RangeError(`end ${endIso} is before start ${startIso}`);
  return days;
}
