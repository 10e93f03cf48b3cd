import { formatYuan } from '../../money/format-amount.ts';
import { rollupActivities } from '../../records/activity-rollups.ts';
import type { DatedActivity } from '../../model/records-data.ts';
import { routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import {
  activityCategoryRows,
  activityListRows,
  activityStatusLabel,
  LAPSED_PLAN,
  activityPeriodRows,
  timelineRows,
  type ActivityRollupRow,
} from '../records/activity-rows.ts';
import { DEFAULT_MIN_GROUP_SIZE } from '../../privacy/min-group-size.ts';
import { aidGroupRows, aidPeriodRows, withheldNote } from '../records/aid-rows.ts';
import { formatCostPerParticipant, formatParticipants } from '../records/format-records.ts';
import { honourLevelBars, honourLevels, honourListRows, honourYearRows } from '../records/honour-rows.ts';
import type { KeyFigure } from './shared.ts';

/** A bar chart of rollup rows: held activities per row, labelled "N 项". */
function rollupChart(rows: readonly ActivityRollupRow[], what: string) {
  return {
    description: `${what}：` + rows.map((r) => `${r.label} ${r.count} 项`).join('；') + '。',
    bars: rows.map((r) => ({ label: r.label.replace(/（.*?）/g, ''), value: r.value, valueText: `${r.count} 项` })),
  };
}

/** The periods that have activities, in time order: each gets an activities page and a CSV. */
export function activityPeriods(site: SiteData) {
  return site.periods
    .map((p) => p.statement.period)
    .filter((p) => site.records.activities.some((a) => a.periodId === p.id));
}

/** The static paths of the activities pages (and their CSV downloads): one per period with activities. */
export function activityPeriodPaths(site: SiteData): { params: { period: string } }[] {
  return activityPeriods(site).map((p) => ({ params: { period: p.id } }));
}

/** The activities of one period, in file order (the rows of its CSV download). */
export function activitiesOf(site: SiteData, periodId: string | undefined): DatedActivity[] {
  return site.records.activities.filter((a) => a.periodId === periodId);
}

/**
 * 活动: activities by period and by category with their charts, the planned ones still to come,
 * the planned ones whose date has passed (未举办/待更新, as of `asOf`, the build date), and the
 * cost checks.
 */
export function activitiesPage(site: SiteData, asOf: string) {
  const { activities, checks } = site.records;
  const periodRows = activityPeriodRows(
    activities,
    site.periods.map((p) => p.statement.period),
  );
  const categoryRows = activityCategoryRows(activities);
  return {
    hasActivities: activities.length > 0,
    periodRows,
    periodChart: rollupChart(periodRows, '各期间已举办的活动数量'),
    categoryRows,
    categoryChart: rollupChart(categoryRows, '各类已举办的活动数量'),
    later: activities
      .filter((a) => a.periodId === undefined && activityStatusLabel(a, asOf) !== LAPSED_PLAN)
      .map((a) => ({ date: a.date, title: a.title, status: a.status })),
    asOf,
    lapsed: activities
      .filter((a) => activityStatusLabel(a, asOf) === LAPSED_PLAN)
      .map((a) => ({ date: a.date, title: a.title, status: LAPSED_PLAN })),
    checks: checks.map((c) => ({ label: c.label, detail: c.detail })),
  };
}

/** The activities of one period: key figures, categories, month by month, and the full list. */
export function activitiesPeriodPage(site: SiteData, periodId: string, asOf: string) {
  const periods = activityPeriods(site);
  const period = periods.find((p) => p.id === periodId)!;
  const list = activitiesOf(site, periodId);
  const rollup = rollupActivities(list);
  const categories = activityCategoryRows(list);
  const months = timelineRows(list, period);
  const keyFigures: KeyFigure[] = [
    { label: '已举办活动', value: `${rollup.count} 项` },
    { label: '参与', value: formatParticipants(rollup.participants), note: '人与人次分列' },
    {
      label: '活动费用',
      value: `${formatYuan(rollup.costFen)} 元`,
      note: `人均 ${formatCostPerParticipant(rollup.participants)}`,
    },
  ];
  return {
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    breadcrumbs: [{ label: '活动', path: routePath({ to: 'activities' }) }, { label: period.label }],
    periodTabs: periods.map((p) => ({ path: routePath({ to: 'activities-period', period: p.id }), label: p.label })),
    currentTab: routePath({ to: 'activities-period', period: period.id }),
    keyFigures,
    categories,
    categoryChart: {
      description: '各类已举办的活动数量：' + categories.map((c) => `${c.label} ${c.count} 项`).join('；') + '。',
      bars: categories.map((c) => ({ label: c.label, value: c.count, valueText: `${c.count} 项` })),
    },
    months,
    monthChart: {
      description: '每月开始的活动数量：' + months.map((m) => `${m.label} ${m.count} 项`).join('；') + '。',
      bars: months.map((m) => ({ label: m.shortLabel, value: m.count, valueText: String(m.count) })),
    },
    count: list.length,
    list: activityListRows(list, asOf),
    csvPath: routePath({ to: 'activities-csv', period: period.id }),
    csvName: `活动-${period.id}.csv`,
  };
}

/**
 * 帮扶慰问: aid aggregates per period and, for each period (latest first), by category,
 * occasion and source. Groups of fewer people than the minimum group size arrive merged
 * from the loader (with a note); a period of fewer people arrives withheld and shows why.
 */
export function aidPage(site: SiteData) {
  const { aid } = site.records;
  const rows = aidPeriodRows(aid.periods);
  const minGroupSize = aid.periods[0]?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  return {
    notices: aid.notices,
    contact: site.union.shortName,
    minGroupNote: `受助人数少于 ${minGroupSize} 人的类别、事由或资金来源不单独公开，与人数最少的其他项合并列示，以免推算出个人（《个人信息保护法》第二十八条）。`,
    rows,
    chart: {
      description:
        '各期间帮扶慰问金额：' +
        rows.map((r) => (r.withheld ? `${r.label} ${r.withheld}` : `${r.label} ${r.total} 元，${r.count}`)).join('；') +
        '。',
      bars: rows
        .filter((r) => !r.withheld)
        .map((r) => ({ label: r.label.replace(/（.*?）/g, ''), value: r.fen, valueText: r.total })),
    },
    periods: [...aid.periods].reverse().map((p) => {
      const anchor = `h-${p.periodId}`;
      if (p.hidden) {
        return {
          anchor,
          label: p.periodLabel,
          withheld: `本期帮扶慰问${withheldNote(p.minGroupSize)}，以免推算出个人。`,
        };
      }
      const categories = aidGroupRows(p.byCategory, p.minGroupSize);
      return {
        anchor,
        chartId: `aid-${p.periodId}`,
        label: p.periodLabel,
        total: { count: `${p.count} 人次`, total: formatYuan(p.fen), average: formatYuan(p.averageFen) },
        categories,
        categoryChart: {
          description:
            '各类别金额：' + categories.map((c) => `${c.label} ${c.total} 元，占 ${c.share}`).join('；') + '。',
          bars: categories.map((c) => ({ label: c.label, value: c.fen, valueText: c.share })),
        },
        occasions: aidGroupRows(p.byOccasion, p.minGroupSize),
        sources: aidGroupRows(p.bySource, p.minGroupSize),
      };
    }),
  };
}

/** 荣誉: honours by year and level, the chart of levels, and the list. */
export function honoursPage(site: SiteData) {
  const { honours } = site.records;
  const bars = honourLevelBars(honours);
  return {
    hasHonours: honours.length > 0,
    levels: honourLevels(honours),
    years: honourYearRows(honours),
    chart: { description: '各级别荣誉数量：' + bars.map((b) => `${b.label} ${b.valueText}`).join('；') + '。', bars },
    list: honourListRows(honours),
  };
}
