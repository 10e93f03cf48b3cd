import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ReportFiles } from '../lib/reports/check-reports.ts';
import { BuildInputError, explainError } from './explain-error.ts';
import { statEntry } from './read-data-dir.ts';

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
 * Checks that the content folder exists: a missing UNION_CONTENT_DIR (a typo, an unmounted
 * share) would otherwise publish a site without any report. Throws a BuildInputError.
 */
export function requireContentDir(root: string = contentDir()): void {
  if (!existsSync(root)) {
    throw new BuildInputError(`找不到内容文件夹 ${root}（报告放在它的 reports/ 子文件夹中；请检查 UNION_CONTENT_DIR）`);
  }
  const stats = statEntry(root, `内容文件夹 ${root}`);
  if (!stats.isDirectory()) throw new BuildInputError(`内容文件夹 ${root} 不是文件夹（请检查 UNION_CONTENT_DIR）`);
}

/**
 * Reads the reports folder into memory (file name → bytes); a missing reports/ inside an
 * existing content folder means no reports. Hidden files and editor backups are skipped; sub-folders are listed by name so
 * the check can report them.
 */
export function readReportFiles(dir: string = reportsDir()): ReportFiles {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('~$') || name.endsWith('.bak') || name.endsWith('~')) continue;
    const path = join(dir, name);
    if (statEntry(path, `报告文件 ${name}`).isDirectory()) files.set(`${name}/`, new Uint8Array());
    else {
      try {
        files.set(name, readFileSync(path));
      } catch (error) {
        throw new BuildInputError(`无法读取报告文件 ${name}：${explainError(error)}`);
      }
    }
  }
  return files;
}
