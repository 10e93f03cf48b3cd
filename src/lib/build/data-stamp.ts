import { Sha256 } from '../hash/sha256.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { DataStamp } from '../model/data-stamp.ts';

export type { DataStamp };

const encoder = new TextEncoder();

/**
 * SHA-256 of a data folder: for each file in code-unit order of its path, the path, a
 * NUL, the byte length in decimal, a NUL, then the bytes. Deterministic: independent of
 * the map's order, and any change to a path or a byte changes it.
 */
export function dataDigest(files: DataFiles): string {
  const hash = new Sha256();
  const paths = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of paths) {
    const bytes = files.get(path)!;
    hash.update(encoder.encode(`${path}\0${bytes.length}\0`));
    hash.update(bytes);
  }
  return hash.hex();
}

/** The stamp of a build: its date and the digest of its data files. */
export function dataStamp(files: DataFiles, date: string): DataStamp {
  const digest = dataDigest(files);
  return { date, digest, short: digest.slice(0, 12), files: files.size };
}
