import { aidCategoryFigures, aidFigures } from '../../records/records-figures.ts';
import { MERGED_GROUP_LABEL } from '../../records/aid-summary.ts';
import { AID_FILE, type AID_CATEGORIES } from '../../records/tables/aid.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { noRecords, periodDates, type Countable, type CountValue } from './countable.ts';

/** The period's aid payments are recorded, or why not. */
function recorded(site: SiteData, period: PeriodData): CountValue | undefined {
  if (site.records.aid.periods.length === 0) return noRecords(AID_FILE, '帮扶慰问');
  if (aidFigures(site.records, period.statement.period.id).count > 0) return undefined;
  return {
    ok: false,
    reason: `${AID_FILE} 中没有日期在这一期间（${periodDates(period)}）的帮扶慰问记录`,
    hint: '请核对期间或发放日期',
  };
}

/**
 * Why a figure of the period's aid is not published: the period, or the category (merged
 * with others, or needed to hide one that is), has aid for fewer people than the minimum
 * group size (最小公开人数). A report citing it would publish what the aid page withholds.
 */
function withheld(site: SiteData, periodId: string, category?: string): CountValue | undefined {
  const summary = site.records.aid.periods.find((p) => p.periodId === periodId);
  if (!summary) return undefined;
  const min = summary.minGroupSize;
  const hint = `报告中请不写这个数字，或改写合并后的数字（帮扶慰问页“${MERGED_GROUP_LABEL}”一行）；最小公开人数在 union.yaml 中设定`;
  if (summary.hidden) {
    return { ok: false, reason: `这一期间的帮扶慰问少于 ${min} 人，不单独公开`, hint };
  }
  if (category !== undefined && summary.hiddenCategories.includes(category)) {
    return {
      ok: false,
      reason: `类别“${category}”少于 ${min} 人，或与少于 ${min} 人的类别合并列示，不单独公开`,
      hint,
    };
  }
  return undefined;
}

/**
 * A figure of the period's aid (aggregates only, never a person). A category without
 * payments in a period that has aid is a true zero.
 */
function aid(
  name: string,
  aliases: readonly string[],
  unit: '人次' | '人' | '元',
  pick: (site: SiteData, periodId: string) => number,
  category?: string,
): Countable {
  return {
    name,
    aliases,
    unit,
    ...(unit === '元' ? { money: true } : {}),
    scope: 'period',
    nature: 'flow',
    count(site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      const id = period.statement.period.id;
      return withheld(site, id, category) ?? recorded(site, period) ?? { ok: true, value: pick(site, id) };
    },
  };
}

/** Categories of aid.csv with the names authors write for their 人次 and amounts. */
const CATEGORIES: readonly [keyof typeof AID_CATEGORIES, string, readonly string[]][] = [
  ['困难帮扶', '困难帮扶', ['困难职工帮扶', '帮扶困难职工']],
  ['金秋助学', '金秋助学', ['助学']],
  ['慰问', '慰问', ['婚育病逝慰问', '个人慰问']],
  ['送温暖', '送温暖', []],
];

/**
 * Figures of aid.csv per period of the payment date: payments (人次), different recipients
 * (人) and amounts (元), in total and per category.
 */
export const AID_COUNTABLES: Countable[] = [
  aid('帮扶慰问人次', ['帮扶慰问总人次'], '人次', (site, id) => aidFigures(site.records, id).count),
  aid('帮扶慰问人数', ['受助人数', '帮扶慰问对象人数'], '人', (site, id) => aidFigures(site.records, id).people),
  aid('帮扶慰问金额', ['帮扶慰问总额', '帮扶慰问资金'], '元', (site, id) => aidFigures(site.records, id).fen),
  ...CATEGORIES.flatMap(([category, name, aliases]) => [
    aid(
      `${name}人次`,
      aliases.map((a) => `${a}人次`),
      '人次',
      (site, id) => aidCategoryFigures(site.records, id, category).count,
      category,
    ),
    aid(
      `${name}金额`,
      aliases.map((a) => `${a}金额`),
      '元',
      (site, id) => aidCategoryFigures(site.records, id, category).fen,
      category,
    ),
  ]),
];
