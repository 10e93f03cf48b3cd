// The built site as files: listing, page paths, and byte-for-byte comparison of two builds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problem.ts';

/** Every file below `root`, as sorted POSIX paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length).replace(/\\/g, '/').replace(/^\//, ''))
    .sort();
}

/** The page path of an HTML file as the crawl names it: "funds/index.html" → "funds/", "index.html" → "". */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The HTML pages of a build, by page path. `404.html` is served on errors, never linked, so it is left out. */
export function listPages(root: string): string[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map(pagePath);
}

/** Pages in the build that the crawl from the home page never reached. */
export function findUnreachable(root: string, crawled: readonly string[]): Problem[] {
  const reached = new Set(crawled);
  return listPages(root)
    .filter((page) => !reached.has(page))
    .map((page) => ({ check: 'unreachable-page', page, detail: '从首页沿链接无法到达此页' }));
}

/** Differences between two builds of the same input: files present in one only, or with other bytes. */
export function compareBuilds(a: string, b: string): Problem[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const problems: Problem[] = [];
  for (const file of filesA) {
    if (!filesB.delete(file)) problems.push({ check: 'determinism', page: file, detail: '只在第一次生成中出现' });
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      problems.push({ check: 'determinism', page: file, detail: '两次生成的内容不同' });
  }
  for (const file of filesB) problems.push({ check: 'determinism', page: file, detail: '只在第二次生成中出现' });
  return problems;
}
