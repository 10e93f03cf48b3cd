import type { BuildContext, BuildRegister } from '../lib/build/prepare-build.ts';
import { formatIssueReport } from '../lib/issues/data-issue.ts';
import type { CheckedReport } from '../lib/reports/check-report.ts';
import type { DataStamp } from '../lib/model/data-stamp.ts';
import type { SiteData } from '../lib/model/site-data.ts';
import type { FederationResult } from '../lib/federation/load-federation.ts';
import { loadBuild } from './load-build.ts';

/**
 * The one handle through which pages receive the build context. scripts/build.ts prepares
 * the context, hands it over here, then runs Astro in the same process. A global, because
 * Vite bundles this module into the build's own chunks: that copy is not the one the script
 * imported, but both see the same globalThis.
 */
const BUILD_CONTEXT = Symbol.for('union-site.build-context');

type Slot = Record<symbol, BuildContext | undefined>;

/** Hands the prepared context to the pages of an Astro build run in this process. */
export function provideBuildContext(context: BuildContext): void {
  (globalThis as unknown as Slot)[BUILD_CONTEXT] = context;
}

/**
 * The build context. Under scripts/build.ts it is the one prepared before Astro started;
 * otherwise (astro dev) it is loaded once by the same sequence as `npm run check`. Throws
 * the full Chinese report when the data or a report has a problem, so no page renders from
 * unchecked data.
 */
export function buildContext(): BuildContext {
  const slot = globalThis as unknown as Slot;
  const provided = slot[BUILD_CONTEXT];
  if (provided) return provided;
  const loaded = loadBuild();
  if (loaded.error) throw new Error(loaded.error);
  if (!loaded.context) throw new Error(formatIssueReport(loaded.issues));
  slot[BUILD_CONTEXT] = loaded.context;
  return loaded.context;
}

/** The checked site data. */
export function getSite(): SiteData {
  return buildContext().site;
}

/** Every checked report, drafts included (`published` false). */
export function getReports(): CheckedReport[] {
  return buildContext().reports;
}

/** The reports that get a page: everything but 草稿. */
export function publishedReports(): CheckedReport[] {
  return getReports().filter((r) => r.published);
}

/** The disclosure register as of the build date. */
export function getRegister(): BuildRegister {
  return buildContext().register;
}

/** The footer stamp: build date + digest of exactly the data bytes that were checked. */
export function getDataStamp(): DataStamp {
  return buildContext().stamp;
}

/** The federation of a 县级以上工会's build (units.csv in its data folder); undefined for a grassroots union. */
export function getFederation(): FederationResult | undefined {
  return buildContext().federation;
}

/** The federation, for the pages that exist only in federation mode (their paths are empty otherwise). */
export function requireFederation(): FederationResult {
  const federation = getFederation();
  if (!federation) throw new Error('本网站不是县级以上工会的汇总网站（数据文件夹中没有 units.csv）');
  return federation;
}
