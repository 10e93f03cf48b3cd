import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function check(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('npm run check', () => {
  it('rejects a malformed UNION_BUILD_DATE as the build does', () => {
    const run = check({ UNION_BUILD_DATE: '2024-02-30' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('UNION_BUILD_DATE 应为 YYYY-MM-DD 格式的日期，实际为：2024-02-30');
    expect(run.stdout).toBe('');
  });

  it('passes the demo data with a valid build date', () => {
    const run = check({ UNION_BUILD_DATE: '2026-12-01' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('数据检查通过');
  });
});
