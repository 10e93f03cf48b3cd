import { addDays, compareIso, daysInMonth } from './calendar.ts';

/** A calendar quarter: year, number 1–4, and its first and last day (ISO dates). */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: string;
  end: string;
}

/** The calendar quarter containing an ISO date: quarterOf("2024-05-20") → 2024 Q2. */
export function quarterOf(iso: string): Quarter {
  const year = Number(iso.slice(0, 4));
  const quarter = (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'];
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = String(year).padStart(4, '0');
  return { year, quarter, start: `${y}-${pad(first)}-01`, end: `${y}-${pad(last)}-${daysInMonth(year, last)}` };
}

/**
 * Every quarter from the one containing `from` up to the last one that ends before
 * `before` (exclusive), in time order; empty when none has ended.
 */
export function endedQuarters(from: string, before: string): Quarter[] {
  const out: Quarter[] = [];
  for (let q = quarterOf(from); compareIso(q.end, before) < 0; q = quarterOf(addDays(q.end, 1))) out.push(q);
  return out;
}
