// The build's leak scan: every file written into the output folder is read (gzip files,
// the Pagefind index, decompressed) and searched for every value of every private column
// of the data folder. Reading is here; the search is the pure scanForPrivateValues.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { privateValuesToScan, type Workbooks } from '../../src/lib/privacy/private-values.ts';
import { formatLeaks, scanForPrivateValues, type Leak } from '../../src/lib/privacy/scan-output.ts';
import type { DataFiles } from '../../src/lib/model/data-files.ts';

/** A published file as text; gzip content (Pagefind fragments and index) is decompressed first. */
function fileText(bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      return bytes.toString('utf8');
    }
  }
  return bytes.toString('utf8');
}

/**
 * Every file below `dir`, as text, with its POSIX path relative to `dir`, read one at a time;
 * files for which `skip` holds are not read.
 */
export function* outputFiles(
  dir: string,
  prefix = '',
  skip: (path: string) => boolean = () => false,
): Generator<{ path: string; text: string }> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) yield* outputFiles(path, `${relative}/`, skip);
    else if (entry.isFile() && !skip(relative)) yield { path: relative, text: fileText(readFileSync(path)) };
  }
}

/** SHA-256 of the private values of a data folder: equal digests, equal values to search for. */
export function privateValuesDigest(data: DataFiles, workbooks?: Workbooks): string {
  return createHash('sha256')
    .update(JSON.stringify(privateValuesToScan(data, undefined, workbooks)))
    .digest('hex');
}

/** What the scan found and cost. */
export interface LeakScan {
  leaks: Leak[];
  /** Private values searched for. */
  values: number;
  files: number;
  /** Files not read: taken over from a published site already searched for the same values. */
  skipped: number;
  bytes: number;
  ms: number;
}

/**
 * Scans the output folder `dir` for the private values of the data folder `data` (its
 * workbooks read by the edge). `skip` names files that need no search: files taken over
 * unchanged from a published site that was searched for the same values (the route cache).
 */
export function scanOutput(
  dir: string,
  data: DataFiles,
  workbooks?: Workbooks,
  skip: (path: string) => boolean = () => false,
): LeakScan {
  const started = performance.now();
  const values = privateValuesToScan(data, undefined, workbooks);
  let files = 0;
  let skipped = 0;
  let bytes = 0;
  const skipCounted = (path: string) => {
    const skipping = skip(path);
    if (skipping) skipped += 1;
    return skipping;
  };
  const counted = (function* () {
    for (const file of outputFiles(dir, '', skipCounted)) {
      files += 1;
      bytes += file.text.length;
      yield file;
    }
  })();
  const leaks = scanForPrivateValues(counted, values);
  return { leaks, values: values.length, files, skipped, bytes, ms: Math.round(performance.now() - started) };
}

/** The build step: undefined when nothing leaked (and a line saying so is printed), else the message. */
export function leakScanMessage(
  dir: string,
  data: DataFiles,
  workbooks?: Workbooks,
  skip?: (path: string) => boolean,
): string | undefined {
  const scan = scanOutput(dir, data, workbooks, skip);
  if (scan.leaks.length > 0) return formatLeaks(scan.leaks);
  if (scan.values === 0) {
    console.log('隐私检查：数据中没有不公开的列的值。');
    return undefined;
  }
  const skipped = scan.skipped > 0 ? `；另有 ${scan.skipped} 个未改动的页面上次已查过同样的信息` : '';
  console.log(
    `隐私检查：${scan.files} 个文件中没有 ${scan.values} 项个人信息中的任何一项（${scan.ms} 毫秒${skipped}）。`,
  );
  return undefined;
}
