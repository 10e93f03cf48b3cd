import { formatYuan } from '../../money/format-amount.ts';
import { formatShare } from '../../shares/largest-remainder.ts';
import type { PeriodData, SiteData } from '../../model/site-data.ts';
import { ledgerAnchor, ledgerLineAnchor, routePath } from '../../routes/routes.ts';
import { ledgerAccountMonths, ledgerLinePages, type LedgerAccountMonth } from '../ledger-line-pages.ts';
import {
  LEDGER_LINES_PER_PAGE,
  ledgerAccountPages,
  ledgerPages,
  ledgerSearchable,
  type LedgerAccountPages,
  type LedgerPage as LedgerPageLines,
} from '../ledger-pages.ts';
import type { PeriodLink } from './shared.ts';

/** What one ledger page is rendered from: the period, the page's lines and the account index. */
export interface LedgerPageInput {
  data: PeriodData;
  page: LedgerPageLines;
  pageCount: number;
  spans: LedgerAccountPages[];
  periods: PeriodLink[];
  /** Per account code, its months with the page and line of each month's first line. */
  months: ReadonlyMap<string, LedgerAccountMonth[]>;
}

/**
 * The static paths of the ledger pages: every page of every ledger-level period (page 1 at
 * ledger/, then ledger/2/, …). The ledger is split into pages once per period here, and each
 * page gets its part as props, so a 100,000-line ledger is not split again for every page.
 */
export function ledgerPagePaths(
  site: SiteData,
): { params: { period: string; page: string | undefined }; props: LedgerPageInput }[] {
  const ledgers = site.periods.filter((p) => p.statement.isLedger);
  const periods = ledgers.map((x) => ({ id: x.statement.period.id, label: x.statement.period.label }));
  return ledgers.flatMap((data) => {
    const pages = ledgerPages(data.statement);
    const spans = [...ledgerAccountPages(pages).values()];
    const months = ledgerAccountMonths(data.statement, ledgerLinePages(pages));
    return pages.map((page) => ({
      params: { period: data.statement.period.id, page: page.number === 1 ? undefined : String(page.number) },
      props: { data, page, pageCount: pages.length, spans, periods, months },
    }));
  });
}

/** One ledger page, formatted: titles, the account index, and the lines by side, category and account. */
export function ledgerPage({ data, page, pageCount, spans, periods, months }: LedgerPageInput) {
  const s = data.statement;
  const p = s.period;
  const paged = pageCount > 1;
  const pageNote = paged ? `（第 ${page.number} 页）` : '';
  const pagePaths = Array.from({ length: pageCount }, (_, i) => routePath({ to: 'ledger', period: p.id, page: i + 1 }));
  return {
    period: { id: p.id, label: p.label },
    title: `${p.label}经费明细账${pageNote}`,
    heading: `${p.label}经费明细账${pageNote}`,
    printSubtitle: `${p.label} 明细账${paged ? ` 第 ${page.number}/${pageCount} 页` : ''}`,
    searchable: ledgerSearchable(s.lineCount),
    breadcrumbs: [
      { label: '经费公开', path: routePath({ to: 'funds' }) },
      { label: p.label, path: routePath({ to: 'statement', period: p.id }) },
      { label: '明细账' },
    ],
    periods,
    lineCount: s.lineCount,
    fundFile: data.fundFile,
    pageSpan: paged
      ? `本页为第 ${page.first}–${page.last} 笔，共 ${pageCount} 页，每页 ${LEDGER_LINES_PER_PAGE} 笔。`
      : '',
    paged,
    pageNumber: page.number,
    pageCount,
    /** Path of each page, page 1 first. */
    pagePaths,
    index: spans.map((span) => ({
      level: span.account.level,
      name: span.account.name,
      lineCount: span.lineCount,
      pages: span.firstPage === span.lastPage ? `第 ${span.firstPage} 页` : `第 ${span.firstPage}–${span.lastPage} 页`,
      path: routePath({ to: 'ledger', period: p.id, page: span.firstPage, account: span.account.code }),
      /** Links to the first line of each month of the account's own lines (none for a category of sub-accounts). */
      months: (months.get(span.account.code) ?? []).map((m) => ({
        label: `${Number(m.month.slice(5))}月`,
        title: `${m.month}：${m.count} 笔`,
        path: routePath({ to: 'ledger', period: p.id, page: m.page, line: m.firstLine }),
      })),
    })),
    csvPath: routePath({ to: 'ledger-csv', period: p.id }),
    csvName: `明细账-${p.id}.csv`,
    sides: page.sides.map(({ side, continued, categories }) => ({
      title: side.kind === 'income' ? '收入' : '支出',
      continued,
      total: formatYuan(side.totalFen),
      categories: categories.map(({ category: c, continued, accounts }) => ({
        anchor: continued ? undefined : ledgerAnchor(c.account.code),
        continued,
        name: c.account.name,
        total: formatYuan(c.fen),
        share: formatShare(c.shareBp),
        accounts: accounts.map(({ line: l, entries, offset, continued, continues }) => ({
          anchor: continued || l.account.code === c.account.code ? undefined : ledgerAnchor(l.account.code),
          name: l.account.name,
          count: l.entries.length,
          range: continued || continues ? `，本页为第 ${offset + 1}–${offset + entries.length} 笔` : '',
          total: formatYuan(l.fen),
          continues,
          entries: entries.map((e) => ({
            date: e.date ?? '',
            voucher: e.voucher ?? '',
            memo: e.memo ?? '',
            /** 项目名称 of a 项目支出 line, shown after its 摘要. */
            ...(e.spending === '项目' && e.project ? { project: e.project } : {}),
            amount: formatYuan(e.fen),
            line: e.line,
            anchor: ledgerLineAnchor(e.line),
          })),
        })),
      })),
    })),
  };
}

/** The view-model of a ledger page. */
export type LedgerPageView = ReturnType<typeof ledgerPage>;

/** The static paths of the ledger CSV downloads: one per ledger-level period. */
export function ledgerCsvPaths(site: SiteData): { params: { period: string } }[] {
  return site.periods.filter((p) => p.statement.isLedger).map((p) => ({ params: { period: p.statement.period.id } }));
}
