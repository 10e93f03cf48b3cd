import type { BudgetExecutionRow } from '../budgets/budget-execution.ts';
import { formatYuan } from '../money/format-amount.ts';
import { formatPercent } from '../numbers/rates.ts';

/** One row of the budget execution table, formatted (amounts in 元). */
export interface BudgetRowView {
  side: '收入' | '支出';
  name: string;
  level: 1 | 2 | 3;
  priorActual: string;
  budget: string;
  adjustment: string;
  adjusted: string;
  actual: string;
  /** 完成率, e.g. "96.40%", or "—" when the adjusted budget is 0. */
  rate: string;
  /** True when execution is outside 90%–110%, worth an auditor's look. */
  flagged: boolean;
}

/** Budget execution rows for display: income first, then expense, each in file order. */
export function budgetRows(rows: readonly BudgetExecutionRow[]): BudgetRowView[] {
  const sorted = [...rows].sort((a, b) =>
    a.account.kind === b.account.kind ? 0 : a.account.kind === 'income' ? -1 : 1,
  );
  return sorted.map((row) => ({
    side: row.account.kind === 'income' ? '收入' : '支出',
    name: row.account.name,
    level: row.account.level,
    priorActual: row.priorActualFen === undefined ? '—' : formatYuan(row.priorActualFen),
    budget: formatYuan(row.budgetFen),
    adjustment: row.adjustmentFen === 0 ? '—' : formatYuan(row.adjustmentFen),
    adjusted: formatYuan(row.adjustedFen),
    actual: formatYuan(row.actualFen),
    rate: row.rateBp === null ? '—' : formatPercent(row.rateBp),
    flagged: row.rateBp !== null && (row.rateBp < 9000 || row.rateBp > 11000),
  }));
}
