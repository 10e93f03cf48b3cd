import { AUDIT_AREAS, auditChecks, checkCount, describeCheckCount, type AuditCheck } from '../../audit/audit-checks.ts';
import type { CheckedReport } from '../../reports/check-report.ts';
import { routePath } from '../../routes/routes.ts';
import type { DataStamp } from '../../model/data-stamp.ts';
import type { SiteData } from '../../model/site-data.ts';
import { budgetRows, projectBudgetRows } from '../budget-rows.ts';
import { needsAttention, registerViewRows, statusCounts } from '../register-rows.ts';
import { KIND_ORDER, kindLabel } from '../../disclosure/kinds.ts';
import { describeRule } from '../../disclosure/schedule.ts';
import { auditReportsCovering, statusText } from '../report-views.ts';
import type { Register } from './register-input.ts';
import { periodIndex, periodLinks, periodRange } from './shared.ts';
import { allCorrections } from '../audit/corrections-view.ts';
import { periodFlagsView } from '../audit/period-flags-view.ts';

/** The static paths of the audit pages: one per period. */
export { periodPaths as auditPeriodPagePaths } from './shared.ts';

/**
 * 经审: per period, how many checks passed and need attention, who signed, and its 经审
 * report; the disclosure deadlines; the material to trace each period; and the data stamp.
 */
export function auditPage(site: SiteData, register: Register, published: readonly CheckedReport[], stamp: DataStamp) {
  const counts = statusCounts(register.rows);
  return {
    asOf: register.asOf,
    counts,
    summary: `已公开 ${counts.published} 项，待公开 ${counts.due} 项，公示期满 ${counts.expired} 项`,
    stamp,
    reviews: site.periods.map((data, index) => {
      const count = checkCount(site, index);
      const p = data.statement.period;
      const audit = auditReportsCovering(published, [p.id])[0];
      return {
        label: p.label,
        path: routePath({ to: 'audit-period', period: p.id }),
        range: periodRange(p),
        checks: count.total,
        attention: count.attention,
        flags: site.audit.flags[index]!.groups.length,
        flagsPath: routePath({ to: 'audit-period', period: p.id, anchor: 'flags' }),
        signed: data.signoff
          ? `${data.signoff.prepared}${data.signoff.reviewed ? ` / ${data.signoff.reviewed}` : ''}`
          : undefined,
        audit: audit && { title: audit.meta.title, path: routePath({ to: 'report', slug: audit.slug }) },
      };
    }),
    periods: site.periods
      .map(({ statement: s, budget }, index) => ({
        label: s.period.label,
        statementPath: routePath({ to: 'statement', period: s.period.id }),
        checks: describeCheckCount(checkCount(site, index)),
        budgetPath:
          budget === undefined ? undefined : routePath({ to: 'statement', period: s.period.id, anchor: 'budget' }),
        ledger: s.isLedger
          ? { path: routePath({ to: 'ledger', period: s.period.id }), lineCount: s.lineCount }
          : undefined,
        csvPath: routePath({ to: 'statement-csv', period: s.period.id }),
        csvName: `经费收支表-${s.period.id}.csv`,
        ledgerCsv: s.isLedger
          ? { path: routePath({ to: 'ledger-csv', period: s.period.id }), name: `明细账-${s.period.id}.csv` }
          : undefined,
      }))
      .reverse(),
    corrections: allCorrections(site.audit),
  };
}

/**
 * One area of checks as the audit page shows it: its checks, a summary of their outcome
 * ("10 项，全部通过", "25 项，※ 4 项值得留意") and whether it opens by itself (something in
 * it is worth a look).
 */
function checkArea(area: string, checks: AuditCheck[]) {
  const attention = checks.filter((c) => c.attention).length;
  return {
    area,
    checks,
    outcome: attention > 0 ? `${checks.length} 项，※ ${attention} 项值得留意` : `${checks.length} 项，全部通过`,
    open: attention > 0,
  };
}

/** 经费审查 of one period: every check by area with its inputs and result, budget, sign-off and 经审 reports. */
export function auditPeriodPage(site: SiteData, published: readonly CheckedReport[], periodId: string) {
  const index = periodIndex(site, periodId);
  const data = site.periods[index]!;
  const p = data.statement.period;
  const checks = auditChecks(site, index);
  return {
    period: { id: p.id, label: p.label, start: p.start, end: p.end },
    checkCount: describeCheckCount(checkCount(site, index)),
    files: `${data.fundFile}${data.budget ? `、${data.budget.file}` : ''}`,
    statementPath: routePath({ to: 'statement', period: p.id }),
    packPath: routePath({ to: 'audit-pack', period: p.id }),
    periods: periodLinks(site),
    areas: AUDIT_AREAS.map((area) =>
      checkArea(
        area,
        checks.filter((c) => c.area === area),
      ),
    ).filter((a) => a.checks.length > 0),
    budget: data.budget ? budgetRows(data.budget.rows) : undefined,
    /** The budgeted projects (项目支出), when the budget file gives any. */
    ...(data.budget?.projects.length ? { projectBudget: projectBudgetRows(data.budget.projects) } : {}),
    flags: periodFlagsView(site, index, true),
    signoff: data.signoff,
    audits: auditReportsCovering(published, [p.id]).map((r) => ({
      title: r.meta.title,
      path: routePath({ to: 'report', slug: r.slug }),
      date: r.meta.date,
      status: statusText(r, site.union.congress),
    })),
  };
}

/**
 * 公开目录: counts by status, what needs doing, every item by kind with its rule, and the
 * schedule itself, all as of the build date.
 */
export function disclosurePage(site: SiteData, register: Register) {
  const { asOf, rows } = register;
  const rules = new Map(site.schedule.map((r) => [r.kind, r]));
  return {
    asOf,
    congress: site.union.congress,
    counts: statusCounts(rows),
    attention: registerViewRows(needsAttention(rows)),
    kinds: KIND_ORDER.map((kind) => {
      const rule = rules.get(kind);
      return {
        anchor: `h-${kind}`,
        label: kindLabel(kind),
        rule: rule ? `公开期限：${describeRule(rule)}；公开对象：${rule.audience}。` : '公开制度中未规定期限。',
        rows: registerViewRows(rows.filter((r) => r.item.kind === kind)),
      };
    }).filter((k) => k.rows.length > 0),
    schedule: site.schedule.map((r) => ({
      kind: kindLabel(r.kind),
      rule: describeRule(r),
      audience: r.audience,
      from: r.from ?? '—',
      noticeDays: r.noticeDays ? `${r.noticeDays} 天` : '—',
      note: r.note ?? '',
    })),
  };
}
