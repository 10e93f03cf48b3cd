import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ReportFiles } from '../lib/reports/check-reports.ts';

/** The content folder: UNION_CONTENT_DIR, or ./content under the working directory. */
export function contentDir(): string {
  return resolve(process.env.UNION_CONTENT_DIR || 'content');
}

/** The reports folder inside the content folder. */
export function reportsDir(root: string = contentDir()): string {
  return join(root, 'reports');
}

/** How messages name the reports folder: relative to the working directory when inside it. */
export function reportsLabel(dir: string = reportsDir()): string {
  const rel = relative(process.cwd(), dir);
  return (rel.startsWith('..') || rel === '' ? dir : rel).split(sep).join('/');
}

/**
 * Reads the reports folder into memory (file name → bytes); a missing folder means no
 * reports. Hidden files and editor backups are skipped; sub-folders are listed by name so
 * the check can report them.
 */
export function readReportFiles(dir: string = reportsDir()): ReportFiles {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('~$') || name.endsWith('.bak') || name.endsWith('~')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.set(`${name}/`, new Uint8Array());
    else files.set(name, readFileSync(path));
  }
  return files;
}
