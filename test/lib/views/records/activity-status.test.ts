import { describe, expect, it } from 'vitest';
import { activityStatusLabel, LAPSED_PLAN } from '../../../../src/lib/views/records/activity-rows.ts';

describe('the status of an activity as the pages say it on the build date', () => {
  it.each([
    { status: '计划' as const, date: '2025-05-09', asOf: '2025-05-08', label: '计划', why: 'a plan still to come' },
    { status: '计划' as const, date: '2025-05-09', asOf: '2025-05-09', label: '计划', why: 'a plan on its own day' },
    {
      status: '计划' as const,
      date: '2025-05-09',
      asOf: '2025-05-10',
      label: LAPSED_PLAN,
      why: 'a plan whose day has passed',
    },
    {
      status: '计划' as const,
      date: '2025-05-09',
      endDate: '2025-05-20',
      asOf: '2025-05-10',
      label: '计划',
      why: 'a plan that is not over yet',
    },
    { status: '已举办' as const, date: '2020-01-01', asOf: '2025-05-10', label: '已举办', why: 'a held activity' },
    { status: '已取消' as const, date: '2020-01-01', asOf: '2025-05-10', label: '已取消', why: 'a cancelled one' },
  ])('$label: $why', ({ asOf, label, ...a }) => {
    expect(activityStatusLabel(a, asOf)).toBe(label);
  });

  it('says 未举办/待更新, never 已列入计划, for a plan past its date', () => {
    expect(LAPSED_PLAN).toBe('未举办/待更新');
  });
});
