import { isBuildContext, prepareBuild, type BuildContext } from '../lib/build/prepare-build.ts';
import type { DataIssue } from '../lib/issues/data-issue.ts';
import type { ReportFiles } from '../lib/reports/check-reports.ts';
import type { DataFiles } from '../lib/model/data-files.ts';
import { readBuildOptions } from './build-options.ts';
import { BuildInputError } from './explain-error.ts';
import { readReportFiles, requireContentDir } from './read-content-dir.ts';
import { dataDir, readDataDir } from './read-data-dir.ts';
import { readWorkbooks, type WorkbookReads } from './read-workbooks.ts';
import { readUnitPackages } from './read-unit-packages.ts';
import { nativeSha256 } from './native-sha256.ts';

/** What one load of the data and content folders gives: the context, or why there is none. */
export interface LoadedBuild {
  /** The data folder that was read (absolute). */
  dataDir: string;
  /** The bytes that were read and checked (the stamp digests exactly these). */
  files: DataFiles;
  /** The workbooks (.xlsx) of `files`, read into cells once (the privacy scan reads them too). */
  workbooks: WorkbookReads;
  /** The build context when every check passed. */
  context?: BuildContext;
  /** Every data and report problem found (empty when `context` is set or on `error`). */
  issues: DataIssue[];
  /** 提醒 that do not stop the build (also in `context.warnings`); empty on `error`. */
  warnings: DataIssue[];
  /** A problem with the build's options (environment variables), in Chinese. */
  error?: string;
}

/**
 * The load sequence, written once: read the options, read the data folder and the reports
 * folder once each (its workbooks parsed into cells here, a federation's unit packages read as
 * units.csv names them), and prepare the build from those bytes. A missing folder, a dangling
 * link or a bad option comes back as `error` (Chinese); other exceptions are thrown. Used by `npm run check`,
 * `npm run build` and by pages rendered without the build script (astro dev).
 */
export function loadBuild(env: NodeJS.ProcessEnv = process.env): LoadedBuild {
  const dir = dataDir();
  const read = readBuildOptions(env);
  if ('error' in read)
    return { dataDir: dir, files: new Map(), workbooks: new Map(), issues: [], warnings: [], error: read.error };
  let files: DataFiles;
  let reportFiles: ReportFiles;
  try {
    files = readDataDir(dir);
    requireContentDir();
    reportFiles = readReportFiles();
  } catch (error) {
    if (error instanceof BuildInputError)
      return { dataDir: dir, files: new Map(), workbooks: new Map(), issues: [], warnings: [], error: error.message };
    throw error;
  }
  const workbooks = readWorkbooks(files);
  const result = prepareBuild(files, reportFiles, read.options, workbooks, nativeSha256, readUnitPackages(dir, files));
  if (isBuildContext(result))
    return { dataDir: dir, files, workbooks, context: result, issues: [], warnings: result.warnings };
  return { dataDir: dir, files, workbooks, issues: result.issues, warnings: result.warnings };
}
