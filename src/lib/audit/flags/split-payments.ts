import { addDays } from '../../dates/calendar.ts';
import { formatYuan } from '../../money/format-amount.ts';
import type { AuditLine, FlagGroup } from './audit-line.ts';
import { cachedKey, payeeKey } from './memo-key.ts';

/** What the split-payment rule needs from the thresholds. */
export interface SplitOptions {
  /** 审批限额 in fen: each line below it, together above it. */
  approvalLimitFen: number;
  /** The most days between the first and the last line of a group. */
  splitDays: number;
}

/**
 * 拆分支付: two or more expense lines on the same account with the same memo words (digits,
 * spaces and punctuation ignored), dated within `splitDays` of the first, each below the
 * approval limit and together above it. Lines without a memo are never grouped (nothing
 * says they went to the same payee). Greedy from the earliest line, so a line is in at most
 * one group; groups in order of their first date.
 */
export function splitPayments(lines: readonly AuditLine[], options: SplitOptions): FlagGroup[] {
  // Bucketed by account, then by memo words: two lookups, no key string built per line.
  const byAccount = new Map<string, Map<string, AuditLine[]>>();
  const keyOf = cachedKey(payeeKey);
  for (const line of lines) {
    if (line.kind !== 'expense' || line.fen <= 0 || line.fen >= options.approvalLimitFen) continue;
    const key = keyOf(line.memo);
    if (key === '') continue;
    let byKey = byAccount.get(line.accountCode);
    if (!byKey) byAccount.set(line.accountCode, (byKey = new Map()));
    const bucket = byKey.get(key);
    if (bucket) bucket.push(line);
    else byKey.set(key, [line]);
  }
  const buckets = [...byAccount.values()].flatMap((byKey) => [...byKey.values()]);
  const groups: FlagGroup[] = [];
  for (const bucket of buckets) {
    const sorted = [...bucket].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
    let start = 0;
    while (start < sorted.length) {
      const last = addDays(sorted[start]!.date, options.splitDays);
      let end = start;
      while (end + 1 < sorted.length && sorted[end + 1]!.date <= last) end++;
      const group = sorted.slice(start, end + 1);
      const totalFen = group.reduce((sum, l) => sum + l.fen, 0);
      if (group.length >= 2 && totalFen > options.approvalLimitFen) {
        groups.push(splitGroup(group, totalFen, options));
        start = end + 1;
      } else {
        start++;
      }
    }
  }
  return groups.sort((a, b) => compareFirst(a.lines, b.lines));
}

function splitGroup(group: AuditLine[], totalFen: number, options: SplitOptions): FlagGroup {
  const first = group[0]!;
  const span = group.at(-1)!.date === first.date ? '同一天' : `${first.date} 至 ${group.at(-1)!.date}`;
  return {
    rule: 'split-payment',
    summary: `${first.accountName}“${first.memo}”等 ${group.length} 笔，${span}，合计 ${formatYuan(totalFen)} 元`,
    detail: `每笔都低于审批限额 ${formatYuan(options.approvalLimitFen)} 元，合计超过限额；请看是否为同一事项分开支付`,
    lines: [...group].sort((a, b) => a.line - b.line),
  };
}

/** Orders groups by the date, then the line, of their first line. */
export function compareFirst(a: readonly AuditLine[], b: readonly AuditLine[]): number {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
  return x.date < y.date ? -1 : x.date > y.date ? 1 : x.line - y.line;
}
