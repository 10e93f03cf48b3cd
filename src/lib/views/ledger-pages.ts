import type { Account } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { Statement, StatementCategory, StatementLine, StatementSide } from '../statement/statement.ts';

/**
 * Ledger lines per page. A page of 1,000 lines is about 160 KB of HTML: quick to open on a
 * phone, and a hospital's year of 100,000 lines becomes 100 pages instead of one 16 MB page.
 */
export const LEDGER_LINES_PER_PAGE = 1000;

/**
 * Ledgers of at most this many lines go into the full-text search index, so a memo word
 * finds its line. Longer ledgers are left out: indexing them costs more than the rest of
 * the build (measured: 15 s for 100,000 lines) and makes the index readers download grow
 * with every line; their pages stay searchable with the browser's find (Ctrl+F).
 */
export const LEDGER_SEARCH_MAX_LINES = 5000;

/** Whether a ledger of `lineCount` lines is indexed for search. */
export function ledgerSearchable(lineCount: number): boolean {
  return lineCount <= LEDGER_SEARCH_MAX_LINES;
}

/** The lines of one account that fall on a page. */
export interface LedgerPageAccount {
  line: StatementLine;
  /** This page's part of the account's lines, in file order. */
  entries: readonly FundLine[];
  /** 0-based position of `entries[0]` among the account's lines. */
  offset: number;
  /** The account's lines began on an earlier page / go on to a later one. */
  continued: boolean;
  continues: boolean;
}

/** The part of one category that falls on a page. */
export interface LedgerPageCategory {
  category: StatementCategory;
  /** The category began on an earlier page. */
  continued: boolean;
  accounts: LedgerPageAccount[];
}

/** The part of one side (income or expense) that falls on a page. */
export interface LedgerPageSide {
  side: StatementSide;
  continued: boolean;
  categories: LedgerPageCategory[];
}

/** One page of a period's ledger: at most `perPage` lines, in statement order. */
export interface LedgerPage {
  /** 1-based page number. */
  number: number;
  /** 1-based positions of the page's first and last line among all lines of the ledger. */
  first: number;
  last: number;
  sides: LedgerPageSide[];
}

/**
 * Splits a period's ledger into pages of at most `perPage` lines (≥ 1), walking income then
 * expense, category by category, account by account, as the statement orders them. Every
 * line lands on exactly one page; an account longer than the room left continues on the
 * next page. A ledger without lines has no page.
 */
export function ledgerPages(statement: Statement, perPage: number = LEDGER_LINES_PER_PAGE): LedgerPage[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  const pages: LedgerPage[] = [];
  let page: LedgerPage | undefined;
  let position = 0; // lines placed so far
  for (const side of [statement.income, statement.expense]) {
    let sideStarted = false;
    for (const category of side.categories) {
      let categoryStarted = false;
      for (const line of category.lines) {
        for (let offset = 0; offset < line.entries.length;) {
          if (!page || page.last - page.first + 1 === perPage) {
            page = { number: pages.length + 1, first: position + 1, last: position, sides: [] };
            pages.push(page);
          }
          if (page.sides.at(-1)?.side !== side) page.sides.push({ side, continued: sideStarted, categories: [] });
          const pageSide = page.sides.at(-1)!;
          if (pageSide.categories.at(-1)?.category !== category) {
            pageSide.categories.push({ category, continued: categoryStarted, accounts: [] });
          }
          const take = Math.min(perPage - (page.last - page.first + 1), line.entries.length - offset);
          pageSide.categories.at(-1)!.accounts.push({
            line,
            entries: line.entries.slice(offset, offset + take),
            offset,
            continued: offset > 0,
            continues: offset + take < line.entries.length,
          });
          offset += take;
          position += take;
          page.last = position;
          sideStarted = categoryStarted = true;
        }
      }
    }
  }
  return pages;
}

/** Where an account's lines are: the pages of its first and last line. */
export interface LedgerAccountPages {
  account: Account;
  lineCount: number;
  firstPage: number;
  lastPage: number;
}

/**
 * For each account and category (level 1 code too), the pages its lines span, in statement
 * order; for links from the statement ("第 3 页") and the account index on each page.
 */
export function ledgerAccountPages(pages: readonly LedgerPage[]): Map<string, LedgerAccountPages> {
  const spans = new Map<string, LedgerAccountPages>();
  const note = (account: Account, lineCount: number, page: number): void => {
    const span = spans.get(account.code);
    if (span) span.lastPage = page;
    else spans.set(account.code, { account, lineCount, firstPage: page, lastPage: page });
  };
  for (const page of pages) {
    for (const side of page.sides) {
      for (const { category, accounts } of side.categories) {
        note(
          category.account,
          category.lines.reduce((n, l) => n + l.entries.length, 0),
          page.number,
        );
        for (const { line } of accounts) note(line.account, line.entries.length, page.number);
      }
    }
  }
  return spans;
}

/**
 * The page numbers a pager shows around `current` (1-based) of `count` pages: the first, the
 * last, and up to two either side of the current page; null stands for the numbers left out
 * (never for a single number, which is shown instead). Ascending, without repeats.
 */
export function pagerItems(current: number, count: number): (number | null)[] {
  const shown = [1, current - 2, current - 1, current, current + 1, current + 2, count]
    .filter((n, i, all) => n >= 1 && n <= count && all.indexOf(n) === i)
    .sort((a, b) => a - b);
  const items: (number | null)[] = [];
  let previous = 0;
  for (const n of shown) {
    if (n - previous === 2) items.push(n - 1);
    else if (n - previous > 2) items.push(null);
    items.push(n);
    previous = n;
  }
  return items;
}
