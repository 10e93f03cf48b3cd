import { addDays } from '../../dates/calendar.ts';
import { formatYuan } from '../../money/format-amount.ts';
import type { AuditLine, FlagGroup } from './audit-line.ts';
import { compareFirst } from './split-payments.ts';
import { cachedKey, memoKey } from './memo-key.ts';

/**
 * A payment at a standard rate recurs: the same account, amount and memo in at least this
 * many calendar months of the period (慰问住院职工 400 元 each time) is the union's standard,
 * and two of them a few days apart are two people, not one payment booked twice.
 */
export const STANDARD_RATE_MONTHS = 3;

/**
 * 疑似重复: expense lines with the same account, the same amount and the same memo (spaces,
 * punctuation and full/half width ignored), under different vouchers, dated within
 * `duplicateDays` days of the first. Lines without a voucher number count as different
 * vouchers (each is its own entry), so a ledger without vouchers is still checked. A
 * standard-rate payment (the same account, amount and memo in {@link STANDARD_RATE_MONTHS}
 * or more months of the period) is not flagged. Groups in order of their first date.
 */
export function likelyDuplicates(lines: readonly AuditLine[], duplicateDays: number): FlagGroup[] {
  // Most amounts occur once: lines are bucketed by amount first (a number key, no string
  // built per line), and only amounts that recur are split by account and memo.
  // An amount seen once is held as its line, not in an array of its own.
  const byFen = new Map<number, AuditLine | AuditLine[]>();
  for (const line of lines) {
    if (line.kind !== 'expense' || line.fen <= 0) continue;
    const seen = byFen.get(line.fen);
    if (seen === undefined) byFen.set(line.fen, line);
    else if (Array.isArray(seen)) seen.push(line);
    else byFen.set(line.fen, [seen, line]);
  }
  const keyOf = cachedKey(memoKey);
  const buckets: AuditLine[][] = [];
  for (const sameFen of byFen.values()) {
    if (!Array.isArray(sameFen)) continue;
    const byKey = new Map<string, AuditLine[]>();
    for (const line of sameFen) {
      const key = `${line.accountCode}\0${keyOf(line.memo)}`;
      const bucket = byKey.get(key);
      if (bucket) bucket.push(line);
      else byKey.set(key, [line]);
    }
    buckets.push(...byKey.values());
  }
  const groups: FlagGroup[] = [];
  for (const bucket of buckets) {
    if (bucket.length < 2) continue;
    if (new Set(bucket.map((l) => l.date.slice(0, 7))).size >= STANDARD_RATE_MONTHS) continue;
    const sorted = [...bucket].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
    let start = 0;
    while (start < sorted.length) {
      const last = addDays(sorted[start]!.date, duplicateDays);
      let end = start;
      while (end + 1 < sorted.length && sorted[end + 1]!.date <= last) end++;
      const group = sorted.slice(start, end + 1);
      const vouchers = new Set(group.map((l) => (l.voucher === '' ? `#${l.line}` : l.voucher)));
      if (vouchers.size >= 2) {
        groups.push(duplicateGroup(group, duplicateDays));
        start = end + 1;
      } else {
        start++;
      }
    }
  }
  return groups.sort((a, b) => compareFirst(a.lines, b.lines));
}

function duplicateGroup(group: AuditLine[], days: number): FlagGroup {
  const first = group[0]!;
  const vouchers = [...new Set(group.map((l) => l.voucher).filter((v) => v !== ''))];
  return {
    rule: 'duplicate',
    summary: `${first.accountName}“${first.memo}” ${formatYuan(first.fen)} 元，${group.length} 笔`,
    detail: `金额和摘要相同，${vouchers.length > 0 ? `凭证号不同（${vouchers.join('、')}）` : '分别入账'}，相隔不超过 ${days} 天；请看是否重复入账`,
    lines: [...group].sort((a, b) => a.line - b.line),
  };
}
