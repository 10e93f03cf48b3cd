/**
 * A failing build keeps the published site: for every kind of failure (bad data, bad
 * options, missing folders, a dangling link, absurdly nested YAML) the run exits 1 with
 * Chinese messages and no stack trace, says which version stays online (网站未更新，仍为
 * <日期> 生成的版本), and leaves the target byte for byte as it was, with nothing beside it.
 * And a target on another file system than the project (no EXDEV) is published normally.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { treeDigest, type TreeDigest } from '../helpers/tree-digest.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-keep-'));
const target = join(work, 'dist');
const noReports = join(work, 'content');
mkdirSync(noReports);
const fixture = join(root, 'test/fixtures/base');

function build(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: {
      ...process.env,
      UNION_DATA_DIR: fixture,
      UNION_CONTENT_DIR: noReports,
      UNION_DIST_DIR: target,
      UNION_BUILD_DATE: '2025-06-30',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A copy of the base fixture with files replaced. */
function dataWith(name: string, files: Record<string, string>): string {
  const dir = join(work, `data-${name}`);
  cpSync(fixture, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const union = readFileSync(join(fixture, 'union.yaml'), 'utf8');
const nestedBlock = `${union}\n附注:\n${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i + 1)}层${i}:`).join('\n')} 底\n`;
const nestedFlow = `${union}\n附注: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
const dangling = join(work, 'data-dangling');

let published: TreeDigest;

beforeAll(() => {
  const first = build({});
  expect(first.status, first.stderr).toBe(0);
  published = treeDigest(target);
  cpSync(fixture, dangling, { recursive: true });
  symlinkSync(join(work, 'no-such-file.csv'), join(dangling, 'activities.csv'));
}, 120_000);

describe('a failing build keeps the published site', () => {
  it.each([
    [
      'bad data',
      () => ({ UNION_DATA_DIR: dataWith('amount', { 'funds/2022.csv': '科目,金额\n会费收入,20xx0\n' }) }),
      '“金额”不是有效金额',
    ],
    [
      'a dangling link in the data folder',
      () => ({ UNION_DATA_DIR: dangling }),
      '数据文件 activities.csv 是一个链接，但它指向的文件不存在',
    ],
    [
      'a missing data folder',
      () => ({ UNION_DATA_DIR: join(work, 'nowhere') }),
      `找不到数据文件夹 ${join(work, 'nowhere')}`,
    ],
    [
      'a missing content folder',
      () => ({ UNION_CONTENT_DIR: join(work, 'no-content') }),
      `找不到内容文件夹 ${join(work, 'no-content')}`,
    ],
    [
      '3,000 nested levels of YAML (block)',
      () => ({ UNION_DATA_DIR: dataWith('block', { 'union.yaml': nestedBlock }) }),
      'union.yaml',
    ],
    [
      '3,000 nested levels of YAML (flow)',
      () => ({ UNION_DATA_DIR: dataWith('flow', { 'union.yaml': nestedFlow }) }),
      'union.yaml',
    ],
    ['a URL as base path', () => ({ UNION_BASE_PATH: '//evil.com/' }), 'UNION_BASE_PATH 应为以 / 开头和结尾的站内路径'],
    ['a base path with ..', () => ({ UNION_BASE_PATH: '/a/../b/' }), '“..” 不允许'],
    [
      'a build date in 2205',
      () => ({ UNION_BUILD_DATE: '2205-06-30' }),
      'UNION_BUILD_DATE 应在 2000-01-01 至 2100-12-31 之间',
    ],
    [
      'a malformed build date',
      () => ({ UNION_BUILD_DATE: '2025-13-01' }),
      'UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期',
    ],
  ])('%s', (_, env, expected) => {
    const run = build(env());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).toContain(`网站未更新，仍为 2025-06-30 生成的版本（${target}）。`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:|node:internal/);
    expect(treeDigest(target)).toEqual(published);
    expect(readdirSync(work).filter((name) => name.startsWith('dist.')).length).toBe(1);
  });
});

describe('a build stopped with SIGTERM (or Ctrl+C)', () => {
  it('removes its unfinished folder, keeps the published site and says so', async () => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, UNION_DATA_DIR: fixture, UNION_CONTENT_DIR: noReports, UNION_DIST_DIR: target },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const watcher = watch(work, (_, name) => {
      if (name === `dist.new-${child.pid}` && !child.killed) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    watcher.close();
    expect(code).toBe(1);
    expect(stderr).toContain('网站生成被中断（SIGTERM）。');
    expect(stderr).toContain(`网站未更新，仍为 2025-06-30 生成的版本（${target}）。`);
    expect(treeDigest(target)).toEqual(published);
    expect(readdirSync(work).filter((name) => name.startsWith('dist.')).length).toBe(1);
  }, 60_000);
});

describe('a target on another file system', () => {
  const shm = '/dev/shm';
  const other = (() => {
    try {
      return statSync(shm).dev !== statSync(root).dev;
    } catch {
      return false;
    }
  })();

  it.skipIf(!other)('is built beside itself and published without EXDEV, replacing the old site', () => {
    const dir = mkdtempSync(join(shm, 'union-exdev-'));
    const far = join(dir, 'dist');
    mkdirSync(far);
    writeFileSync(join(far, 'index.html'), 'old');
    const run = build({ UNION_DIST_DIR: far });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(far, 'index.html'), 'utf8')).toContain('生成日期 2025-06-30');
    expect(readdirSync(dir).length).toBe(2);
  });
});
