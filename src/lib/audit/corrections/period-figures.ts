import { formatYuan } from '../../money/format-amount.ts';
import type { Statement } from '../../statement/statement.ts';

/** One account's total as published. Money in fen. */
export interface AccountFigure {
  code: string;
  name: string;
  fen: number;
}

/** The figures of one period that are published and recorded: balances and every account total. Money in fen. */
export interface PeriodFigures {
  openingFen: number;
  incomeFen: number;
  expenseFen: number;
  closingFen: number;
  /** Every category and account of the statement with its total, in statement order. */
  accounts: readonly AccountFigure[];
}

/** One figure that differs between two sets of figures. Money in fen (0 for an account that was absent). */
export interface FigureChange {
  /** What the figure is, in Chinese: "期初结余", "收入合计", or the account's name. */
  label: string;
  /** The account code; absent for the balance figures. */
  code?: string;
  beforeFen: number;
  afterFen: number;
}

/** The published figures of a statement: its balances, and each category and account total. */
export function figuresOf(statement: Statement): PeriodFigures {
  const accounts: AccountFigure[] = [];
  for (const side of [statement.income, statement.expense]) {
    for (const category of side.categories) {
      accounts.push({ code: category.account.code, name: category.account.name, fen: category.fen });
      for (const line of category.lines) {
        if (line.account.code === category.account.code) continue;
        accounts.push({ code: line.account.code, name: line.account.name, fen: line.fen });
      }
    }
  }
  return {
    openingFen: statement.openingFen,
    incomeFen: statement.income.totalFen,
    expenseFen: statement.expense.totalFen,
    closingFen: statement.closingFen,
    accounts,
  };
}

const BALANCES = [
  ['期初结余', 'openingFen'],
  ['收入合计', 'incomeFen'],
  ['支出合计', 'expenseFen'],
  ['期末结余', 'closingFen'],
] as const;

/**
 * The figures that differ from `before` to `after`: the balance figures first (期初结余,
 * 收入合计, 支出合计, 期末结余), then accounts by code in `before`'s order, then accounts new in
 * `after`. An account present on one side only counts as 0 on the other. Empty when equal.
 */
export function compareFigures(before: PeriodFigures, after: PeriodFigures): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const [label, key] of BALANCES) {
    if (before[key] !== after[key]) changes.push({ label, beforeFen: before[key], afterFen: after[key] });
  }
  const afterByCode = new Map(after.accounts.map((a) => [a.code, a]));
  const seen = new Set<string>();
  for (const a of before.accounts) {
    seen.add(a.code);
    const now = afterByCode.get(a.code);
    const fen = now?.fen ?? 0;
    if (fen !== a.fen) changes.push({ label: now?.name ?? a.name, code: a.code, beforeFen: a.fen, afterFen: fen });
  }
  for (const a of after.accounts) {
    if (!seen.has(a.code) && a.fen !== 0) changes.push({ label: a.name, code: a.code, beforeFen: 0, afterFen: a.fen });
  }
  return changes;
}

/** A change as staff read it: "职工集体福利支出 138,975.00 → 139,075.00". */
export function describeChange(change: FigureChange): string {
  return `${change.label} ${formatYuan(change.beforeFen)} → ${formatYuan(change.afterFen)}`;
}
