import { describe, expect, it } from 'vitest';
import { excelSerialDate, isDateFormat } from '../../../src/lib/xlsx/excel-date.ts';

describe('excelSerialDate', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [60, false, '1900-02-29'],
    [61, false, '1900-03-01'],
    [45356, false, '2024-03-05'],
    [45657, false, '2024-12-31'],
    [0, true, '1904-01-01'],
    [43894, true, '2024-03-05'],
    [2_958_465, false, '9999-12-31'],
  ])('serial %s (1904: %s) → %s', (serial, date1904, iso) => {
    expect(excelSerialDate(serial, date1904)).toEqual({ iso });
  });

  it('keeps a time of day to the second', () => {
    expect(excelSerialDate(45356.5, false)).toEqual({ iso: '2024-03-05', time: '12:00' });
    expect(excelSerialDate(45356 + 3661 / 86400, false)).toEqual({ iso: '2024-03-05', time: '01:01:01' });
    expect(excelSerialDate(45356.9999999, false)).toEqual({ iso: '2024-03-06' });
  });

  it('has no date for serials Excel cannot show', () => {
    expect(excelSerialDate(0, false)).toBeUndefined();
    expect(excelSerialDate(-1, true)).toBeUndefined();
    expect(excelSerialDate(2_958_466, false)).toBeUndefined();
    expect(excelSerialDate(Number.NaN, false)).toBeUndefined();
  });

  it('gives the same day in both systems 1462 days apart', () => {
    for (let serial = 1462; serial < 60000; serial += 997) {
      expect(excelSerialDate(serial - 1462, true)).toEqual(excelSerialDate(serial, false));
    }
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['m/d/yy', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-804]aaaa', true],
    ['[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', true],
    ['h:mm:ss', true],
    ['[h]:mm', true],
    ['General', false],
    ['0.00', false],
    ['#,##0.00_);[Red]\\(#,##0.00\\)', false],
    ['"¥"#,##0.00', false],
    ['0000', false],
    ['@', false],
    ['[DBNum1][$-804]General', false],
    ['0.00E+00', false],
  ])('%s → %s', (format, isDate) => {
    expect(isDateFormat(format)).toBe(isDate);
  });
});
