import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/build/read-data-dir.ts';
import { IssueList } from '../../src/lib/issues/data-issue.ts';
import { collectPrivateValues, declaredTables } from '../../src/lib/privacy/private-values.ts';
import { describeLeak, scanForPrivateValues } from '../../src/lib/privacy/scan-output.ts';
import { loadRecords } from '../../src/lib/records/load-records.ts';
import { recordTables } from '../../src/lib/records/registry.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';
import { readWorkbooks } from '../../src/build/read-workbooks.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(mkdtempSync(join(tmpdir(), 'union-privacy-')), 'dist');
/** A day on which the demo data has an open 公示 (金秋助学 2024, until 2024-09-06). */
const BUILD_DATE = '2024-09-01';
const data = readDataDir(join(root, 'data'));
const privateValues = collectPrivateValues(data);

/** A file's text; gzip files (the Pagefind search index) are decompressed first. */
function fileText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Every file below `dir` as text, with its POSIX path relative to `dir`. */
function readAll(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return readAll(path).map((f) => ({ ...f, path: `${name}/${f.path}` }));
    return [{ path: relative(dir, path).split(sep).join('/'), text: fileText(path) }];
  });
}

describe('no private value reaches the built demo site', () => {
  let files: { path: string; text: string }[] = [];
  beforeAll(() => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, UNION_DIST_DIR: dist, UNION_BUILD_DATE: BUILD_DATE },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stdout + run.stderr);
    files = readAll(dist);
  });

  it('has private values to look for, from the columns declared private', () => {
    const headers = new Set(privateValues.map((v) => `${v.file} ${v.header}`));
    expect([...headers].sort()).toEqual(['aid.csv 受助人', 'aid.csv 情况说明', 'aid.csv 联系电话']);
    expect(privateValues.length).toBeGreaterThan(250);
  });

  it('finds none of them in any file: HTML, CSV, JSON, scripts, the search index, file names', () => {
    expect(files.length).toBeGreaterThan(20);
    // the open data package is scanned like every other file
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['data/datapackage.json', 'data/statements.csv']));
    const index = files.filter((f) => f.path.startsWith('pagefind/fragment/'));
    // the index is read (decompressed, word breaks removed), not skipped
    expect(index.some((f) => f.text.replace(/\u200b/g, '').includes('公示期至 2024-09-06'))).toBe(true);
    expect(scanForPrivateValues(files, privateValues).map(describeLeak)).toEqual([]);
  });

  it('publishes the open 公示 with masked names only', () => {
    const aid = files.find((f) => f.path === 'activities/aid/index.html')!.text;
    expect(aid).toContain('公示期至 <strong>2024-09-06</strong>');
    expect(aid).toMatch(/<td data-label="受助人">[^<]*\*[^<]*<\/td>/);
    expect(aid).not.toContain('2024-02-05'); // the 春节帮扶 notice ended before the build date
  });
});

describe('the private flag is what keeps a column out', () => {
  /** The 大病帮扶 notice of the demo data (with a phone number and circumstances) is open on this day. */
  const day = '2024-10-25';
  const site = loadSite(data, { buildDate: day, workbooks: readWorkbooks(data) }).site!;
  const context = {
    chart: site.chart,
    periods: site.periods.map((p) => p.statement.period),
    statements: new Map(site.periods.map((p) => [p.statement.period.id, p.statement])),
    buildDate: day,
  };

  it('leaves every private value out of what pages receive', () => {
    expect(scanForPrivateValues([{ path: 'site.json', text: JSON.stringify(site) }], privateValues)).toEqual([]);
  });

  it.each(['recipient', 'phone', 'details'] as const)('publishes aid.csv %s once its column is made public', (key) => {
    const tables = recordTables(site.chart);
    tables.aid.columns[key] = { ...tables.aid.columns[key]!, private: false };
    const records = loadRecords(data, { ...context, tables }, new IssueList());
    const header = tables.aid.columns[key]!.header;
    const leaks = scanForPrivateValues([{ path: 'records.json', text: JSON.stringify(records) }], privateValues);
    expect(leaks.some((l) => l.value.header === header)).toBe(true);
  });

  it('reads which columns are private from the declarations, not from a list', () => {
    const aid = declaredTables().find((t) => t.file === 'aid.csv')!;
    aid.columns.recipient = { ...aid.columns.recipient!, private: false };
    const headers = new Set(collectPrivateValues(data, [aid]).map((v) => v.header));
    expect(headers.has('受助人')).toBe(false);
  });
});
