import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/lib/periods/period.ts';
import { newPeriodRow, planNewPeriod } from '../../../src/lib/periods/new-period.ts';

const period = (id: string, start: string, end: string): Period => ({
  id,
  label: id,
  start,
  end,
  line: 2,
  columns: { opening: 5, closing: 6 },
});
const periods = [period('2019-2020', '2019-01-01', '2020-12-31'), period('2024', '2021-01-01', '2024-12-31')];

describe('planNewPeriod', () => {
  it('starts the day after the last period, lasts a calendar year and carries the closing balance', () => {
    expect(planNewPeriod('2025', periods, 6690486)).toEqual({
      ok: true,
      period: { id: '2025', label: '2025年度', start: '2025-01-01', end: '2025-12-31', openingFen: 6690486 },
    });
  });

  it('lasts a year from any start for other ids', () => {
    const mid = [period('a', '2023-07-01', '2024-06-30')];
    expect(planNewPeriod('2024-2025', mid, 0)).toMatchObject({
      ok: true,
      period: { start: '2024-07-01', end: '2025-06-30' },
    });
  });

  it.each([
    ['2024', '已有期间'],
    ['2026', '应从 2025-01-01 开始'],
    ['20 25', '只能由字母'],
  ])('refuses %s', (id, message) => {
    const result = planNewPeriod(id, periods, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses an empty periods.csv', () => {
    expect(planNewPeriod('2025', [], 0).ok).toBe(false);
  });
});

describe('newPeriodRow', () => {
  const next = { id: '2025', label: '2025年度', start: '2025-01-01', end: '2025-12-31', openingFen: 6690486 };
  it('follows the header order and leaves the closing and disclosure dates empty', () => {
    expect(
      newPeriodRow(['编号', '名称', '开始日期', '结束日期', '期初结余', '期末结余', '公开日期', '预算公开日期'], next),
    ).toBe('2025,2025年度,2025-01-01,2025-12-31,66904.86,,,');
    expect(newPeriodRow(['id', 'start', 'end', 'label', 'opening'], next)).toBe(
      '2025,2025-01-01,2025-12-31,2025年度,66904.86',
    );
  });
});
