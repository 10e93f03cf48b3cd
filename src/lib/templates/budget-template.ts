import type { Chart } from '../accounts/account.ts';
import { accountsForNewPeriods } from './fund-template.ts';
import type { TemplateSpec } from './template-spec.ts';

/** The sheet name of the budget template; the loader reads a sheet of this name among several. */
export const BUDGET_SHEET = '预算';

/** The template of a budget file: 科目 (a drop-down of the current accounts), 上年决算数, 预算数, 调整数. */
export function budgetTemplate(chart: Chart, rows = 200): TemplateSpec {
  return {
    file: 'budgets/期间编号.xlsx',
    sheet: BUDGET_SHEET,
    rows,
    columns: [
      { header: '科目', format: 'text', example: '会费收入', width: 22, list: '科目表' },
      { header: '上年决算数', format: 'amount', example: '52368.50', width: 14 },
      { header: '预算数', format: 'amount', example: '54000.00', width: 14 },
      { header: '调整数', format: 'amount', example: '0.00', width: 14 },
    ],
    lists: [{ sheet: '科目表', header: '科目', values: accountsForNewPeriods(chart) }],
  };
}
