import type { Statement } from '../statement/statement.ts';
import { ledgerPages, type LedgerPage } from './ledger-pages.ts';

/**
 * The ledger page (1-based) of every fund line, by its line number in the fund file (the
 * row's anchor is routes.ts's ledgerLineAnchor).
 */
export function ledgerLinePages(pages: readonly LedgerPage[]): Map<number, number> {
  const byLine = new Map<number, number>();
  for (const page of pages) {
    for (const side of page.sides) {
      for (const category of side.categories) {
        for (const account of category.accounts) for (const e of account.entries) byLine.set(e.line, page.number);
      }
    }
  }
  return byLine;
}

const linePagesOf = new WeakMap<Statement, ReadonlyMap<number, number>>();

/**
 * ledgerLinePages of a statement's ledger pages, computed once per statement: the audit
 * page, the audit pack and the 收入支出表 each link lines to their ledger pages, and at
 * 100,000 lines a period the map took a fifth of a second each time. Read only.
 */
export function statementLinePages(statement: Statement): ReadonlyMap<number, number> {
  let pages = linePagesOf.get(statement);
  if (!pages) {
    pages = ledgerLinePages(ledgerPages(statement));
    linePagesOf.set(statement, pages);
  }
  return pages;
}

/** One month of one account on the ledger: how many lines, and where the first one is. */
export interface LedgerAccountMonth {
  /** "YYYY-MM". */
  month: string;
  count: number;
  firstLine: number;
  /** Ledger page (1-based) of the first line. */
  page: number;
}

/**
 * Per account code, its lines by month in order of first appearance, each with the page
 * and line number of its first line: the account-and-month index of the ledger, which
 * filters without JavaScript by linking to the first line's anchor. Undated lines are left out.
 */
export function ledgerAccountMonths(
  statement: Statement,
  pageOf: ReadonlyMap<number, number>,
): Map<string, LedgerAccountMonth[]> {
  const byAccount = new Map<string, LedgerAccountMonth[]>();
  for (const side of [statement.income, statement.expense]) {
    for (const category of side.categories) {
      for (const account of category.lines) {
        const months = new Map<string, LedgerAccountMonth>();
        for (const e of account.entries) {
          if (e.date === undefined) continue;
          const month = e.date.slice(0, 7);
          const entry = months.get(month);
          if (entry) entry.count++;
          else months.set(month, { month, count: 1, firstLine: e.line, page: pageOf.get(e.line) ?? 1 });
        }
        if (months.size > 0) byAccount.set(account.account.code, [...months.values()]);
      }
    }
  }
  return byAccount;
}
