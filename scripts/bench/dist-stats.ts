import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Size figures of a built site folder. Bytes throughout. */
export interface DistStats {
  /** Files written by routes (pages and endpoints such as statement.csv): not _astro/ assets, not Pagefind's index (pagefind/), not public/ copies. */
  pages: number;
  htmlPages: number;
  files: number;
  totalBytes: number;
  largestPage: { path: string; bytes: number };
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** Whether a file of the built site (path relative to it, "/" separators) was written by a route. */
export function isRoute(path: string, publicDir?: string): boolean {
  return (
    !path.startsWith('_astro/') && !path.startsWith('pagefind/') && !(publicDir && existsSync(join(publicDir, path)))
  );
}

/** Every file below `dir`, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  walk(dir, files);
  return files.map((file) => relative(dir, file).split(sep).join('/'));
}

/** Counts and sizes the files under `dist`; `publicDir` files copied verbatim are not pages. */
export function distStats(dist: string, publicDir?: string): DistStats {
  const files: string[] = [];
  walk(dist, files);
  const stats: DistStats = {
    pages: 0,
    htmlPages: 0,
    files: files.length,
    totalBytes: 0,
    largestPage: { path: '', bytes: 0 },
  };
  for (const file of files) {
    const path = relative(dist, file).split(sep).join('/');
    const bytes = statSync(file).size;
    stats.totalBytes += bytes;
    if (!isRoute(path, publicDir)) continue;
    stats.pages += 1;
    if (path.endsWith('.html')) stats.htmlPages += 1;
    if (bytes > stats.largestPage.bytes) stats.largestPage = { path, bytes };
  }
  return stats;
}
