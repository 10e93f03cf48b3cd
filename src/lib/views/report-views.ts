import type { CheckedReport } from '../reports/check-report.ts';
import type { SiteData } from '../model/site-data.ts';

/** The order kinds are listed in within a period: the committee's reports, then the audit committee's. */
const KIND_ORDER: readonly string[] = ['换届工作报告', '工作报告', '工作总结', '工作计划', '经费审查报告'];

/** How a report stands, in words: "七届一次职代会审议通过", "提请八届三次职代会审议". */
export function statusText(report: CheckedReport, congress: string): string {
  const { status, session } = report.meta;
  const meeting = session ? `${session}${congress}` : '';
  if (status === '审议通过') return `${meeting}审议通过`;
  if (status === '提请审议') return `提请${meeting}审议`;
  return '草稿';
}

/**
 * The 经费审查报告 among `reports` that cover any of `periodIds`, in the given order, leaving
 * out the report `except` (by slug) — the audit reports of a period, or those beside a report.
 */
export function auditReportsCovering(
  reports: readonly CheckedReport[],
  periodIds: readonly string[],
  except?: string,
): CheckedReport[] {
  return reports.filter(
    (r) => r.meta.kind === '经费审查报告' && r.slug !== except && r.meta.periods.some((id) => periodIds.includes(id)),
  );
}

/** One row of the report list, formatted. */
export interface ReportListItem {
  slug: string;
  title: string;
  kind: string;
  date: string;
  status: string;
  pending: boolean;
}

/** Reports grouped by the periods they cover, newest period first; kinds in their usual order. */
export interface ReportGroup {
  /** Period labels, e.g. "2019—2020年度（六届工会任期后两年）". */
  label: string;
  items: ReportListItem[];
}

/** The report list page: published reports grouped by period (latest first), then by kind. */
export function reportGroups(reports: readonly CheckedReport[], site: SiteData): ReportGroup[] {
  const order = site.periods.map((p) => p.statement.period.id);
  const last = (r: CheckedReport) => Math.max(...r.meta.periods.map((id) => order.indexOf(id)));
  const sorted = [...reports].sort(
    (a, b) =>
      last(b) - last(a) ||
      KIND_ORDER.indexOf(a.meta.kind) - KIND_ORDER.indexOf(b.meta.kind) ||
      (a.meta.date < b.meta.date ? -1 : 1),
  );
  const groups: ReportGroup[] = [];
  for (const report of sorted) {
    const label = report.meta.periods.map((id) => site.periods[order.indexOf(id)]!.statement.period.label).join('、');
    let group = groups.find((g) => g.label === label);
    if (!group) groups.push((group = { label, items: [] }));
    group.items.push({
      slug: report.slug,
      title: report.meta.title,
      kind: report.meta.kind,
      date: report.meta.date,
      status: statusText(report, site.union.congress),
      pending: report.meta.status === '提请审议',
    });
  }
  return groups;
}
