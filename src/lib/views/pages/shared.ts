import { formatWan, formatYuan } from '../../money/format-amount.ts';
import type { SiteData } from '../../model/site-data.ts';
import type { Period } from '../../periods/period.ts';
import { amountChangeWords } from '../change-words.ts';

/** A headline figure as the KeyFigures component shows it (already formatted). */
export interface KeyFigure {
  label: string;
  value: string;
  note?: string;
  /** The change against the previous period in words ("比上期增加 2,714.50 元（+5.18%）"). */
  change?: string;
}

/** An amount as a headline figure: 元 with separators (plus `unit` when given), and 万元 as the note. */
export function moneyFigure(label: string, fen: number, unit = ''): KeyFigure {
  return { label, value: `${formatYuan(fen)}${unit}`, note: `${formatWan(fen)} 万元` };
}

/**
 * {@link moneyFigure} with its change against `previousFen` when there is a previous period.
 * `unit` is appended to the value (" 元"); the change is always in 元.
 */
export function moneyFigureWithChange(
  label: string,
  fen: number,
  previousFen: number | undefined,
  unit = '',
): KeyFigure {
  return {
    ...moneyFigure(label, fen, unit),
    ...(previousFen === undefined ? {} : { change: amountChangeWords(previousFen, fen) }),
  };
}

/** A period as the period switcher lists it. */
export interface PeriodLink {
  id: string;
  label: string;
}

/** Every period of the site in time order, for the period switcher. */
export function periodLinks(site: SiteData): PeriodLink[] {
  return site.periods.map((x) => ({ id: x.statement.period.id, label: x.statement.period.label }));
}

/** The static paths of a page that exists once per period. */
export function periodPaths(site: SiteData): { params: { period: string } }[] {
  return site.periods.map((p) => ({ params: { period: p.statement.period.id } }));
}

/** The index of a period in the site's time order; throws for an id that has no period. */
export function periodIndex(site: SiteData, periodId: string | undefined): number {
  const index = site.periods.findIndex((p) => p.statement.period.id === periodId);
  if (index < 0) throw new Error(`没有期间 ${periodId}`);
  return index;
}

/** A period's label without the year suffix and bracketed notes, for chart categories ("2019—2020"). */
export function shortPeriodLabel(label: string): string {
  return label.replace(/年度.*$/, '').replace(/（.*?）/g, '');
}

/** A period's date range as printed: "2024-01-01 至 2024-12-31". */
export function periodRange(p: Period): string {
  return `${p.start} 至 ${p.end}`;
}
