import { LEVELS, type Level } from './choices.ts';
import type { Honour } from './tables/honours.ts';

/** Honours of one year: count per level (本单位 … 全国) and per kind. */
export interface HonourYear {
  year: number;
  byLevel: Readonly<Record<Level, number>>;
  individual: number;
  collective: number;
  total: number;
}

/** The levels from the highest (全国) down, the order honours are listed in. */
export const LEVELS_HIGH_FIRST: readonly Level[] = (Object.keys(LEVELS) as Level[]).reverse();

/** Counts of honours per year (ascending), per level and individual/collective. */
export function honoursByYear(honours: readonly Honour[]): HonourYear[] {
  const years = [...new Set(honours.map((h) => h.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const list = honours.filter((h) => h.year === year);
    const byLevel = Object.fromEntries(
      (Object.keys(LEVELS) as Level[]).map((l) => [l, list.filter((h) => h.level === l).length]),
    ) as Record<Level, number>;
    const individual = list.filter((h) => h.kind === '个人').length;
    return { year, byLevel, individual, collective: list.length - individual, total: list.length };
  });
}

/** Honours sorted for display: newest year first, then highest level, then file order. */
export function sortHonours(honours: readonly Honour[]): Honour[] {
  return honours
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) =>
        b.h.year - a.h.year || LEVELS_HIGH_FIRST.indexOf(a.h.level) - LEVELS_HIGH_FIRST.indexOf(b.h.level) || a.i - b.i,
    )
    .map(({ h }) => h);
}
