import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles, GeneratedSet } from './generate/generate-data-set.ts';

/** Writes generated files below `root` (UTF-8); returns the number of bytes written. */
export function writeDataSet(root: string, files: GeneratedFiles): number {
  let bytes = 0;
  for (const [path, text] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    const data = Buffer.from(text, 'utf8');
    writeFileSync(target, data);
    bytes += data.length;
  }
  return bytes;
}

/**
 * Writes a generated set below `root`: the data folder to root/data, the reports to
 * root/content/reports (created even when there are none). Returns both folders and the bytes written.
 */
export function writeBenchSet(root: string, set: GeneratedSet): { data: string; content: string; bytes: number } {
  const data = join(root, 'data');
  const content = join(root, 'content');
  mkdirSync(join(content, 'reports'), { recursive: true });
  const bytes = writeDataSet(data, set.data) + writeDataSet(join(content, 'reports'), set.reports);
  return { data, content, bytes };
}
