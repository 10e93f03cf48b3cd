import type { Chart } from '../accounts/account.ts';
import type { TemplateSpec } from './template-spec.ts';

/** The sheet name of the fund template; the loader reads a sheet of this name among several. */
export const FUND_SHEET = '经费收支';

/** The accounts a new period may use: the 2021 工会会计制度 and the union's own, not the legacy names. */
export function accountsForNewPeriods(chart: Chart): string[] {
  return chart.accounts.filter((account) => account.system !== 'legacy').map((account) => account.name);
}

/**
 * The template of a fund file (明细账 or summary): 日期, 凭证号, 科目 (a drop-down of the
 * accounts valid for new periods), 摘要, 金额, one example row, `rows` rows formatted.
 */
export function fundTemplate(chart: Chart, rows = 2000): TemplateSpec {
  return {
    file: 'funds/期间编号.xlsx',
    sheet: FUND_SHEET,
    rows,
    columns: [
      { header: '日期', format: 'date', example: '2025-01-06', width: 12 },
      { header: '凭证号', format: 'text', example: '记-0001', width: 12 },
      { header: '科目', format: 'text', example: '会费收入', width: 22, list: '科目表' },
      { header: '摘要', format: 'text', example: '1月会员会费（工资代扣）', width: 36 },
      { header: '金额', format: 'amount', example: '4360.50', width: 14 },
    ],
    lists: [{ sheet: '科目表', header: '科目', values: accountsForNewPeriods(chart) }],
  };
}
