import { pureSha256, type NewHasher } from '../hash/hasher.ts';
import type { DataFiles } from '../model/data-files.ts';
import type { DataStamp } from '../model/data-stamp.ts';

export type { DataStamp };

const encoder = new TextEncoder();

/**
 * SHA-256 of a data folder: for each file in code-unit order of its path, the path, a
 * NUL, the byte length in decimal, a NUL, then the bytes. Deterministic: independent of
 * the map's order, and any change to a path or a byte changes it. `newHash` makes the SHA-256
 * (the pure one by default; the build edge passes Node's, which gives the same digest).
 */
export function dataDigest(files: DataFiles, newHash: NewHasher = pureSha256): string {
  const hash = newHash();
  const paths = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of paths) {
    const bytes = files.get(path)!;
    hash.update(encoder.encode(`${path}\0${bytes.length}\0`));
    hash.update(bytes);
  }
  return hash.hex();
}

/**
 * The stamp as printed in every footer and printed header: "数据截至 … · 生成日期 … · 数据指纹 …"
 * (数据截至 left out when the data holds no date; `digestLabel` names the digest, e.g. 本页数据指纹).
 */
export function stampText(
  stamp: { date: string; dataUntil?: string; short: string },
  digestLabel = '数据指纹',
): string {
  return `${stamp.dataUntil ? `数据截至 ${stamp.dataUntil} · ` : ''}生成日期 ${stamp.date} · ${digestLabel} ${stamp.short}`;
}

/** The stamp of a build: its date and the digest of its data files. */
export function dataStamp(files: DataFiles, date: string, newHash: NewHasher = pureSha256): DataStamp {
  const digest = dataDigest(files, newHash);
  return { date, digest, short: digest.slice(0, 12), files: files.size };
}
