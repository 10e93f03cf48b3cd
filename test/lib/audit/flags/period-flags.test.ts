import { describe, expect, it } from 'vitest';
import { periodFlags, periodYears } from '../../../../src/lib/audit/flags/period-flags.ts';
import { DEFAULT_THRESHOLDS } from '../../../../src/lib/audit/flags/thresholds.ts';
import { holidayCalendar } from '../../../../src/lib/audit/holidays/day-kind.ts';
import { MAINLAND_HOLIDAYS } from '../../../../src/lib/audit/holidays/mainland-holidays.ts';
import { ledger } from './ledger.ts';

const calendar = holidayCalendar(MAINLAND_HOLIDAYS);

describe('periodFlags', () => {
  it('runs every rule and orders the groups by rule, with a count for each', () => {
    const lines = ledger(`
      2024-03-04 记-1 建家 健身器材 4800
      2024-03-05 记-2 建家 健身器材 4600
      2024-03-16 记-3 文体 球赛 300.50
      2024-05-10 记-4 福利 慰问住院职工 400
      2024-05-13 记-5 福利 慰问住院职工 400
    `);
    const flags = periodFlags({
      period: { start: '2024-01-01', end: '2024-12-31' },
      lines,
      otherPeriods: [],
      spent: [],
      thresholds: { ...DEFAULT_THRESHOLDS, welfarePerMemberFen: 100 },
      welfare: { spentFen: 80_000, accounts: ['职工集体福利支出'], members: 10, months: 12 },
      calendar,
    });
    expect(flags.groups.map((g) => g.rule)).toEqual([
      'split-payment',
      'weekend-holiday',
      'duplicate',
      'welfare-standard',
    ]);
    expect(flags.counts).toMatchObject({ 'split-payment': 1, 'weekend-holiday': 1, duplicate: 1, 'year-end': 0 });
    expect(flags.missingHolidayYears).toEqual([]);
    expect(flags.ledger).toBe(true);
    expect(flags.benford).toBeUndefined();
  });

  it('flags nothing in a summary period and knows the years a period spans', () => {
    const flags = periodFlags({
      period: { start: '2027-01-01', end: '2027-12-31' },
      lines: [],
      otherPeriods: [],
      spent: [],
      thresholds: DEFAULT_THRESHOLDS,
      calendar,
    });
    expect(flags.groups).toEqual([]);
    expect(flags.ledger).toBe(false);
    expect(periodYears({ start: '2019-01-01', end: '2020-12-31' })).toEqual([2019, 2020]);
  });
});
