import { dataDigest } from '../../build/data-stamp.ts';
import type { DataFiles } from '../../model/data-files.ts';
import { RECORDED_FOLDER } from './recorded-figures.ts';

/**
 * The data digest a recording carries: the footer stamp's digest (`dataDigest`, SHA-256 over
 * path, NUL, byte length, NUL, bytes; paths in code-unit order) of every data file except the
 * recordings themselves (data/published/). Leaving the recordings out keeps the digest of a
 * publication independent of the files the publication writes.
 */
export function sourceDigest(files: DataFiles): string {
  return dataDigest(new Map([...files].filter(([path]) => !path.startsWith(RECORDED_FOLDER))));
}
