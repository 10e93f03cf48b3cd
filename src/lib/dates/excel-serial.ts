import { addDays } from './calendar.ts';

/** A bare number as Excel shows a date cell formatted as a number: 5 digits, an optional time fraction. */
const SERIAL = /^(\d{5})(?:\.\d+)?$/;

/**
 * The date an Excel serial number stands for (1900 date system, as Excel for Windows and WPS
 * save it): 1 → 1900-01-01, 44927 → 2023-01-01. Excel counts the non-existent 1900-02-29 as
 * day 60 (a bug kept from Lotus 1-2-3), so from day 61 on the date is 1899-12-30 + serial;
 * day 60 has no date. A time fraction (44927.5) is ignored.
 */
export function excelSerialDate(serial: number): string | undefined {
  const day = Math.floor(serial);
  if (!Number.isSafeInteger(day) || day < 1 || day > 2_958_465 || day === 60) return undefined;
  return addDays(day < 60 ? '1899-12-31' : '1899-12-30', day);
}

/**
 * The date a cell holding an Excel serial number stands for, or undefined when the text is
 * not one. Only five-digit numbers are taken for serials (10000–99999: 1927-05-18 to
 * 2173-10-14), the dates a union table holds; a shorter number is more likely a typo.
 */
export function serialDateOfText(text: string): string | undefined {
  const match = SERIAL.exec(text.trim());
  return match ? excelSerialDate(Number(match[1])) : undefined;
}
