import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DataFiles } from '../lib/model/data-files.ts';

/** The data folder: UNION_DATA_DIR, or ./data under the working directory. */
export function dataDir(): string {
  return resolve(process.env.UNION_DATA_DIR || 'data');
}

/**
 * Reads every file below `root` into memory as a DataFiles map (POSIX relative paths).
 * Hidden files (".…") and editor backups ("~$…", "….bak") are skipped.
 */
export function readDataDir(root: string = dataDir()): DataFiles {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('~$') || name.endsWith('.bak')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(root);
  return files;
}
