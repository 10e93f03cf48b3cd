/**
 * The route cache never serves a stale figure: after each kind of change, a build that takes
 * unchanged pages over from the published site gives, file for file, the site a clean build
 * (`--clean`) gives from the same data, and the pages that show the change are rendered anew.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBenchSet } from '../../scripts/bench/generate/generate-data-set.ts';
import { changeOneAmount } from '../../scripts/bench/generate/change-one-amount.ts';
import { writeBenchSet, writeDataSet } from '../../scripts/bench/write-data-set.ts';
import { fenToDecimalString } from '../../src/lib/money/format-amount.ts';
import { treeDigest } from '../helpers/tree-digest.ts';
import { CACHED_PAGES, type CachedPage } from '../../src/build/cached-pages.ts';
import { provideBuildContext } from '../../src/build/context.ts';
import { loadBuild } from '../../src/build/load-build.ts';
import { pageStamp, stampUnion } from '../../src/build/page-stamp.ts';
import { routeOutputFile } from '../../src/lib/routes/route-output-file.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-route-cache-'));
const set = generateBenchSet({ periods: 3, linesPerPeriod: 400, activities: 30, reports: 1 });
const { data, content } = writeBenchSet(work, set);
const target = join(work, 'dist');

function build(dataDir: string, dist: string, ...args: string[]): string {
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: root,
    env: {
      ...process.env,
      UNION_DATA_DIR: dataDir,
      UNION_CONTENT_DIR: content,
      UNION_DIST_DIR: dist,
      UNION_BUILD_DATE: '2025-06-30',
    },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** How many pages the build said it took over from the published site (0 when it said nothing). */
const reusedCount = (stdout: string): number => Number(/页面缓存：(\d+) 个页面/.exec(stdout)?.[1] ?? 0);

/** Asserts the cached build in `target` equals a clean build of `dataDir`, file for file. */
function expectSameAsClean(dataDir: string, name: string): void {
  const clean = join(work, `clean-${name}`);
  build(dataDir, clean, '--clean');
  const cached = treeDigest(target);
  const fresh = treeDigest(clean);
  expect(cached.files).toEqual(fresh.files);
  const differing = cached.files.filter((f) => !readFileSync(join(target, f)).equals(readFileSync(join(clean, f))));
  expect(differing).toEqual([]);
}

const pack = 'audit/2024/pack/index.html';
const otherPack = 'audit/2022/pack/index.html';
const edit = changeOneAmount(set.data, '2024', 12_345);
const changedData = join(work, 'data-changed');
writeDataSet(changedData, edit.files);

let first: string;
let before: Record<string, Buffer>;

beforeAll(() => {
  first = build(data, target);
  before = Object.fromEntries([pack, otherPack].map((f) => [f, readFileSync(join(target, f))]));
}, 120_000);

describe('route cache', () => {
  it('takes nothing over on the first build of a target', () => {
    expect(reusedCount(first)).toBe(0);
  });

  it('prints on each cached page the digest of its own view model', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { UNION_DATA_DIR: data, UNION_CONTENT_DIR: content, UNION_BUILD_DATE: '2025-06-30' });
    try {
      const loaded = loadBuild();
      expect(loaded.context).toBeDefined();
      provideBuildContext(loaded.context!);
      const { site, stamp } = loaded.context!;
      let pages = 0;
      for (const [route, entry] of Object.entries(CACHED_PAGES) as [string, CachedPage<unknown>][]) {
        for (const path of entry.paths()) {
          const html = readFileSync(join(target, routeOutputFile(route, path.params)), 'utf8');
          const expected = pageStamp(stamp, entry.view(path), stampUnion(site.union)).digest;
          expect(html, route).toContain(`本页数据指纹 ${expected.slice(0, 12)}`);
          pages += 1;
        }
      }
      // 3 periods × 6 pages (the generated data has no 资产负债表).
      expect(pages).toBeGreaterThanOrEqual(3 * 6);
    } finally {
      process.env = saved;
    }
  });

  it('after one changed amount: renders that period anew, takes the others over, equals a clean build', () => {
    const stdout = build(changedData, target);
    const reused = reusedCount(stdout);
    // 3 periods × (statement, 收入支出表, ledger pages, audit, pack, activities): the two earlier
    // periods' pages are taken over; the changed period's are not.
    expect(reused).toBeGreaterThanOrEqual(10);
    expect(stdout).toMatch(/另有 \d+ 个未改动的页面上次已查过同样的信息|数据中没有不公开的列的值/);
    const newAmount = fenToDecimalString(edit.changed.afterFen).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const packAfter = readFileSync(join(target, pack));
    expect(packAfter.equals(before[pack]!)).toBe(false);
    expect(packAfter.toString('utf8')).toContain(newAmount);
    expect(readFileSync(join(target, otherPack)).equals(before[otherPack]!)).toBe(true);
    expectSameAsClean(changedData, 'amount');
  }, 180_000);

  it('after the union is renamed: renders every cached page anew', () => {
    const renamed = join(work, 'data-renamed');
    writeDataSet(renamed, edit.files);
    const yaml = readFileSync(join(renamed, 'union.yaml'), 'utf8');
    writeFileSync(join(renamed, 'union.yaml'), yaml.replace('简称: 基准测试工会', '简称: 改名后的工会'));
    const stdout = build(renamed, target);
    expect(reusedCount(stdout)).toBe(0);
    expect(readFileSync(join(target, otherPack), 'utf8')).toContain('改名后的工会');
    expectSameAsClean(renamed, 'renamed');
  }, 180_000);

  it('does not take over a published file that was edited in place, nor anything with --clean', () => {
    build(changedData, target);
    appendFileSync(join(realpathSync(target), otherPack), '<!-- edited on the server -->');
    const stdout = build(changedData, target);
    expect(reusedCount(stdout)).toBeGreaterThan(0);
    expect(readFileSync(join(target, otherPack), 'utf8')).not.toContain('edited on the server');
    expectSameAsClean(changedData, 'edited');
    expect(reusedCount(build(changedData, target, '--clean'))).toBe(0);
  }, 240_000);

  it('refuses an unknown option', () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--fast'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不认识的参数：--fast');
  });
});
