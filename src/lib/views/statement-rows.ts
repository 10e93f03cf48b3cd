import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Change } from '../statement/compare-statements.ts';
import { sideTotalName, statementItems } from '../statement/statement-items.ts';
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
 * Rows of a statement table for one side, formatted from {@link statementItems} (the one
 * decision of which lines a statement shows, shared with the CSV download): each category,
 * then its accounts, then the side's total. Category changes come from `changes` (level 1
 * code → change).
 */
export function statementRows(
  side: StatementSide,
  changes?: ReadonlyMap<string, Change>,
  total?: Change,
): StatementRow[] {
  return statementItems(side).map((item): StatementRow => {
    if (item.kind === 'total') {
      return {
        kind: 'total',
        code: '',
        name: sideTotalName(side),
        amount: formatYuan(item.fen),
        share: side.totalFen > 0 ? '100.00%' : '—',
        ...(total ? { previous: formatYuan(total.previousFen), change: formatChange(total) } : {}),
        lineCount: item.lineCount,
      };
    }
    const account = item.account!;
    const change = item.kind === 'category' ? changes?.get(account.code) : undefined;
    return {
      kind: item.kind,
      code: account.code,
      name: account.name,
      amount: formatYuan(item.fen),
      share: formatShare(item.shareBp),
      ...(change ? { previous: formatYuan(change.previousFen), change: formatChange(change) } : {}),
      lineCount: item.lineCount,
    };
  });
}
