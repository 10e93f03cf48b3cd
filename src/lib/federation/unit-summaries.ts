import { readTable } from '../csv/read-table.ts';
import { BUDGETS_FIELDS, REGISTER_FIELDS } from '../export/package-tables.ts';
import type { IssueList } from '../issues/data-issue.ts';
import { parseAmount } from '../money/parse-amount.ts';
import { columnsOf } from './package-cells.ts';

/** A unit's expense budget of a period, summed over its level 1 rows, in fen. */
export interface BudgetSummary {
  adjustedFen: number;
  actualFen: number;
}

/** How a unit disclosed one item of a period, from its register.csv. */
export interface DisclosureSummary {
  /** published, due, overdue or expired (see the register). */
  status: string;
  lateDays: number;
}

/** What the unit table needs beyond the statements: budgets and the register, by period. */
export interface UnitSummaries {
  /** Period id → the expense budget. */
  budgets: ReadonlyMap<string, BudgetSummary>;
  /** "<period id> <kind>" (kind: fund-statement, audit-report …) → how it was disclosed. */
  disclosures: ReadonlyMap<string, DisclosureSummary>;
}

const fenOf = (text: string | undefined): number => {
  const parsed = parseAmount((text ?? '').trim());
  return parsed.ok ? parsed.fen : 0;
};

/**
 * Reads budgets.csv and register.csv of a unit's package (both checked against their
 * SHA-256 before): the expense budget of each period (level 1 rows: 调整后预算 and 决算数)
 * and, per period and kind, the status of its register row. A file the package does not
 * have gives empty maps. Pure.
 */
export function readUnitSummaries(
  texts: ReadonlyMap<string, string>,
  where: (path: string) => string,
  issues: IssueList,
): UnitSummaries {
  const budgets = new Map<string, BudgetSummary>();
  const budgetText = texts.get('budgets.csv');
  if (budgetText !== undefined) {
    const columns = columnsOf(BUDGETS_FIELDS, ['periodId', 'side', 'level', 'adjustedYuan', 'actualYuan']);
    for (const { cells } of readTable(where('budgets.csv'), budgetText, columns, issues) ?? []) {
      if (cells.side?.text.trim() !== '支出' || cells.level?.text.trim() !== '1') continue;
      const id = cells.periodId!.text.trim();
      const sum = budgets.get(id) ?? { adjustedFen: 0, actualFen: 0 };
      budgets.set(id, {
        adjustedFen: sum.adjustedFen + fenOf(cells.adjustedYuan?.text),
        actualFen: sum.actualFen + fenOf(cells.actualYuan?.text),
      });
    }
  }
  const disclosures = new Map<string, DisclosureSummary>();
  const registerText = texts.get('register.csv');
  if (registerText !== undefined) {
    const columns = columnsOf(REGISTER_FIELDS, ['kind', 'status', 'lateDays']);
    for (const { cells } of readTable(where('register.csv'), registerText, columns, issues) ?? []) {
      const periodId = cells.periodId?.text.trim();
      if (!periodId) continue;
      const key = `${periodId} ${cells.kind!.text.trim()}`;
      if (disclosures.has(key)) continue; // the first row of a kind and period is the one the register leads with
      disclosures.set(key, { status: cells.status!.text.trim(), lateDays: Number(cells.lateDays!.text.trim()) || 0 });
    }
  }
  return { budgets, disclosures };
}
