import type { Account, AccountKind, Chart } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { Period } from '../periods/period.ts';
import { largestRemainder } from '../shares/largest-remainder.ts';
import type { SpendingSplit, Statement, StatementCategory, StatementLine, StatementSide } from './statement.ts';

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

/**
 * Splits `parentBp` among parts in proportion to their amounts over the side's total:
 * each part gets floor(fen × 10000 / total) and the basis points still missing go to the
 * largest remainders, so the parts sum to exactly `parentBp` and each differs from its
 * exact share by less than one basis point.
 */
export function splitShare(parentBp: number, fens: readonly number[], totalFen: number): number[] {
  if (fens.length === 0) return [];
  if (totalFen === 0) return fens.map(() => 0);
  const exact = fens.map((fen) => BigInt(fen) * 10_000n);
  const total = BigInt(totalFen);
  const floors = exact.map((e) => Number(e / total));
  let missing = parentBp - floors.reduce((a, b) => a + b, 0);
  const order = fens
    .map((fen, index) => ({ index, fen, remainder: exact[index]! % total }))
    .sort((a, b) =>
      a.remainder === b.remainder ? b.fen - a.fen || a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const parts = [...floors];
  for (let i = 0; missing > 0 && order.length > 0; i = (i + 1) % order.length, missing--) parts[order[i]!.index]! += 1;
  return parts;
}

function sum(entries: readonly FundLine[]): number {
  return entries.reduce((total, e) => total + e.fen, 0);
}

function group(entries: readonly FundLine[], keyOf: (line: FundLine) => string): Map<string, FundLine[]> {
  const map = new Map<string, FundLine[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  return map;
}

function accountOf(chart: Chart, code: string, fallback: Account): Account {
  return chart.byCode.get(code) ?? fallback;
}

/** The level 2 code a line belongs to: its account's own for levels 1–2, the parent's for level 3. */
function level2Code(line: FundLine): string {
  return line.account.level === 3 ? line.account.parentCode : line.account.code;
}

function buildLine(account: Account, entries: FundLine[], chart: Chart): StatementLine {
  const children: StatementLine[] = [];
  if (account.level === 2 && entries.some((e) => e.account.level === 3)) {
    for (const list of group(entries, (e) => e.account.code).values()) {
      children.push({
        account: accountOf(chart, list[0]!.account.code, list[0]!.account),
        fen: sum(list),
        shareBp: 0,
        entries: list,
        children: [],
      });
    }
    children.sort(byCode);
    for (const child of children) if (child.fen < 0) throw new NegativeTotalError(child.account, child.fen);
  }
  return { account, fen: sum(entries), shareBp: 0, entries, children };
}

function buildSide(kind: AccountKind, lines: readonly FundLine[], chart: Chart): StatementSide {
  const own = lines.filter((l) => l.account.kind === kind);
  const categories: StatementCategory[] = [];
  for (const [code, entries] of group(own, (l) => l.account.categoryCode)) {
    const category = accountOf(chart, code, entries[0]!.account);
    const accountLines = [...group(entries, level2Code).values()].map((list) => {
      const code2 = level2Code(list[0]!);
      const account = accountOf(chart, code2, list[0]!.account);
      return buildLine(account, list, chart);
    });
    accountLines.sort(byCode);
    for (const line of accountLines) if (line.fen < 0) throw new NegativeTotalError(line.account, line.fen);
    categories.push({ account: category, fen: sum(entries), shareBp: 0, lines: accountLines });
  }
  categories.sort(byCode);
  const totalFen = categories.reduce((n, c) => n + c.fen, 0);
  const categoryShares = largestRemainder(categories.map((c) => c.fen));
  categories.forEach((category, i) => {
    category.shareBp = categoryShares[i]!;
    const shares = splitShare(
      category.shareBp,
      category.lines.map((l) => l.fen),
      totalFen,
    );
    category.lines.forEach((line, j) => {
      line.shareBp = shares[j]!;
      const childShares = splitShare(
        line.shareBp,
        line.children.map((c) => c.fen),
        totalFen,
      );
      line.children.forEach((child, k) => (child.shareBp = childShares[k]!));
    });
  });
  return { kind, totalFen, categories };
}

function hasRepeatedAccount(lines: readonly FundLine[]): boolean {
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.account.code)) return true;
    seen.add(line.account.code);
  }
  return false;
}

/** 基本支出 and 项目支出 by project, when any expense line states its type; undefined otherwise. */
export function spendingSplit(lines: readonly FundLine[]): SpendingSplit | undefined {
  const expense = lines.filter((l) => l.account.kind === 'expense');
  if (!expense.some((l) => l.spending !== undefined)) return undefined;
  const byProject = group(
    expense.filter((l) => l.spending === '项目'),
    (l) => l.project ?? '',
  );
  const projects = [...byProject].map(([name, list]) => ({
    name,
    fen: sum(list),
    shareBp: 0,
    lineCount: list.length,
    firstLine: list[0]!.line,
  }));
  for (const p of projects)
    if (p.fen < 0) throw new NegativeTotalError(expense.find((l) => l.project === p.name)!.account, p.fen);
  const shares = largestRemainder(projects.map((p) => p.fen));
  projects.forEach((p, i) => (p.shareBp = shares[i]!));
  const projectFen = projects.reduce((n, p) => n + p.fen, 0);
  // 基本支出 is summed from its own lines, so 基本 + 项目 = 支出合计 is a real check of the split.
  const basicFen = sum(expense.filter((l) => l.spending !== '项目'));
  return { basicFen, projectFen, projects };
}

/** 结转 (restricted funds) at the start and end of a period, in fen; both default to 0. */
export interface CarryOver {
  openingCarryFen?: number;
  closingCarryFen?: number;
}

/**
 * The statement of one period from its fund lines, on up to three levels (category,
 * 明细科目, the union's own 明细). Shares are over the true denominator of each side; each
 * level is rounded by largest remainder within its parent, so every level sums to exactly
 * 100.00% and every child set to its parent's share. Throws NegativeTotalError when an
 * account's total is negative (reversals larger than the bookings), which the caller
 * reports against the file.
 */
export function buildStatement(
  period: Period,
  openingFen: number,
  lines: readonly FundLine[],
  chart: Chart,
  carry: CarryOver = {},
): Statement {
  const income = buildSide('income', lines, chart);
  const expense = buildSide('expense', lines, chart);
  const surplusFen = income.totalFen - expense.totalFen;
  const isLedger = lines.some((l) => l.date !== undefined) || hasRepeatedAccount(lines);
  const spending = spendingSplit(lines);
  return {
    ...(spending ? { spending } : {}),
    period,
    openingFen,
    income,
    expense,
    surplusFen,
    closingFen: openingFen + surplusFen,
    openingCarryFen: carry.openingCarryFen ?? 0,
    closingCarryFen: carry.closingCarryFen ?? 0,
    isLedger,
    lineCount: lines.length,
  };
}
