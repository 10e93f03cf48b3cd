// What both local web servers (the static server of the tests and screenshots, and the live
// preview) share: the content types of a built site's files, and how a request path finds its
// file inside the site folder without leaving it.
import { stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** Content types by file extension, for every kind of file the build writes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** The content type of `file` by its extension (octet-stream when unknown). */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/**
 * The file that `path` (relative to the site root, already decoded) names inside `root`: a
 * folder stands for its index.html. 'outside' when the path would leave `root`; throws (like
 * `stat`) when nothing is there.
 */
export async function siteFile(root: string, path: string): Promise<string | 'outside'> {
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) return 'outside';
  return (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
}
