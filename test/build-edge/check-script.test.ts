import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function check(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], {
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

  it('prints the 提醒 after the figures and still passes; --strict makes them an error', () => {
    // On 2026-12-01 the demo's 2024 work report and audit report are past their deadline.
    const run = check({ UNION_BUILD_DATE: '2026-12-01' });
    expect(run.stdout).toContain('提醒（2 条，不影响生成网站）：');
    expect(run.stdout).toContain('“2024年度经审报告”已逾期未公开（截止日期 2025-04-30） [remind.overdue]');
    const strict = check({ UNION_BUILD_DATE: '2026-12-01' }, ['--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict：有 2 条提醒，按错误处理（退出码 1）。');
  });

  it('ends with one JSON line for npm run dev under --json', () => {
    const run = check({ UNION_BUILD_DATE: '2026-12-01' }, ['--json']);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ok: boolean; reminders: { code: string }[] };
    expect(result.ok).toBe(true);
    expect(result.reminders.map((r) => r.code)).toEqual(['remind.overdue', 'remind.overdue']);
  });
});
