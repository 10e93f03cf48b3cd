import type { Account, AccountKind, Chart } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { Period } from '../periods/period.ts';
import { largestRemainder } from '../shares/largest-remainder.ts';
import type { Statement, StatementCategory, StatementLine, StatementSide } from './statement.ts';

/** A side whose parts cannot be shared out because a total is negative. */
export class NegativeTotalError extends Error {
  readonly account: Account;
  readonly fen: number;
  constructor(account: Account, fen: number) {
    super(`negative total for ${account.code}`);
    this.account = account;
    this.fen = fen;
  }
}

function byCode(a: { account: Account }, b: { account: Account }): number {
  return a.account.code < b.account.code ? -1 : a.account.code > b.account.code ? 1 : 0;
}

function buildSide(kind: AccountKind, lines: readonly FundLine[], chart: Chart): StatementSide {
  const perAccount = new Map<string, FundLine[]>();
  for (const line of lines) {
    if (line.account.kind !== kind) continue;
    const list = perAccount.get(line.account.code);
    if (list) list.push(line);
    else perAccount.set(line.account.code, [line]);
  }
  const accountLines: StatementLine[] = [...perAccount.values()].map((entries) => ({
    account: entries[0]!.account,
    fen: entries.reduce((sum, e) => sum + e.fen, 0),
    shareBp: 0,
    entries,
  }));
  accountLines.sort(byCode);
  for (const line of accountLines) if (line.fen < 0) throw new NegativeTotalError(line.account, line.fen);
  const lineShares = largestRemainder(accountLines.map((l) => l.fen));
  accountLines.forEach((line, i) => (line.shareBp = lineShares[i]!));

  const categories = new Map<string, StatementCategory>();
  for (const line of accountLines) {
    const parent = chart.byCode.get(line.account.parentCode)!;
    let category = categories.get(parent.code);
    if (!category) {
      category = { account: parent, fen: 0, shareBp: 0, lines: [] };
      categories.set(parent.code, category);
    }
    category.fen += line.fen;
    category.lines.push(line);
  }
  const list = [...categories.values()].sort(byCode);
  const categoryShares = largestRemainder(list.map((c) => c.fen));
  list.forEach((category, i) => (category.shareBp = categoryShares[i]!));
  return { kind, totalFen: accountLines.reduce((sum, l) => sum + l.fen, 0), categories: list };
}

function hasRepeatedAccount(lines: readonly FundLine[]): boolean {
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.account.code)) return true;
    seen.add(line.account.code);
  }
  return false;
}

/**
 * The statement of one period from its fund lines. Shares are computed over the true
 * denominator of each side and rounded by largest remainder, so each breakdown (accounts,
 * categories) sums to exactly 100.00%. Throws NegativeTotalError when an account's total is
 * negative (reversals larger than the bookings), which the caller reports against the file.
 */
export function buildStatement(
  period: Period,
  openingFen: number,
  lines: readonly FundLine[],
  chart: Chart,
): Statement {
  const income = buildSide('income', lines, chart);
  const expense = buildSide('expense', lines, chart);
  const surplusFen = income.totalFen - expense.totalFen;
  const isLedger = lines.some((l) => l.date !== undefined) || hasRepeatedAccount(lines);
  return {
    period,
    openingFen,
    income,
    expense,
    surplusFen,
    closingFen: openingFen + surplusFen,
    isLedger,
    lineCount: lines.length,
  };
}
