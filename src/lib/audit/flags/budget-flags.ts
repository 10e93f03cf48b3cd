import { formatYuan } from '../../money/format-amount.ts';
import { formatPercent } from '../../numbers/rates.ts';
import type { FlagGroup } from './audit-line.ts';

/** One budget execution row, as plain figures (money in fen, rate in basis points). */
export interface BudgetFigures {
  accountCode: string;
  accountName: string;
  /** The account's category code (its own code for a category). */
  categoryCode: string;
  kind: 'income' | 'expense';
  /** 预算数 + 调整数. */
  adjustedFen: number;
  actualFen: number;
  /** 完成率; null when the adjusted budget is 0. */
  rateBp: number | null;
}

/** An expense account with spending in the period (its statement total). */
export interface SpentAccount {
  accountCode: string;
  accountName: string;
  categoryCode: string;
  fen: number;
}

/**
 * 预算执行: expense budget lines executed above `upperBp` or below `lowerBp` (a line with no
 * adjusted budget but spending counts as above); and expense accounts with spending that
 * have no budget line, neither their own nor their category's. Income lines are not
 * flagged: income above its budget is not a place to look.
 */
export function budgetFlags(
  rows: readonly BudgetFigures[],
  spent: readonly SpentAccount[],
  bounds: { upperBp: number; lowerBp: number },
): FlagGroup[] {
  const groups: FlagGroup[] = [];
  for (const row of rows) {
    if (row.kind !== 'expense') continue;
    const figures = `决算 ${formatYuan(row.actualFen)} 元，调整后预算 ${formatYuan(row.adjustedFen)} 元`;
    if (row.rateBp === null) {
      if (row.actualFen > 0) {
        groups.push({
          rule: 'budget-over',
          summary: `${row.accountName}：预算为 0，决算 ${formatYuan(row.actualFen)} 元`,
          detail: `${figures}；请看是否有追加预算的审批`,
          lines: [],
        });
      }
    } else if (row.rateBp > bounds.upperBp) {
      groups.push({
        rule: 'budget-over',
        summary: `${row.accountName}：完成率 ${formatPercent(row.rateBp)}`,
        detail: `${figures}，高于上限 ${formatPercent(bounds.upperBp)}；请看超支部分是否经过调整预算的程序`,
        lines: [],
      });
    } else if (row.rateBp < bounds.lowerBp) {
      groups.push({
        rule: 'budget-under',
        summary: `${row.accountName}：完成率 ${formatPercent(row.rateBp)}`,
        detail: `${figures}，低于下限 ${formatPercent(bounds.lowerBp)}；请看预算编得是否过宽，或计划的工作是否没有开展`,
        lines: [],
      });
    }
  }
  const budgeted = new Set(rows.filter((r) => r.kind === 'expense').map((r) => r.accountCode));
  if (budgeted.size > 0) {
    for (const account of spent) {
      if (account.fen <= 0 || budgeted.has(account.accountCode) || budgeted.has(account.categoryCode)) continue;
      groups.push({
        rule: 'no-budget',
        summary: `${account.accountName}：支出 ${formatYuan(account.fen)} 元，没有预算`,
        detail: '预算中既没有这个科目，也没有它所属的类别；请看这笔支出是否经过批准',
        lines: [],
      });
    }
  }
  return groups;
}
