import type { Account } from '../accounts/account.ts';
import type { FundLine } from '../funds/fund-line.ts';
import type { StatementSide } from './statement.ts';

/**
 * One line of a statement side, before formatting: the single decision of which lines a
 * statement shows, shared by the page, the report tables, the print view and the CSV
 * download (every published form of a figure comes from these rows).
 */
export interface StatementItem {
  /** category: level 1; account: level 2; detail: level 3 (a 明细 of accounts.csv); total: the side. */
  kind: 'category' | 'account' | 'detail' | 'total';
  /** The category (level 1) of a category, account or detail row; undefined for the total. */
  category?: Account;
  /** The level 2 account a detail row belongs to. */
  parent?: Account;
  /** The account of the row (for a category row, the category itself; for the part of a level 2 account booked to it directly, that account). */
  account?: Account;
  fen: number;
  /** Share of the side's total, basis points; the total row has 10000 (or 0 when the side is 0). */
  shareBp: number;
  /** Ledger lines behind the row. */
  lineCount: number;
  /**
   * 说明: the 摘要 of a summary fund file's line behind the row ("行政按工资总额1160万元的2%拨缴，
   * 工会留成60%"), shown beside the row on the page, in print and in the CSV. Only for a row
   * that stands for lines of its own (not for one that sums rows shown under it) and only
   * when those lines are undated (a 汇总表; a ledger's 摘要 belong to its vouchers, shown on
   * the ledger page). Several lines' distinct 摘要 are joined with "；".
   */
  explanation?: string;
}

/** The 说明 of a row standing for `entries`: their distinct 摘要 when none is dated (see StatementItem). */
function explanationOf(entries: readonly FundLine[]): { explanation?: string } {
  if (entries.length === 0 || entries.some((e) => e.date !== undefined)) return {};
  const memos = [...new Set(entries.map((e) => e.memo?.trim() ?? '').filter((m) => m !== ''))];
  return memos.length > 0 ? { explanation: memos.join('；') } : {};
}

/**
 * The items of one side: each category, then its accounts, each followed by its 明细 (level
 * 3), then the side's total. An amount booked directly to a category is shown as its own
 * account row whenever the category has other accounts too (so the accounts add up to the
 * category); a category whose only line is booked to itself is not repeated. Likewise an
 * amount booked directly to a level 2 account that has 明细 is a detail row of its own, so
 * the details add up to their account.
 */
export function statementItems(side: StatementSide): StatementItem[] {
  const items: StatementItem[] = [];
  for (const category of side.categories) {
    // A category shown without account rows (its one line booked to itself) stands for that line.
    const alone = category.lines.length === 1 && category.lines[0]!.account.code === category.account.code;
    items.push({
      kind: 'category',
      category: category.account,
      account: category.account,
      fen: category.fen,
      shareBp: category.shareBp,
      lineCount: category.lines.reduce((n, l) => n + l.entries.length, 0),
      ...(alone && category.lines[0]!.children.length === 0 ? explanationOf(category.lines[0]!.entries) : {}),
    });
    for (const line of category.lines) {
      if (alone) continue;
      items.push({
        kind: 'account',
        category: category.account,
        account: line.account,
        fen: line.fen,
        shareBp: line.shareBp,
        lineCount: line.entries.length,
        ...(line.children.length === 0 ? explanationOf(line.entries) : {}),
      });
      for (const child of line.children) {
        items.push({
          kind: 'detail',
          category: category.account,
          parent: line.account,
          account: child.account,
          fen: child.fen,
          shareBp: child.shareBp,
          lineCount: child.entries.length,
          ...explanationOf(child.entries),
        });
      }
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
