import type { CheckedReport } from '../../reports/check-report.ts';
import { proseLabel } from '../../reports/figures/change.ts';
import { tocEntries, type HeadingInput } from '../../reports/toc.ts';
import { reportClosing } from '../../reports/report-closing.ts';
import { inPage, routePath } from '../../routes/routes.ts';
import type { SiteData } from '../../model/site-data.ts';
import { auditReportsCovering, reportGroups, statusText } from '../report-views.ts';

/** 报告: the published reports grouped by the periods they cover. */
export function reportsPage(site: SiteData, published: readonly CheckedReport[]) {
  return {
    congress: site.union.congress,
    groups: reportGroups(published, site).map((g) => ({
      label: g.label,
      items: g.items.map((item) => ({ ...item, path: routePath({ to: 'report', slug: item.slug }) })),
    })),
  };
}

/** The static paths of the report pages: one per published report. */
export function reportPagePaths(published: readonly CheckedReport[]): { params: { slug: string } }[] {
  return published.map((r) => ({ params: { slug: r.slug } }));
}

/**
 * One report: its header, the contents (headings of depth ≤ 3, numbered in Chinese style),
 * the printed subtitle, the 落款 it ends with, and the statements, audit pages and other 经审 reports it cites.
 * `headings` are the compiled MDX's headings.
 */
export function reportPage(
  site: SiteData,
  published: readonly CheckedReport[],
  slug: string,
  headings: readonly HeadingInput[],
) {
  const report = published.find((r) => r.slug === slug)!;
  const { meta } = report;
  const toc = tocEntries(headings);
  const cited = report.periods.map((id) => site.periods.find((p) => p.statement.period.id === id)!.statement.period);
  const covered = cited.filter((p) => meta.periods.includes(p.id));
  const meeting = meta.session ? `${meta.session}${site.union.congress}` : undefined;
  return {
    meta,
    printSubtitle: `${covered.map(proseLabel).join('、')}${meta.kind}${meeting ? ` · ${meeting}` : ''}`,
    coveredLabels: covered.map((p) => p.label).join('、'),
    byline: meeting && (meta.status === '审议通过' ? `${meeting}审议通过（${meta.approved}）` : `提交${meeting}`),
    pendingStatus: meta.status === '提请审议' ? statusText(report, site.union.congress) : undefined,
    /** The 落款 the report ends with: the issuing body and the report's date. */
    closing: reportClosing(meta, site.union.name),
    /** The Chinese number of each numbered heading, by heading slug, for the MDX heading components. */
    headingLabels: toc.flatMap((e) => (e.label ? [[e.slug, e.label] as const] : [])),
    /** Whether the contents are shown: when the report has more than one heading. */
    showToc: toc.length > 1,
    /** The contents: headings down to depth 3. */
    toc: toc
      .filter((e) => e.depth <= 3)
      .map((e) => ({ depth: e.depth, anchor: inPage(e.slug), label: e.label, text: e.text })),
    sources: [
      ...cited.map((p) => ({ path: routePath({ to: 'statement', period: p.id }), label: `${p.label}经费收支表` })),
      ...covered.map((p) => ({
        path: routePath({ to: 'audit-period', period: p.id }),
        label: `${p.label}经费审查：核对结果与预算执行`,
      })),
      ...auditReportsCovering(published, meta.periods, report.slug).map((r) => ({
        path: routePath({ to: 'report', slug: r.slug }),
        label: r.meta.title,
      })),
    ],
  };
}
