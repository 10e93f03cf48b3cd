import { getRegister, getSite, publishedReports } from './context.ts';
import { withDataDigest } from './page-stamp.ts';
import { activitiesPeriodPage, activityPeriodPaths } from '../lib/views/pages/activity-pages.ts';
import { auditPackPage, auditPackPagePaths } from '../lib/views/pages/audit-pack-page.ts';
import { auditPeriodPage, auditPeriodPagePaths } from '../lib/views/pages/audit-pages.ts';
import {
  balanceSheetPage,
  balanceSheetPagePaths,
  incomeExpensePage,
} from '../lib/views/pages/formal-statement-pages.ts';
import { ledgerPage, ledgerPagePaths, type LedgerPageInput } from '../lib/views/pages/ledger-page.ts';
import { statementPage, statementPagePaths } from '../lib/views/pages/statement-page.ts';

/** One path of a page route, as getStaticPaths returns it. */
export interface PagePath<P = undefined> {
  params: Record<string, string | undefined>;
  props?: P;
}

/** A page whose rendered file the route cache may take over: its paths and its view model. */
export interface CachedPage<P> {
  paths(): PagePath<P>[];
  view(path: { params: Record<string, string | undefined>; props?: P }): unknown;
}

const page = <P, V>(
  paths: () => PagePath<P>[],
  view: (path: { params: Record<string, string | undefined>; props?: P }) => V,
) => ({ paths, view });

/**
 * The pages the route cache serves (src/build/route-cache.ts), by route (their path below
 * src/pages without ".astro"), each with its paths and the one function that makes the view
 * model of a path. The page's getStaticPaths and its front matter both go through this
 * entry, so the view model that is digested for the cache is the one that is rendered.
 *
 * A page belongs here only when everything it shows comes from that view model (passed to
 * Base as `data`) and from what the route cache's base key covers: the code, the options,
 * the union's record, the dates, whether the site is a federation's. Pages that read other
 * parts of the build (the reports, whose MDX reads the whole site; the home and audit pages)
 * are rendered at every build.
 */
export const CACHED_PAGES = {
  'funds/[period]/index': page(
    () => statementPagePaths(getSite()),
    ({ params }) => statementPage(getSite(), params.period!),
  ),
  'funds/[period]/income-expense/index': page(
    () => statementPagePaths(getSite()),
    ({ params }) => incomeExpensePage(getSite(), params.period!),
  ),
  'funds/[period]/balance-sheet/index': page(
    () => balanceSheetPagePaths(getSite()),
    ({ params }) => balanceSheetPage(getSite(), params.period!),
  ),
  'funds/[period]/ledger/[...page]': page<LedgerPageInput, ReturnType<typeof ledgerPage>>(
    () => ledgerPagePaths(getSite()),
    ({ props }) => ledgerPage(props!),
  ),
  'audit/[period]/index': page(
    () => auditPeriodPagePaths(getSite()),
    ({ params }) => auditPeriodPage(getSite(), publishedReports(), params.period!),
  ),
  'audit/[period]/pack': page(
    () => auditPackPagePaths(getSite()),
    ({ params }) => auditPackPage(getSite(), publishedReports(), params.period!),
  ),
  'activities/[period]/index': page(
    () => activityPeriodPaths(getSite()),
    ({ params }) => activitiesPeriodPage(getSite(), params.period!, getRegister().asOf),
  ),
} satisfies Record<string, CachedPage<never> | CachedPage<LedgerPageInput>>;

/** A route the route cache serves. */
export type CachedRoute = keyof typeof CACHED_PAGES;

/** The prop under which pathsToRender hands a path's page-stamp digest to its page. */
export const STAMP_PROP = 'pageStampDigest';

/**
 * The view model of one path of a cached page, for its front matter: `pageView(route, Astro)`.
 * It carries the page-stamp digest pathsToRender computed for it (page-stamp.ts, DATA_DIGEST).
 */
export function pageView<R extends CachedRoute>(
  route: R,
  astro: { params: Record<string, string | undefined>; props: unknown },
): ReturnType<(typeof CACHED_PAGES)[R]['view']> {
  const entry = CACHED_PAGES[route] as CachedPage<unknown>;
  const digest = (astro.props as Record<string, unknown> | undefined)?.[STAMP_PROP];
  return withDataDigest(
    entry.view({ params: astro.params, props: astro.props }),
    typeof digest === 'string' ? digest : undefined,
  ) as ReturnType<(typeof CACHED_PAGES)[R]['view']>;
}
