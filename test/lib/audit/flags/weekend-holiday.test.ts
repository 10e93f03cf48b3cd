import { describe, expect, it } from 'vitest';
import { weekendHolidayLines } from '../../../../src/lib/audit/flags/weekend-holiday.ts';
import { holidayCalendar } from '../../../../src/lib/audit/holidays/day-kind.ts';
import { MAINLAND_HOLIDAYS } from '../../../../src/lib/audit/holidays/mainland-holidays.ts';
import { ledger } from './ledger.ts';

const calendar = holidayCalendar(MAINLAND_HOLIDAYS);

describe('weekendHolidayLines', () => {
  it('flags expense lines on a Saturday, a Sunday and a public holiday, one group per date', () => {
    const lines = ledger(`
      2024-03-16 记-1 文体 球赛饮用水 320
      2024-03-16 记-2 文体 球赛奖品 800
      2024-10-03 记-3 福利 国庆慰问 600
      2024-03-17 记-4 建家 维修 150
    `);
    const result = weekendHolidayLines(lines, calendar, [2024]);
    expect(result.groups.map((g) => g.summary)).toEqual([
      '2024-03-16（星期六）：2 笔，合计 1,120.00 元',
      '2024-03-17（星期日）：1 笔，合计 150.00 元',
      '2024-10-03（国庆节）：1 笔，合计 600.00 元',
    ]);
    expect(result.missingYears).toEqual([]);
  });

  it('does not flag working days, 调休 Saturdays and Sundays, or income', () => {
    const lines = ledger(`
      2024-03-15 记-1 文体 球赛 320
      2024-02-04 记-2 文体 调休上班日 320
      2024-10-12 记-3 文体 调休上班日 320
      2024-03-16 记-4 会费 会费 320
    `);
    expect(weekendHolidayLines(lines, calendar, [2024]).groups).toEqual([]);
  });

  it('says which years the table lacks and still flags their weekends, marked unchecked', () => {
    const lines = ledger(`
      2027-01-09 记-1 文体 球赛 320
      2027-01-11 记-2 文体 球赛 320
    `);
    const result = weekendHolidayLines(lines, calendar, [2026, 2027]);
    expect(result.missingYears).toEqual([2027]);
    expect(result.groups.map((g) => g.summary)).toEqual(['2027-01-09（周末（未核对调休））：1 笔，合计 320.00 元']);
  });
});
