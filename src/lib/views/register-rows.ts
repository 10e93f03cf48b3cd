import { compareIso, daysInclusive } from '../dates/calendar.ts';
import type { RegisterRow } from '../disclosure/register.ts';
import { kindLabel } from '../disclosure/kinds.ts';
import { STATUS_LABELS, type DisclosureStatus } from '../disclosure/status.ts';

/** A register row as the pages print it: every cell a finished string. */
export interface RegisterViewRow {
  kind: string;
  title: string;
  /** Link target relative to the site root (for href()), absent for a missing item. */
  path?: string;
  /** The period label, or the days covered ("2024-03-22", "2024-01-22 至 2024-01-26"). */
  covers: string;
  audience: string;
  publishedOn: string;
  deadline: string;
  status: DisclosureStatus;
  statusLabel: string;
  /**
   * How late or how long left, e.g. "逾期 13 天公开", "已逾期 91 天", "还有 30 天", "公示至 2025-07-01",
   * and for a notice shorter than the schedule's 公示天数 "公示 5 天，少于规定的 7 天".
   */
  note: string;
}

const DASH = '—';

function note(row: RegisterRow): string {
  const parts: string[] = [];
  if (row.status === 'overdue') parts.push(`已逾期 ${row.lateDays} 天`);
  if ((row.status === 'published' || row.status === 'expired') && row.lateDays > 0)
    parts.push(`逾期 ${row.lateDays} 天公开`);
  if (row.status === 'due' && row.daysLeft !== undefined)
    parts.push(row.daysLeft === 0 ? '今天到期' : `还有 ${row.daysLeft} 天`);
  if (row.status === 'due' && row.item.publishedOn) parts.push(`定于 ${row.item.publishedOn} 公开`);
  if (row.status === 'due' && row.missing) parts.push('尚无数据');
  if (row.status === 'due' && !row.missing && !row.item.publishedOn) parts.push('未登记公开日期');
  if (row.item.endsOn && row.status !== 'overdue')
    parts.push(row.status === 'expired' ? `公示已于 ${row.item.endsOn} 结束` : `公示至 ${row.item.endsOn}`);
  if (row.item.correctedOn && row.item.correctedOn.length > 0)
    parts.push(`已更正（${row.item.correctedOn.join('、')}）`);
  const { publishedOn, endsOn } = row.item;
  const required = row.rule?.noticeDays;
  if (
    required &&
    publishedOn &&
    endsOn &&
    row.status !== 'due' &&
    compareIso(publishedOn, endsOn) <= 0 &&
    daysInclusive(publishedOn, endsOn) < required
  )
    parts.push(`公示 ${daysInclusive(publishedOn, endsOn)} 天，少于规定的 ${required} 天`);
  return parts.join('，');
}

/** The rows as printed: labels, dates or "—", and a note on lateness. Order is kept. */
export function registerViewRows(rows: readonly RegisterRow[]): RegisterViewRow[] {
  return rows.map((row) => ({
    kind: kindLabel(row.item.kind),
    title: row.item.title,
    ...(row.item.href ? { path: row.item.href } : {}),
    covers:
      row.covers ??
      (row.item.coversStart === row.item.coversEnd
        ? row.item.coversStart
        : `${row.item.coversStart} 至 ${row.item.coversEnd}`),
    audience: row.item.audience,
    publishedOn: row.item.publishedOn && row.status !== 'due' ? row.item.publishedOn : DASH,
    deadline: row.deadline ?? DASH,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    note: note(row),
  }));
}

/** How many rows have each status. */
export function statusCounts(rows: readonly RegisterRow[]): Record<DisclosureStatus, number> {
  const counts: Record<DisclosureStatus, number> = { published: 0, due: 0, overdue: 0, expired: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The `limit` most recent disclosures (published or expired), latest first; one row per item. */
export function latestDisclosures(rows: readonly RegisterRow[], limit: number): RegisterRow[] {
  const seen = new Set<string>();
  const key = (r: RegisterRow) => `${r.item.kind}|${r.item.title}|${r.item.href ?? ''}`;
  return rows
    .filter((r) => (r.status === 'published' || r.status === 'expired') && r.item.publishedOn)
    .sort((a, b) => compareIso(b.item.publishedOn!, a.item.publishedOn!))
    .filter((r) => (seen.has(key(r)) ? false : (seen.add(key(r)), true)))
    .slice(0, limit);
}

/** Rows that need staff: overdue ones (longest overdue first), then due ones with a deadline (soonest first). */
export function needsAttention(rows: readonly RegisterRow[]): RegisterRow[] {
  const overdue = rows.filter((r) => r.status === 'overdue').sort((a, b) => b.lateDays - a.lateDays);
  const due = rows.filter((r) => r.status === 'due' && r.deadline).sort((a, b) => compareIso(a.deadline!, b.deadline!));
  return [...overdue, ...due];
}
