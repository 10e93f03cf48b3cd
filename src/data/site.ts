import { formatIssueReport } from '../lib/issues/data-issue.ts';
import { loadSite } from '../lib/site/load-site.ts';
import type { SiteData } from '../lib/model/site-data.ts';
import { buildDate } from './build-date.ts';
import { dataDir, readDataDir } from './read-data-dir.ts';

let cached: SiteData | undefined;

/**
 * Where scripts/build.ts leaves the site it has just checked, so that the Astro build it runs
 * in the same process does not load and check the data a second time. A global, because Vite
 * bundles this module into the build's own chunks: that copy is not the one the script imported.
 */
const CHECKED_SITE = Symbol.for('union-site.checked-site');

/** Hands the checked site data to the pages of an Astro build run in this process. */
export function provideCheckedSite(site: SiteData): void {
  (globalThis as Record<symbol, unknown>)[CHECKED_SITE] = site;
}

/**
 * The checked site data, loaded once per build. Throws with the full Chinese report when
 * the data has problems, so a page can never render from bad or partial data. Under
 * scripts/build.ts the data was checked before Astro started and is taken from there.
 */
export function getSite(): SiteData {
  if (cached) return cached;
  const provided = (globalThis as Record<symbol, unknown>)[CHECKED_SITE] as SiteData | undefined;
  if (provided) return (cached = provided);
  const result = loadSite(readDataDir(dataDir()), { buildDate: buildDate() });
  if (!result.site) throw new Error(formatIssueReport(result.issues));
  cached = result.site;
  return cached;
}
