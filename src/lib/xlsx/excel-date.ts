/**
 * Excel date serials → ISO dates, in both date systems. A serial counts days; its fraction
 * is the time of day. In the 1900 system serial 1 is 1900-01-01 and serial 60 is the
 * 1900-02-29 that never was (kept from Lotus 1-2-3), so serials from 61 on are days after
 * 1899-12-30. In the 1904 system serial 0 is 1904-01-01.
 */

/** Days from 1970-01-01 to 1899-12-30 and to 1904-01-01. */
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;
const SECONDS_PER_DAY = 86_400;

/** The Gregorian date of a day count from 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A date serial read as a date and, when it has one, a time of day. */
export interface ExcelDateTime {
  /** "YYYY-MM-DD". */
  iso: string;
  /** "HH:MM" or "HH:MM:SS" when the serial has a time of day, to the nearest second. */
  time?: string;
}

/**
 * The date (and time) a serial stands for, or undefined for a serial Excel shows as
 * "#######" or "1900-01-00" (before the first day of its system, or after 9999-12-31).
 */
export function excelSerialDate(serial: number, date1904: boolean): ExcelDateTime | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  let days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const seconds = totalSeconds - days * SECONDS_PER_DAY;
  if (date1904) {
    if (days < 0) return undefined;
    days += EPOCH_1904;
  } else {
    if (days < 1) return undefined;
    if (days === 60) return withTime('1900-02-29', seconds);
    days += days < 60 ? EPOCH_1900 + 1 : EPOCH_1900;
  }
  const [year, month, day] = civilFromDays(days);
  if (year > 9999) return undefined;
  return withTime(`${pad(year, 4)}-${pad(month)}-${pad(day)}`, seconds);
}

function withTime(iso: string, seconds: number): ExcelDateTime {
  if (seconds === 0) return { iso };
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  return { iso, time: s === 0 ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}` };
}

/**
 * True when a number format shows a date or time ("yyyy-mm-dd", "m/d/yy", 'yyyy"年"m"月"d"日"',
 * "[$-804]aaaa", "h:mm"). Quoted text, escaped characters, padding, colours, conditions and
 * locale tags do not count; elapsed-time brackets ([h], [mm]) do. "General" is not a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/General/gi, '');
  return /[ymdhs]|aaa/i.test(bare);
}
