import type { PeriodData, SiteData } from '../../site/site-data.ts';
import { COUNTABLES, findCountable, formatCount } from './countables.ts';
import { fail, figure, type FigureResult, type TagProps } from './figure-types.ts';
import { findPeriod, type Found } from './lookup.ts';

/** The value of a per-period countable named in attribute `attribute`. */
export function countFor(site: SiteData, data: PeriodData, written: string, attribute: string): Found<number> {
  const countable = findCountable(written);
  if (!countable || countable.scope !== 'period') {
    return {
      ok: false,
      problem: {
        attribute,
        code: 'report.unknown-count',
        message: `“${written}”不是可以按期间统计的数字`,
        expected: COUNTABLES.filter((c) => c.scope === 'period')
          .map((c) => c.name)
          .join('、'),
        found: written,
      },
    };
  }
  const value = countable.count(site, data);
  if (!value.ok) {
    return {
      ok: false,
      problem: {
        attribute: 'period',
        code: 'report.count-missing',
        message: `期间“${data.statement.period.label}”没有“${countable.name}”：${value.reason}`,
        expected: `有“${countable.name}”数据的期间`,
        found: data.statement.period.id,
        hint: value.hint,
      },
    };
  }
  return { ok: true, value: value.value };
}

/** `<Count figure [period] />`: a count from the data with its unit, "427 人". */
export function resolveCount(site: SiteData, props: TagProps): FigureResult {
  const written = props.figure ?? '';
  const countable = findCountable(written);
  if (!countable) {
    return fail({
      attribute: 'figure',
      code: 'report.unknown-count',
      message: `“${written}”不是可以统计的数字`,
      expected: COUNTABLES.map((c) => c.name).join('、'),
      found: written === '' ? '未填写' : written,
    });
  }
  if (countable.scope === 'site') {
    if (props.period !== undefined)
      return fail({
        attribute: 'period',
        code: 'report.count-no-period',
        message: `“${countable.name}”是全站的数字，不按期间统计`,
        expected: '不写 period',
        found: props.period,
      });
    const value = countable.count(site, undefined);
    if (!value.ok)
      return fail({ attribute: 'figure', code: 'report.count-missing', message: value.reason, found: written });
    return figure(formatCount(value.value, countable.unit), []);
  }
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const value = countFor(site, period.value.data, written, 'figure');
  if (!value.ok) return fail(value.problem);
  return figure(formatCount(value.value, countable.unit), [period.value.data.statement.period.id]);
}
