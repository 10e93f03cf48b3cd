import { readFileSync } from 'node:fs';
import { readDataDir } from '../../src/build/read-data-dir.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';
import { readWorkbooks } from '../../src/build/read-workbooks.ts';
import { loadSite, type LoadOptions, type LoadResult } from '../../src/lib/site/load-site.ts';

/** The demo data folder (data/) as the loader receives it. */
export const DEMO_FILES: DataFiles = readDataDir(new URL('../../data/', import.meta.url).pathname);

/** The demo's file as text (UTF-8 or GB18030, as it is stored). */
export function demoText(path: string): string {
  const bytes = DEMO_FILES.get(path);
  if (!bytes) throw new Error(`no demo file ${path}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The demo data with files replaced (text is written as UTF-8) or removed (null). */
export function demoWith(overrides: Record<string, string | Uint8Array | null>): DataFiles {
  const files = new Map(DEMO_FILES);
  for (const [path, content] of Object.entries(overrides)) {
    if (content === null) files.delete(path);
    else files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return files;
}

/** The text with line `line` (1-based) changed by `edit`. */
export function editLine(text: string, line: number, edit: (row: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

/**
 * loadSite as the build calls it: the workbooks of `files` read first by the edge (the
 * demo keeps its 2019-2020 fund file as funds/2019-2020.xlsx).
 */
export function loadWithWorkbooks(files: DataFiles, options: LoadOptions = {}): LoadResult {
  return loadSite(files, { ...options, workbooks: readWorkbooks(files) });
}

/**
 * The demo with its one workbook (funds/2019-2020.xlsx) replaced by the CSV it was made
 * from (test/fixtures/demo-twins/): for tests that mutate and recompute the CSV text.
 */
export const DEMO_CSV_FILES: DataFiles = demoWith({
  'funds/2019-2020.xlsx': null,
  'funds/2019-2020.csv': readFileSync(new URL('../fixtures/demo-twins/funds/2019-2020.csv', import.meta.url)),
});
