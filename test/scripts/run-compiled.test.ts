import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceKey } from '../../scripts/run-compiled.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const env = { ...process.env, UNION_BUILD_DATE: '2026-12-01' };
/** The check's report without the line that says how long it took. */
const report = (out: string) => out.replace(/用时 \d+ 毫秒/, '用时 … 毫秒');

describe('scripts/run-compiled.ts', () => {
  const temp = mkdtempSync(join(tmpdir(), 'run-compiled-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('runs npm run check from the bundle with the output of scripts/check.ts', () => {
    const compiled = spawnSync(process.execPath, ['scripts/run-compiled.ts', 'check', '--strict'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    const direct = spawnSync(process.execPath, ['scripts/check.ts', '--strict'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(compiled.status).toBe(direct.status);
    expect(report(compiled.stdout)).toBe(report(direct.stdout));
    expect(compiled.stderr).toBe(direct.stderr);
  });

  it('keys the bundle on every byte of the sources, so a stale bundle is never run', () => {
    mkdirSync(join(temp, 'src/lib'), { recursive: true });
    mkdirSync(join(temp, 'scripts'), { recursive: true });
    writeFileSync(join(temp, 'package-lock.json'), '{}');
    writeFileSync(join(temp, 'scripts/check.ts'), 'export {};\n');
    writeFileSync(join(temp, 'src/lib/a.ts'), 'export const a = 1;\n');
    const first = sourceKey(temp);
    expect(sourceKey(temp)).toBe(first);
    writeFileSync(join(temp, 'src/lib/a.ts'), 'export const a = 2;\n');
    const second = sourceKey(temp);
    expect(second).not.toBe(first);
    writeFileSync(join(temp, 'package-lock.json'), '{ }');
    expect(sourceKey(temp)).not.toBe(second);
  });

  it('refuses a script it does not know', () => {
    const run = spawnSync(process.execPath, ['scripts/run-compiled.ts', 'publish'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('用法');
  });
});
