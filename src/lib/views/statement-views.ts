import type { BarInput } from '../charts/bar-layout.ts';
import { toChineseUppercase } from '../money/chinese-uppercase.ts';
import { formatYuan } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import { statementItems } from '../statement/statement-items.ts';
import type { Statement, StatementSide } from '../statement/statement.ts';

/** One row of the 收支总表: label, amount in 元 and 大写, and whether it is the closing line. */
export interface SummaryRow {
  label: string;
  amount: string;
  daxie: string;
  total: boolean;
}

/** The 收支总表 of a statement: opening, income, expense, surplus, closing (money as printed). */
export function summaryRows(s: Statement): SummaryRow[] {
  return [
    { label: '期初结余', fen: s.openingFen },
    { label: '本期收入合计', fen: s.income.totalFen },
    { label: '本期支出合计', fen: s.expense.totalFen },
    { label: '本期收支结余', fen: s.surplusFen },
    { label: '期末结余', fen: s.closingFen },
  ].map((r) => ({
    label: r.label,
    amount: formatYuan(r.fen),
    daxie: toChineseUppercase(r.fen),
    total: r.label === '期末结余',
  }));
}

/**
 * Bars of a side for the horizontal bar chart, from the same items as the table and the CSV
 * ({@link statementItems}): each account row of a category that has them, else the category
 * row itself; values in fen, labelled with their share.
 */
export function statementBars(side: StatementSide): BarInput[] {
  const items = statementItems(side).filter((item) => item.kind !== 'total');
  return items
    .filter((item, i) => item.kind === 'account' || items[i + 1]?.kind !== 'account')
    .map((item) => ({ label: item.account!.name, value: item.fen, valueText: formatShare(item.shareBp) }));
}

/** The text alternative of a side's chart: every category with amount and share. */
export function describeSide(side: StatementSide): string {
  const total = side.kind === 'income' ? '本期收入合计' : '本期支出合计';
  return (
    `${total} ${formatYuan(side.totalFen)} 元：` +
    side.categories.map((c) => `${c.account.name} ${formatYuan(c.fen)} 元，占 ${formatShare(c.shareBp)}`).join('；') +
    '。'
  );
}
