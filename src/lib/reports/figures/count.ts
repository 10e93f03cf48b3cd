import type { Qualifier } from '../../records/quantity.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { nearest } from '../../text/edit-distance.ts';
import { COUNTABLES, findCountable, formatCountValue } from './countables.ts';
import { fail, figure, type FigureProblem, type FigureResult, type TagProps } from './figure-types.ts';
import { findPeriod, type Found } from './lookup.ts';

/** A count as found: the number, and how exact it is (absent: exact). */
export interface CountFound {
  value: number;
  qualifier?: Qualifier;
}

function unknownCount(written: string, attribute: string, periodOnly: boolean): FigureProblem {
  const names = COUNTABLES.filter((c) => !periodOnly || c.scope === 'period').map((c) => c.name);
  const near = nearest(
    written,
    COUNTABLES.flatMap((c) => [c.name, ...c.aliases]),
  );
  return {
    attribute,
    code: 'report.unknown-count',
    message: periodOnly ? `“${written}”不是可以按期间统计的数字` : `“${written}”不是可以统计的数字`,
    expected: names.join('、'),
    found: written === '' ? '未填写' : written,
    hint: near ? `是否应为“${findCountable(near)!.name}”？` : undefined,
  };
}

/** The value of a per-period countable named in attribute `attribute`. */
export function countFor(site: SiteData, data: PeriodData, written: string, attribute: string): Found<CountFound> {
  const countable = findCountable(written);
  if (!countable || countable.scope !== 'period') return { ok: false, problem: unknownCount(written, attribute, true) };
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
  return { ok: true, value: { value: value.value, ...(value.qualifier ? { qualifier: value.qualifier } : {}) } };
}

/**
 * Like {@link countFor}, for arithmetic (`<Change>`, `<Share>`): a count summed from
 * figures written with 余/近/约 is refused, since its difference or ratio would be invented.
 */
export function exactCountFor(site: SiteData, data: PeriodData, written: string, attribute: string): Found<number> {
  const found = countFor(site, data, written, attribute);
  if (!found.ok) return found;
  const { value, qualifier } = found.value;
  if (qualifier === undefined) return { ok: true, value };
  const countable = findCountable(written)!;
  return {
    ok: false,
    problem: {
      attribute,
      code: 'report.count-approximate',
      message: `期间“${data.statement.period.label}”的“${countable.name}”是约数（${formatCountValue(countable, value, qualifier)}），不能计算增减或占比`,
      expected: '各项都是确数的数字',
      found: formatCountValue(countable, value, qualifier),
      hint: '参与人数中有“余”“近”“约”的约数；可以直接写出这个数字，或在数据中填写确数',
    },
  };
}

/** `<Count figure [period] />`: a count from the data with its unit, "427 人", "2,406 余人". */
export function resolveCount(site: SiteData, props: TagProps): FigureResult {
  const written = props.figure ?? '';
  const countable = findCountable(written);
  if (!countable) return fail(unknownCount(written, 'figure', false));
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
    return figure(formatCountValue(countable, value.value, value.qualifier), []);
  }
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const value = countFor(site, period.value.data, written, 'figure');
  if (!value.ok) return fail(value.problem);
  return figure(formatCountValue(countable, value.value.value, value.value.qualifier), [
    period.value.data.statement.period.id,
  ]);
}
