import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles } from '../../src/bench/generate-data-set.ts';

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
