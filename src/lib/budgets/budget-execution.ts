import { findOnStatement } from '../statement/find-on-statement.ts';
import type { Account } from '../accounts/account.ts';
import { ratioBasisPoints } from '../numbers/rates.ts';
import type { Statement } from '../statement/statement.ts';
import type { BudgetRow, ProjectBudgetRow } from './budget-table.ts';

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

/** The actual total of an account at any level (category, 明细, the union's 明细) on a statement (0 when nothing was booked). */
export function actualFor(statement: Statement, account: Account): number {
  return findOnStatement(statement, account)?.fen ?? 0;
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

/** Budget against actual for one project (项目支出). Money in fen, rate in basis points. */
export interface ProjectExecutionRow {
  /** The budget file's line of the project. */
  line: number;
  project: string;
  priorActualFen?: number;
  budgetFen: number;
  adjustmentFen: number;
  /** 预算数 + 调整数 */
  adjustedFen: number;
  /** 决算数: the 项目支出 of the ledger lines naming the project (0 when none does). */
  actualFen: number;
  /** 完成率 = 决算 / 调整后预算, in basis points; null when the adjusted budget is 0. */
  rateBp: number | null;
  /** 决算 − 调整后预算 */
  differenceFen: number;
  /** Ledger lines of the project (0: no line names it). */
  lineCount: number;
}

/** The 项目支出 of a project on a statement, and its line count (0 and 0 when no line names it). */
export function projectActual(statement: Statement, project: string): { fen: number; lineCount: number } {
  const found = statement.spending?.projects.find((p) => p.name === project);
  return { fen: found?.fen ?? 0, lineCount: found?.lineCount ?? 0 };
}

/** Project budget execution rows in budget file order. */
export function projectExecution(statement: Statement, projects: readonly ProjectBudgetRow[]): ProjectExecutionRow[] {
  return projects.map((row) => {
    const adjustedFen = row.budgetFen + row.adjustmentFen;
    const actual = projectActual(statement, row.project);
    return {
      line: row.line,
      project: row.project,
      ...(row.priorActualFen !== undefined ? { priorActualFen: row.priorActualFen } : {}),
      budgetFen: row.budgetFen,
      adjustmentFen: row.adjustmentFen,
      adjustedFen,
      actualFen: actual.fen,
      rateBp: ratioBasisPoints(actual.fen, adjustedFen),
      differenceFen: actual.fen - adjustedFen,
      lineCount: actual.lineCount,
    };
  });
}
