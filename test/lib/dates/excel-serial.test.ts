import { describe, expect, it } from 'vitest';
import { excelSerialDate } from '../../../src/lib/dates/excel-serial.ts';
import { parseDate } from '../../../src/lib/dates/parse-date.ts';
import { demoText, demoWith, editLine, loadWithWorkbooks } from '../../helpers/demo-data.ts';

describe('Excel date serial numbers (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [44927, '2023-01-01'],
    [45291, '2023-12-31'],
    [45351, '2024-02-29'],
  ])('%i → %s', (serial, iso) => {
    expect(excelSerialDate(serial)).toBe(iso);
  });

  it('day 60 is Excel’s non-existent 1900-02-29', () => {
    expect(excelSerialDate(60)).toBeUndefined();
  });

  it.each(['44927', '44927.5', '４４９２７'])('a date cell holding %s is rejected with the converted date', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'excel-serial', serialDate: '2023-01-01' });
  });

  it.each(['2023', '123', '449271'])('%s is not taken for a serial', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'not-a-date' });
  });

  it('in a demo table the hint says 请改为 2023-01-01, at the line and column', () => {
    const aid = editLine(demoText('aid.csv'), 2, (row) => row.replace('2019-01-16', '43481'));
    const result = loadWithWorkbooks(demoWith({ 'aid.csv': aid }), { buildDate: '2026-12-01' });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'aid.csv', line: 2, column: 1, code: 'date.excel-serial' });
    expect(result.issues[0]!.hint).toContain('请改为 2019-01-16');
  });
});
