import type { Level } from '../../records/choices.ts';
import { honourFigures, wholeYears } from '../../records/records-figures.ts';
import { HONOURS_FILE } from '../../records/tables/honours.ts';
import { noRecords, periodDates, type Countable } from './countable.ts';

type Figures = ReturnType<typeof honourFigures>;

/**
 * A figure of the honours of the years the period covers whole (honours are kept by year,
 * so a half-year period has none). The period must have some; then a level without
 * honours is a true zero.
 */
function honours(name: string, aliases: readonly string[], pick: (f: Figures) => number): Countable {
  return {
    name,
    aliases,
    unit: '项',
    scope: 'period',
    nature: 'flow',
    count(site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      if (site.records.honours.length === 0) return noRecords(HONOURS_FILE, '荣誉');
      const years = wholeYears(period.statement.period);
      if (years.length === 0)
        return {
          ok: false,
          reason: `荣誉按年度登记，这一期间（${periodDates(period)}）不包含完整的年度`,
          hint: '请引用包含整年的期间',
        };
      const f = honourFigures(site.records, years);
      if (f.total > 0) return { ok: true, value: pick(f) };
      return {
        ok: false,
        reason: `${HONOURS_FILE} 中没有 ${years.join('、')} 年度的荣誉`,
        hint: '请核对期间或“年度”一列',
      };
    },
  };
}

/** Levels with the names authors write, highest first. */
const LEVEL_NAMES: readonly [Level, string, readonly string[]][] = [
  ['全国', '全国级荣誉', ['国家级荣誉', '全国荣誉']],
  ['省', '省级荣誉', ['省部级荣誉']],
  ['市', '市级荣誉', ['地市级荣誉']],
  ['区县', '区县级荣誉', ['区级荣誉', '县级荣誉']],
  ['本单位', '本单位荣誉', ['院级荣誉', '校级荣誉', '单位荣誉']],
];

/** Figures of honours.csv per period (years it covers whole): total, individual, collective, per level. */
export const HONOUR_COUNTABLES: Countable[] = [
  honours('荣誉数', ['荣誉总数', '获得荣誉', '荣誉项数'], (f) => f.total),
  honours('个人荣誉', ['个人荣誉数'], (f) => f.individual),
  honours('集体荣誉', ['集体荣誉数'], (f) => f.collective),
  ...LEVEL_NAMES.map(([level, name, aliases]) => honours(name, aliases, (f) => f.byLevel[level])),
];
