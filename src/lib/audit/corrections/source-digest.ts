import { sha256Hex } from '../../digest/sha256.ts';
import type { DataFiles } from '../../model/data-files.ts';
import { RECORDED_FOLDER } from './recorded-figures.ts';

/**
 * The data digest a recording carries: SHA-256 over the data files the figures come from,
 * i.e. every file except the recordings themselves (data/published/), framed as the
 * footer's data stamp frames them (path, NUL, byte length, NUL, bytes; paths in code-unit
 * order). Leaving the recordings out keeps the digest of a publication independent of the
 * files the publication writes.
 */
export function sourceDigest(files: DataFiles): string {
  const encoder = new TextEncoder();
  const paths = [...files.keys()]
    .filter((p) => !p.startsWith(RECORDED_FOLDER))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: Uint8Array[] = [];
  for (const path of paths) {
    const bytes = files.get(path)!;
    parts.push(encoder.encode(`${path}\0${bytes.length}\0`), bytes);
  }
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    all.set(p, offset);
    offset += p.length;
  }
  return sha256Hex(all);
}
