import { aidCategoryFigures, aidFigures } from '../../records/records-figures.ts';
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
 * A figure of the period's aid (aggregates only, never a person). A category without
 * payments in a period that has aid is a true zero.
 */
function aid(
  name: string,
  aliases: readonly string[],
  unit: '人次' | '人' | '元',
  pick: (site: SiteData, periodId: string) => number,
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
      return recorded(site, period) ?? { ok: true, value: pick(site, period.statement.period.id) };
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
    ),
    aid(
      `${name}金额`,
      aliases.map((a) => `${a}金额`),
      '元',
      (site, id) => aidCategoryFigures(site.records, id, category).fen,
    ),
  ]),
];
