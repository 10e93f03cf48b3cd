import { toHalfWidth } from '../text/normalize-width.ts';
import { daysInMonth } from './calendar.ts';
import { serialDateOfText } from './excel-serial.ts';

/** Why a cell could not be read as a date. */
export type DateProblem = 'empty' | 'placeholder' | 'not-a-date' | 'no-such-day' | 'excel-serial';

/**
 * Result of {@link parseDate}; on success `iso` is "YYYY-MM-DD" of a real calendar day. An
 * Excel serial number is rejected with the date it stands for in `serialDate`.
 */
export type DateParseResult = { ok: true; iso: string } | { ok: false; reason: DateProblem; serialDate?: string };

/** Characters that mark an unfilled template value ("20xx年", "xx月", "20##", "__"). */
const PLACEHOLDER = /[xX×*#□?○某_]/;

/** "2023-1-5", "2023/01/05", "2023.1.5": one separator used twice. */
const NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
/** "2023年1月5日", spaces allowed between the parts. */
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * Parses a date as staff type it: "2023-01-05", "2023-1-5", "2023/1/5", "2023.1.5",
 * "2023年1月5日", with full-width digits and surrounding spaces allowed, and Excel's
 * midnight suffix (" 0:00", " 00:00:00") dropped. The year has
 * four digits (0001–9999). The date must exist: "2023-02-30" → 'no-such-day'. A number such as
 * 44927 (a date cell Excel saved as its serial number) → 'excel-serial' with `serialDate` 2023-01-01.
 */
export function parseDate(text: string): DateParseResult {
  const ymd = isoDigits(text);
  if (ymd >= 0) {
    const year = Math.floor(ymd / 10000);
    const month = Math.floor(ymd / 100) % 100;
    return isRealDay(year, month, ymd % 100) ? { ok: true, iso: text } : { ok: false, reason: 'no-such-day' };
  }
  // Excel sometimes appends a midnight time ("2023/1/5 0:00"); a date cell has no time.
  const t = toHalfWidth(text)
    .trim()
    .replace(/\s+0{1,2}:00(:00)?$/, '');
  if (t === '') return { ok: false, reason: 'empty' };
  if (PLACEHOLDER.test(t)) return { ok: false, reason: 'placeholder' };

  const numeric = NUMERIC.exec(t);
  const match = numeric ? [numeric[1], numeric[3], numeric[4]] : CHINESE.exec(t)?.slice(1, 4);
  if (match === undefined) {
    const serialDate = serialDateOfText(t);
    return serialDate ? { ok: false, reason: 'excel-serial', serialDate } : { ok: false, reason: 'not-a-date' };
  }
  const [year, month, day] = match.map(Number) as [number, number, number];
  if (!isRealDay(year, month, day)) return { ok: false, reason: 'no-such-day' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

/**
 * The common case, "2023-01-05" exactly as the result is written: its digits as the number
 * 20230105, or -1 for any other text (which then takes the general path). Read character by
 * character because a ledger has a date on each of its many thousand lines.
 */
function isoDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1; // 45: '-'
  let value = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48; // 48: '0'
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DATE_PROBLEM_TEXT: Readonly<Record<DateProblem, string>> = {
  empty: '空白',
  placeholder: '占位符（如 20xx年、xx月）',
  'not-a-date': '不是日期',
  'no-such-day': '日历上没有这一天',
  'excel-serial': 'Excel 的日期序号，不是日期',
};

/** The Chinese phrase for a date problem, used after 实际为 in error messages. */
export function describeDateProblem(reason: DateProblem): string {
  return DATE_PROBLEM_TEXT[reason];
}
