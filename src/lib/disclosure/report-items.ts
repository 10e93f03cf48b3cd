import type { CheckedReport } from '../reports/check-report.ts';
import type { ReportMeta } from '../reports/report-meta.ts';
import type { DisclosureItem } from './disclosure-item.ts';
import type { DisclosureKind } from './kinds.ts';
import type { PeriodSpan } from './register.ts';
import { routePath } from '../routes/routes.ts';

/** The register kind of each report kind: the 经审 report is its own kind, the rest are work reports. */
export const REPORT_DISCLOSURE_KINDS: Readonly<Record<ReportMeta['kind'], DisclosureKind>> = {
  工作报告: 'work-report',
  换届工作报告: 'work-report',
  工作总结: 'work-report',
  工作计划: 'work-report',
  经费审查报告: 'audit-report',
};

/**
 * The day a report counts as disclosed: for an approved report (审议通过) its 公开日期, or
 * else its 通过日期 (the congress adopted it that day and the site publishes it). A report
 * put to the congress (提请审议) is on the site with a banner but is not yet the union's
 * disclosed report, so it has none; a draft (草稿) is not on the site at all.
 */
export function reportPublishedOn(meta: ReportMeta): string | undefined {
  return meta.status === '审议通过' ? (meta.published ?? meta.approved) : undefined;
}

/**
 * One item per report that has a page (every status but 草稿). It covers its periods from
 * the first one's start to the last one's end and answers the per-period obligation of its
 * last period; a 工作计划 looks ahead, so it is listed but answers none. A report put to the
 * congress is titled "…（提请审议稿）" and counts as not yet disclosed (see reportPublishedOn).
 * `periods` are those of periods.csv in time order.
 */
export function reportItems(reports: readonly CheckedReport[], periods: readonly PeriodSpan[]): DisclosureItem[] {
  return reports.flatMap((report) => {
    const { meta } = report;
    const covered = periods.filter((p) => meta.periods.includes(p.id));
    const first = covered[0];
    const last = covered.at(-1);
    if (!report.published || !first || !last) return [];
    const publishedOn = reportPublishedOn(meta);
    const item: DisclosureItem = {
      kind: REPORT_DISCLOSURE_KINDS[meta.kind],
      title: meta.status === '提请审议' ? `${meta.title}（提请审议稿）` : meta.title,
      ...(meta.kind === '工作计划' ? {} : { periodId: last.id }),
      periodLabel: first === last ? first.label : `${first.label}至${last.label}`,
      coversStart: first.start,
      coversEnd: last.end,
      ...(publishedOn ? { publishedOn } : {}),
      audience: '全体',
      href: routePath({ to: 'report', slug: report.slug }),
    };
    return [item];
  });
}
