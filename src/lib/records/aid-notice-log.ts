import type { RecordRow } from './record-table.ts';
import type { Aid } from './tables/aid.ts';

/**
 * A 公示 notice as the disclosure register lists it, open or not: its dates and size, never
 * a person. Payments with the same 公示截止 and 事由 form one notice, as in openNotices.
 */
export interface AidNoticeEntry {
  occasion: string;
  /** Earliest payment date (ISO): the site shows the notice from this day. */
  from: string;
  /** Latest payment date (ISO), ≥ from. */
  to: string;
  /** Last day of the notice (公示截止, ISO), ≥ to. */
  until: string;
  /** Payments (人次) listed. */
  count: number;
}

/** Every notice of the aid rows (those with a 公示截止), by first payment date, then end date and occasion. */
export function noticeLog(rows: readonly RecordRow<Aid>[]): AidNoticeEntry[] {
  const entries = new Map<string, AidNoticeEntry>();
  for (const { value } of rows) {
    if (value.noticeUntil === undefined) continue;
    const key = `${value.noticeUntil}\u0000${value.occasion}`;
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, {
        occasion: value.occasion,
        from: value.date,
        to: value.date,
        until: value.noticeUntil,
        count: 1,
      });
      continue;
    }
    if (value.date < entry.from) entry.from = value.date;
    if (value.date > entry.to) entry.to = value.date;
    entry.count += 1;
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries.values()].sort(
    (a, b) => text(a.from, b.from) || text(a.until, b.until) || text(a.occasion, b.occasion),
  );
}
