import { activityFigures } from '../../records/records-figures.ts';
import { ACTIVITIES_FILE, type Activity } from '../../records/tables/activities.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { noRecords, periodDates, type Countable, type CountValue } from './countable.ts';

type Figures = ReturnType<typeof activityFigures>;

/**
 * The held activities of the period (of `category` when given), or why there are none.
 * Planned and cancelled activities never count.
 */
function held(site: SiteData, period: PeriodData, category?: Activity['category']): Figures | CountValue {
  if (site.records.activities.length === 0) return noRecords(ACTIVITIES_FILE, '活动');
  const id = period.statement.period.id;
  const all = activityFigures(site.records, id);
  if (all.count === 0)
    return {
      ok: false,
      reason: `${ACTIVITIES_FILE} 中没有日期在这一期间（${periodDates(period)}）的已举办活动`,
      hint: '状态为“计划”“已取消”的活动不计；请核对期间或活动日期',
    };
  return category === undefined ? all : activityFigures(site.records, id, category);
}

function isFigures(x: Figures | CountValue): x is Figures {
  return !('ok' in x);
}

/** A figure of the period's held activities; `pick` may decline with a reason. */
function activity(
  name: string,
  aliases: readonly string[],
  unit: string,
  pick: (f: Figures, period: PeriodData) => CountValue,
  options: { category?: Activity['category']; money?: boolean } = {},
): Countable {
  return {
    name,
    aliases,
    unit,
    ...(options.money ? { money: true } : {}),
    scope: 'period',
    nature: 'flow',
    count(site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      const f = held(site, period, options.category);
      return isFigures(f) ? pick(f, period) : f;
    },
  };
}

/**
 * Participants counted in `unit` (人 or 人次, never added together). The sum keeps the
 * honest qualifier of its parts (余, 近, 约). Declines when no held activity of the period
 * (of the category) is counted in that unit, naming the units that are used instead.
 */
function participants(
  name: string,
  aliases: readonly string[],
  unit: '人' | '人次',
  category?: Activity['category'],
): Countable {
  const what = category === undefined ? '已举办的活动' : `已举办的“${category}”类活动`;
  return activity(
    name,
    aliases,
    unit,
    (f) => {
      if (category !== undefined && f.count === 0) return { ok: false, reason: `这一期间没有${what}` };
      const q = f.participants[unit];
      if (q) return { ok: true, value: q.count, ...(q.qualifier ? { qualifier: q.qualifier } : {}) };
      const used = Object.keys(f.participants);
      return {
        ok: false,
        reason: `这一期间${what}中，没有以“${unit}”计参与人数的`,
        hint: used.length
          ? `这一期间参与人数所用的单位：${used.join('、')}；人和人次不能相加`
          : '这一期间的活动都没有填写参与人数',
      };
    },
    category === undefined ? {} : { category },
  );
}

/** Held activities of one category: 项, or 期 for training courses. */
const CATEGORY_COUNTS: readonly [Activity['category'], string, string, readonly string[]][] = [
  ['文体', '文体活动项数', '项', ['文体活动数', '文体活动次数']],
  ['培训', '培训期数', '期', ['培训次数', '培训班期数', '举办培训期数']],
  ['竞赛', '竞赛项数', '项', ['劳动和技能竞赛项数', '技能竞赛项数', '竞赛次数']],
  ['慰问', '走访慰问活动项数', '项', ['慰问活动项数', '走访慰问次数']],
  ['女职工', '女职工活动项数', '项', ['女职工活动次数']],
  ['捐款', '捐款献血活动项数', '项', ['公益活动项数', '捐款献血次数']],
  ['宣传', '宣传活动项数', '项', ['宣传活动次数']],
  ['建家', '建家活动项数', '项', ['建家活动次数']],
];

/** Figures of activities.csv: held activities only, per period of their start date. */
export const ACTIVITY_COUNTABLES: Countable[] = [
  activity('活动项数', ['活动数', '活动次数', '举办活动项数', '活动个数'], '项', (f) => ({ ok: true, value: f.count })),
  participants('活动参与人次', ['参与人次', '参加活动人次'], '人次'),
  participants('活动参与人数', ['参与人数', '参加活动人数'], '人'),
  activity('活动费用', ['活动经费'], '元', (f) => ({ ok: true, value: f.costFen }), { money: true }),
  ...CATEGORY_COUNTS.map(([category, name, unit, aliases]) =>
    activity(name, aliases, unit, (f) => ({ ok: true, value: f.count }), { category }),
  ),
  participants('培训参与人次', ['培训人次'], '人次', '培训'),
  participants('培训参与人数', ['培训人数'], '人', '培训'),
];
