import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the search index step of the build', () => {
  it('fails the build and leaves the published dist/ untouched when Pagefind cannot run', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'union-nosearch-')), 'dist');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'stale');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, UNION_DIST_DIR: target, PAGEFIND_EXTENDED_BINARY_PATH: '/nonexistent/pagefind_extended' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('搜索索引生成失败');
    expect(run.stderr).toContain(`网站未更新，${target} 保持原样。`);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('stale');
    expect(readdirSync(dirname(target))).toEqual(['dist']);
  });

  it('refuses a malformed UNION_BUILD_DATE before building anything', () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, UNION_DIST_DIR: join(tmpdir(), 'union-never'), UNION_BUILD_DATE: '2025-13-01' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：2025-13-01');
    expect(run.stdout).not.toContain('[build]');
  });
});
