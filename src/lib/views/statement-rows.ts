import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { Change, StatementComparison } from '../statement/compare-statements.ts';
import { sideTotalName, statementItems } from '../statement/statement-items.ts';
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
  /** 说明: the 摘要 of a summary fund file's line behind the row (see StatementItem.explanation). */
  explanation?: string;
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
 * then its accounts, each followed by its 明细 (level 3), then the side's total. With a
 * comparison, every row carries the previous amount and the change: categories from
 * `comparison.categories`, accounts and 明细 from `comparison.accounts` (none for a category
 * the comparison could compare only in total, nor for the part booked to a parent directly).
 */
export function statementRows(
  side: StatementSide,
  comparison?: Pick<StatementComparison, 'categories' | 'accounts' | 'categoryOnly'>,
  total?: Change,
): StatementRow[] {
  const compared = (change: Change | undefined) =>
    change ? { previous: formatYuan(change.previousFen), change: formatChange(change) } : {};
  const accountChange = (code: string, categoryCode: string): Change | undefined => {
    if (!comparison || comparison.categoryOnly.has(categoryCode)) return undefined;
    return comparison.accounts.get(code);
  };
  return statementItems(side).map((item): StatementRow => {
    if (item.kind === 'total') {
      return {
        kind: 'total',
        level: 0,
        code: '',
        name: sideTotalName(side),
        amount: formatYuan(item.fen),
        share: side.totalFen > 0 ? '100.00%' : '—',
        ...compared(total),
        lineCount: item.lineCount,
      };
    }
    const account = item.account!;
    const category = item.category!;
    const own =
      item.kind !== 'category' && account.code === (item.kind === 'account' ? category.code : item.parent!.code);
    const change =
      item.kind === 'category'
        ? comparison?.categories.get(account.code)
        : own
          ? undefined
          : accountChange(account.code, category.code);
    return {
      kind: item.kind,
      level: item.kind === 'category' ? 1 : item.kind === 'account' ? 2 : 3,
      code: account.code,
      name: own ? `${account.name}（未分明细）` : account.name,
      amount: formatYuan(item.fen),
      share: formatShare(item.shareBp),
      ...compared(change),
      lineCount: item.lineCount,
      ...(item.explanation ? { explanation: item.explanation } : {}),
    };
  });
}
