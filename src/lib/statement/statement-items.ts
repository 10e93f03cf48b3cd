import type { Account } from '../accounts/account.ts';
import type { StatementSide } from './statement.ts';

/**
 * One line of a statement side, before formatting: the single decision of which lines a
 * statement shows, shared by the page, the report tables, the print view and the CSV
 * download (every published form of a figure comes from these rows).
 */
export interface StatementItem {
  kind: 'category' | 'account' | 'total';
  /** The category (level 1) of a category or account row; undefined for the total. */
  category?: Account;
  /** The account of an account row (for a category row, the category itself). */
  account?: Account;
  fen: number;
  /** Share of the side's total, basis points; the total row has 10000 (or 0 when the side is 0). */
  shareBp: number;
  /** Ledger lines behind the row. */
  lineCount: number;
}

/**
 * The items of one side: each category, then its accounts, then the side's total. An amount
 * booked directly to a category is shown as its own account row whenever the category has
 * other accounts too (so the accounts add up to the category); a category whose only line
 * is booked to itself is not repeated.
 */
export function statementItems(side: StatementSide): StatementItem[] {
  const items: StatementItem[] = [];
  for (const category of side.categories) {
    items.push({
      kind: 'category',
      category: category.account,
      account: category.account,
      fen: category.fen,
      shareBp: category.shareBp,
      lineCount: category.lines.reduce((n, l) => n + l.entries.length, 0),
    });
    for (const line of category.lines) {
      if (line.account.code === category.account.code && category.lines.length === 1) continue;
      items.push({
        kind: 'account',
        category: category.account,
        account: line.account,
        fen: line.fen,
        shareBp: line.shareBp,
        lineCount: line.entries.length,
      });
    }
  }
  items.push({
    kind: 'total',
    fen: side.totalFen,
    shareBp: side.totalFen > 0 ? 10_000 : 0,
    lineCount: side.categories.reduce((n, c) => n + c.lines.reduce((m, l) => m + l.entries.length, 0), 0),
  });
  return items;
}

/** The name of a side's total row: 本期收入合计 or 本期支出合计. */
export function sideTotalName(side: StatementSide): string {
  return side.kind === 'income' ? '本期收入合计' : '本期支出合计';
}
