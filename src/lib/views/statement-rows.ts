import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Change, StatementComparison } from '../statement/compare-statements.ts';
import type { StatementSide } from '../statement/statement.ts';

/** One row of a statement table, formatted for display. */
export interface StatementRow {
  /** category: level 1; account: level 2 (明细科目); detail: level 3 (the union's own 明细); total: the side. */
  kind: 'category' | 'account' | 'detail' | 'total';
  /** 1–3 for accounts, 0 for the total. */
  level: 0 | 1 | 2 | 3;
  code: string;
  name: string;
  /** Amount in 元 with separators. */
  amount: string;
  /** Share of the side's total, e.g. "78.66%". */
  share: string;
  /** Previous period's amount, when compared. */
  previous?: string;
  /** Change against the previous period: amount and percent ("+1,200.00（+3.10%）"). */
  change?: string;
  /**
   * Path (relative to the site root) of the page and anchor where the row's ledger lines
   * start, when the period is at ledger level; set by the statement page's view-model.
   */
  ledgerPath?: string;
  /** Number of ledger lines behind the row. */
  lineCount: number;
}

/** Formats a change as "+1,234.00 / +3.10%" (percent omitted when the previous figure was 0). */
export function formatChange(change: Change): string {
  const sign = change.deltaFen > 0 ? '+' : '';
  const amount = `${sign}${formatYuan(change.deltaFen).replace('-', '\u2212')}`;
  return change.percentBp === null
    ? `${amount}（上期为 0）`
    : `${amount}（${formatPercent(change.percentBp, { signed: true })}）`;
}

/**
 * Rows of a statement table for one side: each category, then its accounts (an account
 * posted directly to the category is not repeated), then each account's 明细 (level 3),
 * then the side's total. With a comparison, every row carries the previous amount and
 * the change: categories from `comparison.categories`, accounts and 明细 from
 * `comparison.accounts` (none for a category the comparison could compare only in total).
 */
export function statementRows(
  side: StatementSide,
  comparison?: Pick<StatementComparison, 'categories' | 'accounts' | 'categoryOnly'>,
  total?: Change,
): StatementRow[] {
  const rows: StatementRow[] = [];
  const compared = (change: Change | undefined) =>
    change ? { previous: formatYuan(change.previousFen), change: formatChange(change) } : {};
  const accountChange = (code: string, categoryCode: string): Change | undefined => {
    if (!comparison || comparison.categoryOnly.has(categoryCode)) return undefined;
    return comparison.accounts.get(code);
  };
  for (const category of side.categories) {
    const lineCount = category.lines.reduce((n, l) => n + l.entries.length, 0);
    rows.push({
      kind: 'category',
      level: 1,
      code: category.account.code,
      name: category.account.name,
      amount: formatYuan(category.fen),
      share: formatShare(category.shareBp),
      ...compared(comparison?.categories.get(category.account.code)),
      lineCount,
    });
    for (const line of category.lines) {
      if (line.account.code === category.account.code && category.lines.length === 1) continue;
      const own = line.account.code === category.account.code;
      rows.push({
        kind: 'account',
        level: 2,
        code: line.account.code,
        name: own ? `${line.account.name}（未分明细）` : line.account.name,
        amount: formatYuan(line.fen),
        share: formatShare(line.shareBp),
        ...(own ? {} : compared(accountChange(line.account.code, category.account.code))),
        lineCount: line.entries.length,
      });
      for (const child of line.children) {
        const ownChild = child.account.code === line.account.code;
        rows.push({
          kind: 'detail',
          level: 3,
          code: child.account.code,
          name: ownChild ? `${child.account.name}（未分明细）` : child.account.name,
          amount: formatYuan(child.fen),
          share: formatShare(child.shareBp),
          ...(ownChild ? {} : compared(accountChange(child.account.code, category.account.code))),
          lineCount: child.entries.length,
        });
      }
    }
  }
  rows.push({
    kind: 'total',
    level: 0,
    code: '',
    name: side.kind === 'income' ? '本期收入合计' : '本期支出合计',
    amount: formatYuan(side.totalFen),
    share: side.totalFen > 0 ? '100.00%' : '—',
    ...compared(total),
    lineCount: side.categories.reduce((n, c) => n + c.lines.reduce((m, l) => m + l.entries.length, 0), 0),
  });
  return rows;
}
