import { formatYuan } from '../../money/format-amount.ts';
import type { Period } from '../../periods/period.ts';
import type { Qualifier } from '../../records/quantity.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';

/**
 * A count, or why there is none for the period asked. `qualifier` says how exact a sum of
 * counts written with 余/近/约 is (see sumQuantities); absent means exact.
 */
export type CountValue =
  { ok: true; value: number; qualifier?: Qualifier } | { ok: false; reason: string; hint?: string };

/**
 * A figure `<Count>` (and `<Share>`/`<Change>` with `count=`) can print: a whole number of
 * things with its unit, or an amount of money (fen) from the records. The registry is open:
 * each kind of data adds its figures to COUNTABLES (countables.ts), reading them from SiteData.
 */
export interface Countable {
  /** The name authors write in `figure=` / `count=`, e.g. "会员人数". */
  name: string;
  aliases: readonly string[];
  /** The unit printed after the number: 人, 人次, 项, 期, 件, 次, 元 … (人 and 人次 are never mixed). */
  unit: string;
  /** The value is an amount in fen, printed in yuan with two decimals ("1,400.00 元"); unit is 元. */
  money?: boolean;
  /** 'site': one number for the whole site (no period); 'period': one per period. */
  scope: 'site' | 'period';
  /**
   * 'stock': a level at the end of the period (members), comparable across periods of any
   * length; 'flow': accumulated over the period (new members, activities), compared only
   * between periods of the same length.
   */
  nature: 'stock' | 'flow';
  /** The number; `period` is given exactly when scope is 'period'. */
  count(site: SiteData, period: PeriodData | undefined): CountValue;
}

/** A count with thousands separators: 1234 → "1,234". */
function digits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a count with separators and its unit: 1234, "人" → "1,234 人". */
export function formatCount(value: number, unit: string): string {
  return `${digits(value)} ${unit}`;
}

/**
 * A countable's value as prose prints it: "1,234 人", "2,406 余人", "近 700 人次",
 * "200 人以上", "约 190 人", or for money "1,400.00 元".
 */
export function formatCountValue(countable: Pick<Countable, 'unit' | 'money'>, value: number, qualifier?: Qualifier) {
  if (countable.money) return `${formatYuan(value)} 元`;
  const unit = countable.unit;
  switch (qualifier) {
    case undefined:
      return formatCount(value, unit);
    case '近':
    case '约':
      return `${qualifier} ${digits(value)} ${unit}`;
    case '以上':
      return `${digits(value)} ${unit}以上`;
    default:
      return `${digits(value)} ${qualifier}${unit}`;
  }
}

/** A period's dates as messages write them: "2019-01-01 至 2020-12-31". */
export function periodDates(period: PeriodData): string {
  const p: Period = period.statement.period;
  return `${p.start} 至 ${p.end}`;
}

/** Why a record figure is missing: the table has no rows at all (absent file or header only). */
export function noRecords(file: string, what: string): CountValue {
  return {
    ok: false,
    reason: `没有${what}记录（${file} 不存在或没有数据行）`,
    hint: `在 ${file} 中登记${what}后才能引用这个数字`,
  };
}
