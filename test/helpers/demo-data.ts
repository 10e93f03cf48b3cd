import { readDataDir } from '../../src/build/read-data-dir.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';

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
