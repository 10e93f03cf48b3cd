import type { BudgetExecutionRow, ProjectExecutionRow } from '../budgets/budget-execution.ts';
import type { BudgetBarInput } from '../charts/budget-layout.ts';
import { formatYuan } from '../money/format-amount.ts';
import { formatPercent, ratioBasisPoints } from '../numbers/rates.ts';

/** One row of the budget execution table, formatted (amounts in 元). */
export interface BudgetRowView {
  /**
   * An account of the budget file, the side's 收入合计 / 支出合计 (over its level 1 rows), or a
   * project of 项目支出 (its actual from the ledger's 项目名称; see projectBudgetRows).
   */
  kind: 'row' | 'total' | 'project';
  side: '收入' | '支出';
  name: string;
  /** 1–3 for an account; 0 for a total. */
  level: 0 | 1 | 2 | 3;
  priorActual: string;
  budget: string;
  adjustment: string;
  adjusted: string;
  actual: string;
  /** 完成率, e.g. "96.40%", or "—" when the adjusted budget is 0. */
  rate: string;
  /**
   * The outcome in words with the amount: expense 超支 / 结余, income 超收 / 短收, or 持平
   * (决算数 against 调整后预算数). Never an arrow, which reads as a trend.
   */
  result: string;
  /** True when execution is outside 90%–110%, worth an auditor's look (marked ※ on the page). */
  flagged: boolean;
}

/** The figures of one row before formatting, in fen (a total adds up its level 1 rows). */
interface Figures {
  priorActualFen?: number;
  budgetFen: number;
  adjustmentFen: number;
  adjustedFen: number;
  actualFen: number;
}

/** 超支 1,200.00 / 结余 5,105.00 for expense, 超收 / 短收 for income, 持平 when equal. */
export function budgetResult(side: '收入' | '支出', adjustedFen: number, actualFen: number): string {
  const difference = actualFen - adjustedFen;
  if (difference === 0) return '持平';
  const words = side === '支出' ? (difference > 0 ? '超支' : '结余') : difference > 0 ? '超收' : '短收';
  return `${words} ${formatYuan(Math.abs(difference))}`;
}

function formatRow(
  kind: BudgetRowView['kind'],
  side: BudgetRowView['side'],
  name: string,
  level: BudgetRowView['level'],
  f: Figures,
): BudgetRowView {
  const rateBp = ratioBasisPoints(f.actualFen, f.adjustedFen);
  return {
    kind,
    side,
    name,
    level,
    priorActual: f.priorActualFen === undefined ? '—' : formatYuan(f.priorActualFen),
    budget: formatYuan(f.budgetFen),
    adjustment: f.adjustmentFen === 0 ? '—' : formatYuan(f.adjustmentFen),
    adjusted: formatYuan(f.adjustedFen),
    actual: formatYuan(f.actualFen),
    rate: rateBp === null ? '—' : formatPercent(rateBp),
    result: budgetResult(side, f.adjustedFen, f.actualFen),
    flagged: rateBp !== null && (rateBp < 9000 || rateBp > 11000),
  };
}

/** The side's total over its level 1 rows; 上年决算数 only when every level 1 row has one. */
function sideTotal(rows: readonly BudgetExecutionRow[]): Figures {
  const sum = (pick: (r: BudgetExecutionRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const prior = rows.every((r) => r.priorActualFen !== undefined)
    ? { priorActualFen: sum((r) => r.priorActualFen!) }
    : {};
  return {
    ...prior,
    budgetFen: sum((r) => r.budgetFen),
    adjustmentFen: sum((r) => r.adjustmentFen),
    adjustedFen: sum((r) => r.adjustedFen),
    actualFen: sum((r) => r.actualFen),
  };
}

/**
 * The project budget rows (项目支出 of the budget file), in file order: each project's budget
 * against the 项目支出 of the ledger lines naming it. They are part of the expense of the
 * account rows, so they get a table of their own and no 合计.
 */
export function projectBudgetRows(projects: readonly ProjectExecutionRow[]): BudgetRowView[] {
  return projects.map((p) => formatRow('project', '支出', p.project, 1, p));
}

/**
 * Budget execution rows for display: income first, then expense, each in file order and
 * each closed by its 合计 row (收入合计 / 支出合计) over the level 1 rows, so 明细 rows are not
 * counted twice. Amounts in fen throughout, formatted once here.
 */
export function budgetRows(rows: readonly BudgetExecutionRow[]): BudgetRowView[] {
  return (['income', 'expense'] as const).flatMap((kind) => {
    const sideRows = rows.filter((r) => r.account.kind === kind);
    if (sideRows.length === 0) return [];
    const side = kind === 'income' ? '收入' : '支出';
    return [
      ...sideRows.map((r) => formatRow('row', side, r.account.name, r.account.level, r)),
      formatRow('total', side, `${side}合计`, 0, sideTotal(sideRows.filter((r) => r.account.level === 1))),
    ];
  });
}

/** A side of the budget chart: its level 1 rows as bars, with its title and text alternative. */
export interface BudgetChartSide {
  key: 'income' | 'expense';
  title: string;
  bars: BudgetBarInput[];
  description: string;
}

/** The budget chart beside the table: per side, each level 1 account's adjusted budget and actual. */
export function budgetCharts(rows: readonly BudgetExecutionRow[]): BudgetChartSide[] {
  return (['income', 'expense'] as const).flatMap((kind) => {
    const side = kind === 'income' ? '收入' : '支出';
    const level1 = rows.filter((r) => r.account.kind === kind && r.account.level === 1);
    if (level1.length === 0) return [];
    const bars = level1.map((r) => {
      const rateBp = ratioBasisPoints(r.actualFen, r.adjustedFen);
      return {
        label: r.account.name,
        budgetFen: r.adjustedFen,
        actualFen: r.actualFen,
        valueText: `${rateBp === null ? '—' : formatPercent(rateBp)}　${budgetResult(side, r.adjustedFen, r.actualFen)}`,
      };
    });
    return [
      {
        key: kind,
        title: `${side}预算与决算（元）`,
        bars,
        description:
          `各类${side}的调整后预算数与本期决算数：` +
          level1
            .map(
              (r, i) =>
                `${r.account.name} 预算 ${formatYuan(r.adjustedFen)} 元，决算 ${formatYuan(r.actualFen)} 元，完成率 ${bars[i]!.valueText}`,
            )
            .join('；') +
          '。',
      },
    ];
  });
}
