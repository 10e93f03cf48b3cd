import type { Account } from '../accounts/account.ts';
import { ratioBasisPoints } from '../numbers/rates.ts';
import type { Statement } from '../statement/statement.ts';
import type { BudgetRow } from './budget-table.ts';

/** Budget against actual for one account or category. Money in fen, rate in basis points. */
export interface BudgetExecutionRow {
  account: Account;
  priorActualFen?: number;
  budgetFen: number;
  adjustmentFen: number;
  /** 预算数 + 调整数 */
  adjustedFen: number;
  /** 决算数: the statement's total for the account (a category: all its accounts). */
  actualFen: number;
  /** 完成率 = 决算 / 调整后预算, in basis points; null when the adjusted budget is 0. */
  rateBp: number | null;
  /** 决算 − 调整后预算 */
  differenceFen: number;
}

/** The actual total of an account or category on a statement (0 when nothing was booked). */
export function actualFor(statement: Statement, account: Account): number {
  const side = account.kind === 'income' ? statement.income : statement.expense;
  for (const category of side.categories) {
    if (account.level === 1 && category.account.code === account.code) return category.fen;
    for (const line of category.lines) if (line.account.code === account.code) return line.fen;
  }
  return 0;
}

/** Budget execution (预算执行) rows in budget file order, with totals per side computed by the caller. */
export function budgetExecution(statement: Statement, budget: readonly BudgetRow[]): BudgetExecutionRow[] {
  return budget.map((row) => {
    const adjustedFen = row.budgetFen + row.adjustmentFen;
    const actualFen = actualFor(statement, row.account);
    return {
      account: row.account,
      ...(row.priorActualFen !== undefined ? { priorActualFen: row.priorActualFen } : {}),
      budgetFen: row.budgetFen,
      adjustmentFen: row.adjustmentFen,
      adjustedFen,
      actualFen,
      rateBp: ratioBasisPoints(actualFen, adjustedFen),
      differenceFen: actualFen - adjustedFen,
    };
  });
}
