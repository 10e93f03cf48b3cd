import { ACTIVITY_COUNTABLES } from './activity-countables.ts';
import { AID_COUNTABLES } from './aid-countables.ts';
import type { Countable } from './countable.ts';
import { DEMOCRACY_COUNTABLES } from './democracy-countables.ts';
import { HONOUR_COUNTABLES } from './honour-countables.ts';

export { formatCount, formatCountValue, type Countable, type CountValue } from './countable.ts';

const NO_MEMBERSHIP = {
  ok: false as const,
  reason: 'membership.csv 中没有这一期间的会员人数',
  hint: '请在 membership.csv 中补上这一期间',
};

function membership(
  name: string,
  aliases: readonly string[],
  nature: 'stock' | 'flow',
  field: 'members' | 'employees' | 'women' | 'retirees' | 'newMembers',
): Countable {
  return {
    name,
    aliases,
    unit: '人',
    scope: 'period',
    nature,
    count(_site, period) {
      const m = period?.membership;
      if (!m) return NO_MEMBERSHIP;
      const value = m[field];
      return value === undefined
        ? { ok: false, reason: `membership.csv 中这一期间的“${name}”没有填写` }
        : { ok: true, value };
    },
  };
}

/**
 * The countable figures, in the order they are listed to authors: the site, membership,
 * then the records (activities, aid, congress and proposals, honours).
 */
export const COUNTABLES: Countable[] = [
  {
    name: '期间数',
    aliases: ['期间个数'],
    unit: '个',
    scope: 'site',
    nature: 'stock',
    count: (site) => ({ ok: true, value: site.periods.length }),
  },
  {
    name: '明细笔数',
    aliases: ['明细账笔数', '记账笔数'],
    unit: '笔',
    scope: 'period',
    nature: 'flow',
    count(_site, period) {
      if (!period) return { ok: false, reason: '需要期间' };
      if (!period.statement.isLedger)
        return { ok: false, reason: '这一期间的经费文件是汇总表，没有逐笔明细', hint: '汇总表的期间不能统计明细笔数' };
      return { ok: true, value: period.statement.lineCount };
    },
  },
  membership('会员人数', ['会员数', '会员'], 'stock', 'members'),
  membership('职工人数', ['职工数', '职工总数'], 'stock', 'employees'),
  membership('女会员人数', ['女会员'], 'stock', 'women'),
  membership('退休会员人数', ['退休会员'], 'stock', 'retirees'),
  membership('新入会人数', ['新会员', '新入会会员'], 'flow', 'newMembers'),
  ...ACTIVITY_COUNTABLES,
  ...AID_COUNTABLES,
  ...DEMOCRACY_COUNTABLES,
  ...HONOUR_COUNTABLES,
];

/** The countable named `written` (name or alias), if any. */
export function findCountable(written: string): Countable | undefined {
  return COUNTABLES.find((c) => c.name === written || c.aliases.includes(written));
}
