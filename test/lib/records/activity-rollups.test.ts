import { describe, expect, it } from 'vitest';
import {
  countHeldActivities,
  monthlyTimeline,
  participantsIn,
  rollupActivities,
} from '../../../src/lib/records/activity-rollups.ts';
import type { Activity } from '../../../src/lib/records/tables/activities.ts';

const activity = (over: Partial<Activity>): Activity => ({
  date: '2023-03-01',
  title: '活动',
  category: '文体',
  level: '本单位',
  status: '已举办',
  ...over,
});

const list: Activity[] = [
  activity({ date: '2023-03-08', participants: { count: 500, unit: '人', qualifier: '余' }, costFen: 100_000 }),
  activity({ date: '2023-03-20', participants: { count: 300, unit: '人次' }, costFen: 60_000 }),
  activity({ date: '2023-05-01', participants: { count: 100, unit: '人' } }),
  activity({ date: '2023-06-01', participants: { count: 8, unit: '支队' }, costFen: 80_000 }),
  activity({ date: '2023-07-01', participants: { count: 99, unit: '人' }, costFen: 99_000, status: '已取消' }),
  activity({ date: '2023-08-01', category: '培训', status: '计划' }),
];

describe('rollupActivities', () => {
  const r = rollupActivities(list);

  it('counts only held activities and their cost', () => {
    expect(r.count).toBe(4);
    expect(r.costFen).toBe(240_000);
    expect(countHeldActivities(list, '培训')).toBe(0);
  });

  it('keeps 人 and 人次 apart, with an honest qualifier', () => {
    expect(r.participants.map((p) => [p.unit, p.total])).toEqual([
      ['人次', { count: 300, unit: '人次' }],
      ['人', { count: 600, unit: '人', qualifier: '余' }],
      ['支队', { count: 8, unit: '支队' }],
    ]);
    expect(participantsIn(list, '人')).toEqual({ count: 600, unit: '人', qualifier: '余' });
  });

  it('divides cost by the participants of the activities that have both, for people only', () => {
    const byUnit = Object.fromEntries(r.participants.map((p) => [p.unit, p.costPerParticipantFen]));
    expect(byUnit).toEqual({ 人次: 200, 人: 200, 支队: null });
  });
});

describe('monthlyTimeline', () => {
  it('lists every month of the period, empty ones too', () => {
    const months = monthlyTimeline(list, { start: '2023-01-01', end: '2023-12-31' });
    expect(months).toHaveLength(12);
    expect(months.slice(0, 6).map((m) => m.count)).toEqual([0, 0, 2, 0, 1, 1]);
    expect(months[2]!.costFen).toBe(160_000);
  });

  it('spans a two-year period', () => {
    expect(
      monthlyTimeline([], { start: '2019-01-01', end: '2020-12-31' })
        .map((m) => m.month)
        .at(-1),
    ).toBe('2020-12');
  });
});
