import { daysInclusive } from '../../dates/calendar.ts';
import { formatYuan } from '../../money/format-amount.ts';
import { formatPercent, percentChange } from '../../numbers/rates.ts';
import type { Period } from '../../periods/period.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { findCountable, formatCountValue } from './countables.ts';
import { exactCountFor } from './count.ts';
import { fail, figure, type FigureResult, type TagProps } from './figure-types.ts';
import { findAccount, findPeriod, findTotal, type Found } from './lookup.ts';

/** A period's label for prose, without the parenthesised note: "2019—2020年度". */
export function proseLabel(period: Period): string {
  return period.label.replace(/[（(].*?[）)]/g, '').trim();
}

type Value = { value: number; stock: boolean; format: (n: number) => string };

function valueOf(site: SiteData, data: PeriodData, props: TagProps): Found<Value> {
  const money = (n: number) => `${formatYuan(n)} 元`;
  if (props.count !== undefined) {
    const countable = findCountable(props.count);
    const value = exactCountFor(site, data, props.count, 'count');
    if (!value.ok) return value;
    return {
      ok: true,
      value: {
        value: value.value,
        stock: countable!.nature === 'stock',
        format: (n) => formatCountValue(countable!, n),
      },
    };
  }
  if (props.total !== undefined) {
    const total = findTotal(props.total);
    if (!total.ok) return total;
    return { ok: true, value: { value: total.value.fen(data.statement), stock: total.value.stock, format: money } };
  }
  const account = findAccount(site, data.statement, props.account);
  if (!account.ok) return account;
  return { ok: true, value: { value: account.value.fen, stock: false, format: money } };
}

/**
 * `<Change period account|total|count [against] />`: the change against the previous period
 * (or `against`), in words: "比2022年度增加 2,347.60 元，增长 4.69%", "与2022年度持平".
 * Flows (income, expense, new members) are compared only between periods of equal length.
 */
export function resolveChange(site: SiteData, props: TagProps): FigureResult {
  const sources = [props.account, props.total, props.count].filter((s) => s !== undefined);
  if (sources.length !== 1) {
    return fail({
      code: 'report.change-source',
      message: '<Change> 需要 account（科目）、total（合计项）或 count（人数等）三者之一',
      expected: 'account="会费收入"、total="本期收入" 或 count="会员人数"',
      found: sources.length ? '写了不止一个' : '都没有写',
    });
  }
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  let base;
  if (props.against !== undefined) {
    base = findPeriod(site, props.against, 'against');
    if (!base.ok) return fail(base.problem);
  } else {
    const previous = site.periods[period.value.index - 1];
    if (!previous)
      return fail({
        attribute: 'period',
        code: 'report.change-no-previous',
        message: `期间“${period.value.data.statement.period.label}”是第一个期间，没有上期可以比较`,
        expected: '有上期的期间，或用 against 指定比较的期间',
        found: props.period,
      });
    base = { ok: true as const, value: { data: previous, index: period.value.index - 1 } };
  }
  const current = valueOf(site, period.value.data, props);
  if (!current.ok) return fail(current.problem);
  const before = valueOf(site, base.value.data, props);
  if (!before.ok)
    return fail({
      ...before.problem,
      attribute: before.problem.attribute === 'period' ? 'against' : before.problem.attribute,
      message: `比较的期间：${before.problem.message}`,
    });
  const p = period.value.data.statement.period;
  const q = base.value.data.statement.period;
  if (p.id === q.id)
    return fail({
      attribute: 'against',
      code: 'report.change-same-period',
      message: '不能与同一期间比较',
      found: q.id,
    });
  const days = [daysInclusive(p.start, p.end), daysInclusive(q.start, q.end)];
  if (!current.value.stock && Math.abs(days[0]! - days[1]!) > 31) {
    return fail({
      attribute: props.against === undefined ? 'period' : 'against',
      code: 'report.change-unequal-periods',
      message: `期间“${p.label}”（${days[0]} 天）与“${q.label}”（${days[1]} 天）长短不同，收支数字不宜直接比较增减`,
      expected: '长度相同的两个期间',
      found: `${p.id} 与 ${q.id}`,
      hint: '可以分别写出两期的数字；结余、会员人数等期末数不受此限制',
    });
  }
  const delta = current.value.value - before.value.value;
  const label = proseLabel(q);
  if (delta === 0) return figure(`与${label}持平`, [p.id, q.id]);
  const percent = percentChange(before.value.value, current.value.value);
  const moved = `比${label}${delta > 0 ? '增加' : '减少'} ${current.value.format(Math.abs(delta))}`;
  const rate = percent === null ? '' : `，${percent > 0 ? '增长' : '下降'} ${formatPercent(Math.abs(percent))}`;
  return figure(moved + rate, [p.id, q.id]);
}
