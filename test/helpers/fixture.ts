import { readDataDir } from '../../src/build/read-data-dir.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import { loadSite, type LoadResult } from '../../src/lib/site/load-site.ts';
import { formatIssueReport } from '../../src/lib/issues/data-issue.ts';

export const BASE_FIXTURE = new URL('../fixtures/base/', import.meta.url).pathname;

/** The base fixture with files replaced (string or bytes) or removed (null). */
export function fixtureFiles(overrides: Record<string, string | Uint8Array | null> = {}): DataFiles {
  const files = new Map(readDataDir(BASE_FIXTURE));
  for (const [path, content] of Object.entries(overrides)) {
    if (content === null) files.delete(path);
    else files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

/** Loads the base fixture with overrides; returns the result and the printed report. */
export function loadFixture(
  overrides: Record<string, string | Uint8Array | null> = {},
): LoadResult & { report: string } {
  const result = loadSite(fixtureFiles(overrides));
  return { ...result, report: result.site ? '' : formatIssueReport(result.issues) };
}
