import { periodMonths } from './year-end.ts';

/** The number of calendar months a period touches (12 for a calendar year, 24 for two). */
export function monthsOf(period: { start: string; end: string }): number {
  return periodMonths(period.start, period.end).length;
}
