import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Change } from '../statement/compare-statements.ts';
import type { StatementSide } from '../statement/statement.ts';

/** One row of a statement table, formatted for display. */
export interface StatementRow {
  kind: 'category' | 'account' | 'total';
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
 * posted directly to the category is not repeated), then the side's total. Category
 * changes come from `changes` (level 1 code → change).
 */
export function statementRows(
  side: StatementSide,
  changes?: ReadonlyMap<string, Change>,
  total?: Change,
): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const category of side.categories) {
    const change = changes?.get(category.account.code);
    const lineCount = category.lines.reduce((n, l) => n + l.entries.length, 0);
    rows.push({
      kind: 'category',
      code: category.account.code,
      name: category.account.name,
      amount: formatYuan(category.fen),
      share: formatShare(category.shareBp),
      ...(change ? { previous: formatYuan(change.previousFen), change: formatChange(change) } : {}),
      lineCount,
    });
    for (const line of category.lines) {
      if (line.account.code === category.account.code && category.lines.length === 1) continue;
      rows.push({
        kind: 'account',
        code: line.account.code,
        name: line.account.name,
        amount: formatYuan(line.fen),
        share: formatShare(line.shareBp),
        lineCount: line.entries.length,
      });
    }
  }
  rows.push({
    kind: 'total',
    code: '',
    name: side.kind === 'income' ? '本期收入合计' : '本期支出合计',
    amount: formatYuan(side.totalFen),
    share: side.totalFen > 0 ? '100.00%' : '—',
    ...(total ? { previous: formatYuan(total.previousFen), change: formatChange(total) } : {}),
    lineCount: side.categories.reduce((n, c) => n + c.lines.reduce((m, l) => m + l.entries.length, 0), 0),
  });
  return rows;
}
