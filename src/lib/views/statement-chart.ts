import { formatYuan } from '../money/format-amount.ts';
import { formatShare } from '../shares/largest-remainder.ts';
import type { StatementSide } from '../statement/statement.ts';

/** One bar of a composition chart: value in fen, the share as its label. */
export interface CompositionBar {
  label: string;
  value: number;
  valueText: string;
}

/**
 * Bars for a side's composition chart: one per account, or one per category where the
 * category was posted to directly. Labels carry the share of the side's total.
 */
export function compositionBars(side: StatementSide): CompositionBar[] {
  return side.categories.flatMap((c) =>
    c.lines.length > 1 || c.lines[0]?.account.code !== c.account.code
      ? c.lines.map((l) => ({ label: l.account.name, value: l.fen, valueText: formatShare(l.shareBp) }))
      : [{ label: c.account.name, value: c.fen, valueText: formatShare(c.shareBp) }],
  );
}

/** The chart's text alternative: the total, then each category with amount and share. */
export function describeComposition(side: StatementSide): string {
  const total = `${side.kind === 'income' ? '本期收入合计' : '本期支出合计'} ${formatYuan(side.totalFen)} 元`;
  const parts = side.categories.map((c) => `${c.account.name} ${formatYuan(c.fen)} 元，占 ${formatShare(c.shareBp)}`);
  return `${total}：${parts.join('；')}。`;
}
