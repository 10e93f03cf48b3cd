import { formatPercent, ratioBasisPoints } from '../../numbers/rates.ts';
import type { AuditLine, FlagGroup } from './audit-line.ts';
import { ROUND_MIN_LINES, ROUND_SHARE_MARGIN_BP, ROUND_UNIT_FEN } from './thresholds.ts';

/** Whether an amount is a whole multiple of 100 元 (整数金额). */
export function isRoundFen(fen: number): boolean {
  return fen !== 0 && fen % ROUND_UNIT_FEN === 0;
}

interface Share {
  name: string;
  round: AuditLine[];
  count: number;
}

/** Lines and whole-hundred lines per expense account code. */
type Tally = Map<string, { count: number; round: number }>;

function shares(lines: readonly AuditLine[]): Map<string, Share> {
  const byAccount = new Map<string, Share>();
  for (const line of lines) {
    if (line.kind !== 'expense') continue;
    let share = byAccount.get(line.accountCode);
    if (!share) byAccount.set(line.accountCode, (share = { name: line.accountName, round: [], count: 0 }));
    share.count++;
    if (isRoundFen(line.fen)) share.round.push(line);
  }
  return byAccount;
}

/**
 * The tally of a period's lines, counted once per lines array: every period is compared
 * with the pooled others, so without it a union of P periods would count each line P − 1
 * times. The arrays are read-only once built (PeriodFlagInput), so the cache cannot go stale.
 */
const tallies = new WeakMap<readonly AuditLine[], Tally>();

function tallyOf(lines: readonly AuditLine[]): Tally {
  const cached = tallies.get(lines);
  if (cached) return cached;
  const tally: Tally = new Map();
  for (const line of lines) {
    if (line.kind !== 'expense') continue;
    let entry = tally.get(line.accountCode);
    if (!entry) tally.set(line.accountCode, (entry = { count: 0, round: 0 }));
    entry.count++;
    if (isRoundFen(line.fen)) entry.round++;
  }
  tallies.set(lines, tally);
  return tally;
}

/** The tallies of several periods added up. */
function pooled(periods: readonly (readonly AuditLine[])[]): Tally {
  const sum: Tally = new Map();
  for (const lines of periods) {
    for (const [code, { count, round }] of tallyOf(lines)) {
      const entry = sum.get(code);
      if (entry) {
        entry.count += count;
        entry.round += round;
      } else sum.set(code, { count, round });
    }
  }
  return sum;
}

/**
 * 整数金额偏多: per expense account, the share of lines that are whole multiples of 100 元
 * in this period against the same account's share in the union's other ledger periods
 * (pooled). Flagged when this period's share is higher by at least 25 percentage points,
 * with at least 5 lines of the account on each side. Without other ledger periods nothing
 * can be compared and nothing is flagged. Groups in the order accounts first appear.
 */
export function roundAmounts(
  lines: readonly AuditLine[],
  otherPeriods: readonly (readonly AuditLine[])[],
): FlagGroup[] {
  const mine = shares(lines);
  const theirs = pooled(otherPeriods);
  const groups: FlagGroup[] = [];
  for (const [code, share] of mine) {
    const other = theirs.get(code);
    if (!other || share.count < ROUND_MIN_LINES || other.count < ROUND_MIN_LINES) continue;
    const mineBp = ratioBasisPoints(share.round.length, share.count)!;
    const otherBp = ratioBasisPoints(other.round, other.count)!;
    if (mineBp - otherBp < ROUND_SHARE_MARGIN_BP) continue;
    groups.push({
      rule: 'round-amounts',
      summary: `${share.name}：${share.count} 笔中 ${share.round.length} 笔为整百元（${formatPercent(mineBp)}）`,
      detail: `本会其他期间同一科目 ${other.count} 笔中整百元占 ${formatPercent(otherBp)}，本期高出 ${formatPercent(mineBp - otherBp)} 个百分点以上；整数金额多见于估算或未附发票的支出，请抽查凭证`,
      lines: share.round,
    });
  }
  return groups;
}
