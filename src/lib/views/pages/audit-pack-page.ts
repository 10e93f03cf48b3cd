import { routePath } from '../../routes/routes.ts';
import type { CheckedReport } from '../../reports/check-report.ts';
import type { SiteData } from '../../model/site-data.ts';
import { auditPeriodPage } from './audit-pages.ts';
import { periodFlagsView } from '../audit/period-flags-view.ts';
import { periodIndex } from './shared.ts';
import { statementPage } from './statement-page.ts';
import { balanceSheetPage, type BalanceSheetPage } from './formal-statement-pages.ts';

/** The static paths of the audit packs: one per period. */
export { periodPaths as auditPackPagePaths } from './shared.ts';

/** What the pack prints of the balance sheet page: its heading and its table. */
function packBalanceSheet({ form, period, closingLabel, sections, totalWan }: BalanceSheetPage) {
  return { form, period, closingLabel, sections, totalWan };
}

/**
 * 审计资料包 of one period, for `npm run pdf`: on paper, in this order, the statement (its
 * summary and both sides, without charts), the 资产负债表 where the period has one, the
 * budget execution, every check with its
 * figures, the 疑点提示, the 更正记录 and the sign-off. Each part comes from the view-model of
 * the page that shows it on screen (statementPage, balanceSheetPage, auditPeriodPage), so the pack cannot
 * differ from those pages; the 疑点提示 lists every place, where the screen page lists the
 * first FLAG_GROUPS_LISTED of each rule.
 */
export function auditPackPage(site: SiteData, published: readonly CheckedReport[], periodId: string) {
  const statement = statementPage(site, periodId);
  const audit = auditPeriodPage(site, published, periodId);
  const p = statement.period;
  return {
    unionName: statement.unionName,
    period: p,
    days: statement.days,
    source: statement.source,
    files: audit.files,
    auditPath: routePath({ to: 'audit-period', period: p.id }),
    keyFigures: statement.keyFigures,
    summary: statement.summary,
    statementChecks: statement.checks,
    sides: statement.sides.map(({ key, title, total, rows }) => ({ key, title, total, rows })),
    ...(statement.previousLabel ? { previousLabel: statement.previousLabel } : {}),
    ...(site.periods.find((d) => d.statement.period.id === periodId)?.balanceSheet
      ? { balanceSheet: packBalanceSheet(balanceSheetPage(site, periodId)) }
      : {}),
    budget: audit.budget,
    ...(audit.projectBudget ? { projectBudget: audit.projectBudget } : {}),
    ...(statement.spending ? { spending: statement.spending } : {}),
    areas: audit.areas,
    checkCount: audit.checkCount,
    flags: periodFlagsView(site, periodIndex(site, periodId)),
    corrections: statement.corrections,
    signoff: audit.signoff,
    audits: audit.audits,
  };
}
