import type { ReportMeta } from './report-meta.ts';

/**
 * The 落款 that closes a printed report, as Chinese documents end: who issues it and the
 * date of the report (its front matter's 日期), written "2025年3月19日".
 */
export interface ReportClosing {
  /** The issuing body: the union, or its 经费审查委员会 for a 经费审查报告. */
  issuer: string;
  /** The report's date in Chinese form, "2025年3月19日" (no leading zeros). */
  date: string;
  /** The same date, ISO "YYYY-MM-DD", for <time datetime>. */
  iso: string;
}

/** "2025-03-19" → "2025年3月19日". `iso` must be a valid ISO date (front matter is checked). */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * The audit committee of a union named `union`: "…工会委员会" → "…工会经费审查委员会";
 * any other name gets "经费审查委员会" appended.
 */
export function auditCommitteeName(union: string): string {
  return union.endsWith('委员会') ? `${union.slice(0, -'委员会'.length)}经费审查委员会` : `${union}经费审查委员会`;
}

/** The 落款 of a report of the union named `union`. */
export function reportClosing(meta: Pick<ReportMeta, 'kind' | 'date'>, union: string): ReportClosing {
  return {
    issuer: meta.kind === '经费审查报告' ? auditCommitteeName(union) : union,
    date: chineseDate(meta.date),
    iso: meta.date,
  };
}
