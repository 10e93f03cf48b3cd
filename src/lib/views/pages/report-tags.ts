import type { BarInput } from '../../charts/bar-layout.ts';
import type { SiteData } from '../../model/site-data.ts';
import { budgetRows, type BudgetRowView } from '../budget-rows.ts';
import { statementRows, type StatementRow } from '../statement-rows.ts';
import { describeSide, statementBars, summaryRows, type SummaryRow } from '../statement-views.ts';
import { periodIndex } from './shared.ts';

/**
 * View-models of the tables and charts a report embeds (<StatementTable>, <StatementChart>,
 * <BudgetTable>), for a period the report's check has already resolved.
 */

function statementOf(site: SiteData, periodId: string) {
  return site.periods[periodIndex(site, periodId)]!.statement;
}

/** <StatementTable period side />: the 收支总表 (side 总表) or one side's rows, with its caption. */
export function reportStatementTable(
  site: SiteData,
  periodId: string,
  side: '总表' | '收入' | '支出',
):
  | { kind: 'summary'; caption: string; rows: SummaryRow[] }
  | { kind: 'side'; caption: string; shareHeader: string; rows: StatementRow[] } {
  const s = statementOf(site, periodId);
  if (side === '总表')
    return { kind: 'summary', caption: `${s.period.label}收支总表（单位：元）`, rows: summaryRows(s) };
  const name = side === '收入' ? '本期收入合计' : '本期支出合计';
  return {
    kind: 'side',
    caption: `${s.period.label}${side}明细（单位：元；占比：该项占${name}的比例）`,
    shareHeader: `占${name}`,
    rows: statementRows(side === '收入' ? s.income : s.expense),
  };
}

/** <StatementChart period side />: the bars of one side, its title and text alternative. */
export function reportStatementChart(
  site: SiteData,
  periodId: string,
  side: '收入' | '支出',
): { id: string; title: string; description: string; bars: BarInput[] } {
  const s = statementOf(site, periodId);
  const data = side === '收入' ? s.income : s.expense;
  return {
    id: `chart-${periodId}-${side === '收入' ? 'income' : 'expense'}`,
    title: `${s.period.label}${side}构成（占本期${side}合计）`,
    description: describeSide(data),
    bars: statementBars(data),
  };
}

/** <BudgetTable period />: the period's budget execution rows (the check made sure there is a budget). */
export function reportBudgetTable(site: SiteData, periodId: string): BudgetRowView[] {
  return budgetRows(site.periods[periodIndex(site, periodId)]!.budget!.rows);
}
