import { honoursByYear, LEVELS_HIGH_FIRST, sortHonours } from '../../records/honour-rollups.ts';
import type { Level } from '../../records/choices.ts';
import type { Honour } from '../../records/tables/honours.ts';

/** Honours of one year: counts per level (全国 first), individual, collective, total. */
export interface HonourYearRow {
  year: string;
  levels: number[];
  individual: number;
  collective: number;
  total: number;
}

/** The levels that occur among the honours, highest first: the level columns of {@link honourYearRows}. */
export function honourLevels(honours: readonly Honour[]): Level[] {
  return LEVELS_HIGH_FIRST.filter((l) => honours.some((h) => h.level === l));
}

/** One row per year with honours, newest first, with a count per level of {@link honourLevels}. */
export function honourYearRows(honours: readonly Honour[]): HonourYearRow[] {
  const levels = honourLevels(honours);
  return honoursByYear(honours)
    .reverse()
    .map((y) => ({
      year: `${y.year}年`,
      levels: levels.map((l) => y.byLevel[l]),
      individual: y.individual,
      collective: y.collective,
      total: y.total,
    }));
}

/** Honours per level over all years, highest level first, levels without honours left out. */
export function honourLevelBars(honours: readonly Honour[]): { label: string; value: number; valueText: string }[] {
  return LEVELS_HIGH_FIRST.flatMap((level) => {
    const n = honours.filter((h) => h.level === level).length;
    return n ? [{ label: level === '本单位' ? '本单位' : `${level}级`, value: n, valueText: `${n} 项` }] : [];
  });
}

/** One honour as a table row. */
export interface HonourListRow {
  year: string;
  title: string;
  recipient: string;
  category: string;
  level: string;
  kind: string;
  grantor: string;
}

/** Honours for the list: newest year first, then highest level. */
export function honourListRows(honours: readonly Honour[]): HonourListRow[] {
  return sortHonours(honours).map((h) => ({
    year: String(h.year),
    title: h.title,
    recipient: h.recipient,
    category: h.category,
    level: h.level,
    kind: h.kind,
    grantor: h.grantor ?? '',
  }));
}
