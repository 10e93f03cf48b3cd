import { percentChange } from '../numbers/rates.ts';
import type { Statement } from './statement.ts';

/** How one figure moved against the previous period. Money in fen, percent in basis points. */
export interface Change {
  previousFen: number;
  currentFen: number;
  deltaFen: number;
  /** (current − previous) / |previous| in basis points; null when the previous figure is 0. */
  percentBp: number | null;
}

function change(previousFen: number, currentFen: number): Change {
  return { previousFen, currentFen, deltaFen: currentFen - previousFen, percentBp: percentChange(previousFen, currentFen) };
}

/** Changes of the totals and of each level 1 category (by code) against the previous statement. */
export interface StatementComparison {
  previousLabel: string;
  income: Change;
  expense: Change;
  closing: Change;
  /** Level 1 category code → change; a category absent in one period counts as 0 there. */
  categories: ReadonlyMap<string, Change>;
}

/**
 * Compares a statement with the previous one at category level, which stays comparable
 * across the legacy and 2021 charts because legacy accounts sit under 2021 categories.
 */
export function compareStatements(previous: Statement, current: Statement): StatementComparison {
  const totals = (s: Statement): Map<string, number> => {
    const map = new Map<string, number>();
    for (const side of [s.income, s.expense]) for (const c of side.categories) map.set(c.account.code, c.fen);
    return map;
  };
  const before = totals(previous);
  const after = totals(current);
  const categories = new Map<string, Change>();
  for (const code of new Set([...before.keys(), ...after.keys()])) {
    categories.set(code, change(before.get(code) ?? 0, after.get(code) ?? 0));
  }
  return {
    previousLabel: previous.period.label,
    income: change(previous.income.totalFen, current.income.totalFen),
    expense: change(previous.expense.totalFen, current.expense.totalFen),
    closing: change(previous.closingFen, current.closingFen),
    categories,
  };
}
