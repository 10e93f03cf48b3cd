import { formatIssueReport } from '../lib/issues/data-issue.ts';
import { loadSite } from '../lib/site/load-site.ts';
import type { SiteData } from '../lib/site/site-data.ts';
import { buildDate } from './build-date.ts';
import { dataDir, readDataDir } from './read-data-dir.ts';

let cached: SiteData | undefined;

/**
 * The checked site data, loaded once per build. Throws with the full Chinese report when
 * the data has problems, so a page can never render from bad or partial data.
 */
export function getSite(): SiteData {
  if (cached) return cached;
  const result = loadSite(readDataDir(dataDir()), { buildDate: buildDate() });
  if (!result.site) throw new Error(formatIssueReport(result.issues));
  cached = result.site;
  return cached;
}
