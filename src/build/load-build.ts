import { isBuildContext, prepareBuild, type BuildContext } from '../lib/build/prepare-build.ts';
import type { DataIssue } from '../lib/issues/data-issue.ts';
import type { ReportFiles } from '../lib/reports/check-reports.ts';
import type { DataFiles } from '../lib/model/data-files.ts';
import { readBuildOptions } from './build-options.ts';
import { BuildInputError } from './explain-error.ts';
import { readReportFiles, requireContentDir } from './read-content-dir.ts';
import { dataDir, readDataDir } from './read-data-dir.ts';

/** What one load of the data and content folders gives: the context, or why there is none. */
export interface LoadedBuild {
  /** The data folder that was read (absolute). */
  dataDir: string;
  /** The bytes that were read and checked (the stamp digests exactly these). */
  files: DataFiles;
  /** The build context when every check passed. */
  context?: BuildContext;
  /** Every data and report problem found (empty when `context` is set or on `error`). */
  issues: DataIssue[];
  /** A problem with the build's options (environment variables), in Chinese. */
  error?: string;
}

/**
 * The load sequence, written once: read the options, read the data folder and the reports
 * folder once each, and prepare the build from those bytes. A missing folder, a dangling
 * link or a bad option comes back as `error` (Chinese); other exceptions are thrown. Used by `npm run check`,
 * `npm run build` and by pages rendered without the build script (astro dev).
 */
export function loadBuild(env: NodeJS.ProcessEnv = process.env): LoadedBuild {
  const dir = dataDir();
  const read = readBuildOptions(env);
  if ('error' in read) return { dataDir: dir, files: new Map(), issues: [], error: read.error };
  let files: DataFiles;
  let reportFiles: ReportFiles;
  try {
    files = readDataDir(dir);
    requireContentDir();
    reportFiles = readReportFiles();
  } catch (error) {
    if (error instanceof BuildInputError) return { dataDir: dir, files: new Map(), issues: [], error: error.message };
    throw error;
  }
  const result = prepareBuild(files, reportFiles, read.options);
  if (isBuildContext(result)) return { dataDir: dir, files, context: result, issues: [] };
  return { dataDir: dir, files, issues: result.issues };
}
