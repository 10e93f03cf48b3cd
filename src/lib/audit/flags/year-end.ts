import { formatYuan } from '../../money/format-amount.ts';
import type { AuditLine, FlagGroup } from './audit-line.ts';

/** The period's months: "YYYY-MM" from its start to its end month, in order. */
export function periodMonths(start: string, end: string): string[] {
  const months: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/** The median of integers (the lower middle value for an even count, so it stays an integer fen). */
export function medianFen(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * 年末集中: per expense account, the spending of the period's last month against the median
 * of its other months with spending. Flagged when the last month is at least `factorTenths`/10
 * times that median. An account with spending only in the last month has nothing to compare
 * with and is not flagged; nor is a period of one month. Groups in account order of first line.
 */
export function yearEndConcentration(
  lines: readonly AuditLine[],
  period: { start: string; end: string },
  factorTenths: number,
): FlagGroup[] {
  const months = periodMonths(period.start, period.end);
  const lastMonth = months.at(-1)!;
  if (months.length < 2) return [];
  const accounts = new Map<string, { name: string; byMonth: Map<string, number>; last: AuditLine[] }>();
  for (const line of lines) {
    if (line.kind !== 'expense') continue;
    const month = line.date.slice(0, 7);
    let account = accounts.get(line.accountCode);
    if (!account) accounts.set(line.accountCode, (account = { name: line.accountName, byMonth: new Map(), last: [] }));
    account.byMonth.set(month, (account.byMonth.get(month) ?? 0) + line.fen);
    if (month === lastMonth) account.last.push(line);
  }
  const groups: FlagGroup[] = [];
  for (const account of accounts.values()) {
    const lastFen = account.byMonth.get(lastMonth) ?? 0;
    const others = [...account.byMonth.entries()]
      .filter(([m, fen]) => m !== lastMonth && fen > 0)
      .map(([, fen]) => fen);
    if (lastFen <= 0 || others.length === 0) continue;
    const median = medianFen(others);
    if (lastFen * 10 < median * factorTenths) continue;
    groups.push({
      rule: 'year-end',
      summary: `${account.name}：${lastMonth.slice(5)} 月支出 ${formatYuan(lastFen)} 元，${account.last.length} 笔`,
      detail: `其他 ${others.length} 个有支出月份的月中位数为 ${formatYuan(median)} 元，最后一个月达到 ${factorTenths / 10} 倍以上；请看是否为年末突击花钱`,
      lines: account.last,
    });
  }
  return groups;
}
