import type { SiteData } from '../../model/site-data.ts';
import { fail, figure, type FigureResult, type TagProps } from './figure-types.ts';
import { findPeriod } from './lookup.ts';

/** Parts of a statement `<StatementTable side="…">` can show. */
export const TABLE_SIDES = ['总表', '收入', '支出'] as const;
/** Sides `<StatementChart side="…">` can draw. */
export const CHART_SIDES = ['收入', '支出'] as const;

/** `<StatementTable period [side] />`: the 收支总表 (default), or the income or expense table. */
export function resolveStatementTable(site: SiteData, props: TagProps): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  return figure('', [period.value.data.statement.period.id]);
}

/** `<StatementChart period side />`: the bar chart of income or expense by account. */
export function resolveStatementChart(site: SiteData, props: TagProps): FigureResult {
  return resolveStatementTable(site, props);
}

/** `<BudgetTable period />`: the budget execution table; the period must have a budget. */
export function resolveBudgetTable(site: SiteData, props: TagProps): FigureResult {
  const period = findPeriod(site, props.period);
  if (!period.ok) return fail(period.problem);
  const data = period.value.data;
  if (!data.budget) {
    return fail({
      attribute: 'period',
      code: 'report.no-budget',
      message: `期间“${data.statement.period.label}”没有预算`,
      expected: `存在 budgets/${data.statement.period.id}.csv`,
      found: '没有预算文件',
      hint: `有预算的期间：${
        site.periods
          .filter((p) => p.budget)
          .map((p) => p.statement.period.id)
          .join('、') || '无'
      }`,
    });
  }
  return figure('', [data.statement.period.id]);
}
