/**
 * Calendar arithmetic on ISO dates "YYYY-MM-DD" (proleptic Gregorian, years 0001–9999).
 * Pure: uses UTC milliseconds only, never the local time zone or the clock.
 * Functions throw a RangeError for a string that is not a real ISO date.
 */

const MS_PER_DAY = 86_400_000;

/** Number of days in a month (month 1–12) of a Gregorian year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The digit at `index` of `text` (0–9), or -1 when it is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Milliseconds since the epoch at 00:00 UTC of an ISO date; validates the date. Reads the
 * ten characters directly and counts days with the civil-calendar formula (H. Hinnant's
 * days_from_civil), with no regular expression or Date object: it runs once or twice per
 * ledger line. Equal to Date's proleptic Gregorian calendar for years 1–9999 (a test holds
 * it against setUTCFullYear).
 */
function toUtcMs(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y1 = digitAt(iso, 0);
    const y2 = digitAt(iso, 1);
    const y3 = digitAt(iso, 2);
    const y4 = digitAt(iso, 3);
    const m1 = digitAt(iso, 5);
    const m2 = digitAt(iso, 6);
    const d1 = digitAt(iso, 8);
    const d2 = digitAt(iso, 9);
    if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) >= 0) {
      const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
      const month = m1 * 10 + m2;
      const day = d1 * 10 + d2;
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        const y = month <= 2 ? year - 1 : year;
        const era = Math.floor(y / 400);
        const yearOfEra = y - era * 400;
        const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
        const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
        return (era * 146_097 + dayOfEra - 719_468) * MS_PER_DAY;
      }
    }
  }
  throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
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
