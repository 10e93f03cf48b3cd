import { formatYuan } from '../../money/format-amount.ts';
import type { Period } from '../../periods/period.ts';
import { monthlyTimeline, rollupActivities, rollupByCategory } from '../../records/activity-rollups.ts';
import { choiceValues } from '../../records/choices.ts';
import { formatQuantity } from '../../records/quantity.ts';
import type { DatedActivity } from '../../model/records-data.ts';
import { ACTIVITY_CATEGORIES } from '../../records/tables/activities.ts';
import { formatCostPerParticipant, formatDateRange, formatMonth, formatParticipants } from './format-records.ts';
import { routePath } from '../../routes/routes.ts';

const CATEGORY_ORDER = choiceValues(ACTIVITY_CATEGORIES);

/** One row of a rollup table (a period or a category), formatted. */
export interface ActivityRollupRow {
  label: string;
  /** Link target relative to the site root, when the row has its own page. */
  path?: string;
  count: number;
  participants: string;
  cost: string;
  costPerParticipant: string;
  /** Held activities, for a bar chart. */
  value: number;
}

/** One row per period that has activities: count, participants per unit, cost, cost per participant. */
export function activityPeriodRows(
  activities: readonly DatedActivity[],
  periods: readonly Period[],
): ActivityRollupRow[] {
  return periods.flatMap((p) => {
    const list = activities.filter((a) => a.periodId === p.id);
    if (list.length === 0) return [];
    const r = rollupActivities(list);
    return [
      {
        label: p.label,
        path: routePath({ to: 'activities-period', period: p.id }),
        count: r.count,
        participants: formatParticipants(r.participants),
        cost: formatYuan(r.costFen),
        costPerParticipant: formatCostPerParticipant(r.participants),
        value: r.count,
      },
    ];
  });
}

/** One row per category with held activities, in the declared order. */
export function activityCategoryRows(activities: readonly DatedActivity[]): ActivityRollupRow[] {
  return rollupByCategory(activities, CATEGORY_ORDER).map((r) => ({
    label: r.category,
    count: r.count,
    participants: formatParticipants(r.participants),
    cost: formatYuan(r.costFen),
    costPerParticipant: formatCostPerParticipant(r.participants),
    value: r.count,
  }));
}

/** A month of the timeline, formatted. */
export interface TimelineRow {
  month: string;
  label: string;
  shortLabel: string;
  count: number;
  cost: string;
}

/** Every month of the period with the held activities starting in it. */
export function timelineRows(activities: readonly DatedActivity[], period: Period): TimelineRow[] {
  return monthlyTimeline(activities, period).map((m) => ({
    month: m.month,
    label: formatMonth(m.month),
    shortLabel: formatMonth(m.month, period.start.slice(0, 4) === period.end.slice(0, 4)),
    count: m.count,
    cost: m.costFen ? formatYuan(m.costFen) : '—',
  }));
}

/** One activity as a table row. */
export interface ActivityListRow {
  date: string;
  title: string;
  category: string;
  level: string;
  organiser: string;
  participants: string;
  cost: string;
  account: string;
  result: string;
  /** As shown: 已举办, 已取消, 计划 (date to come) or 未举办/待更新 (a planned date that has passed). */
  status: string;
  held: boolean;
}

/** What a planned activity whose date has passed is called: not held as far as the data says. */
export const LAPSED_PLAN = '未举办/待更新';

/**
 * The status of an activity as the pages say it on `asOf` (the build date, ISO): a 计划 whose
 * (end) date is before `asOf` is 未举办/待更新, never still "planned"; others as written.
 */
export function activityStatusLabel(a: Pick<DatedActivity, 'status' | 'date' | 'endDate'>, asOf: string): string {
  return a.status === '计划' && (a.endDate ?? a.date) < asOf ? LAPSED_PLAN : a.status;
}

/** Activities as table rows, in date order; statuses as of `asOf` (the build date). */
export function activityListRows(activities: readonly DatedActivity[], asOf: string): ActivityListRow[] {
  return activities.map((a) => ({
    date: formatDateRange(a.date, a.endDate),
    title: a.title,
    category: a.category,
    level: a.level,
    organiser: a.organiser ?? '—',
    participants: a.participants ? formatQuantity(a.participants) : '—',
    cost: a.costFen !== undefined ? formatYuan(a.costFen) : '—',
    account: a.account?.name ?? '—',
    result: a.result ?? '',
    status: activityStatusLabel(a, asOf),
    held: a.status === '已举办',
  }));
}
