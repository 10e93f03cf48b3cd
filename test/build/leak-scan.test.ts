/**
 * The leak scan runs in every build: a private value that reaches any written file (here a
 * recipient's phone number typed into a public 摘要 of the ledger) stops the build, names
 * the published file and the source row, and nothing is published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-leak-'));

function build(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, UNION_BUILD_DATE: '2026-12-01', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the build scans its output for private values', () => {
  it('stops when a phone number of aid.csv appears in a ledger memo, naming page and row', () => {
    const data = join(work, 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    const fund = join(data, 'funds/2024.csv');
    const phone = '13800005290'; // 联系电话 of aid.csv line 235
    writeFileSync(
      fund,
      readFileSync(fund, 'utf8').replace('职工生育慰问,400.00', `职工生育慰问（联系 ${phone}）,400.00`),
    );
    const dist = join(work, 'dist');
    const run = build({ UNION_DATA_DIR: data, UNION_DIST_DIR: dist });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain('隐私检查未通过');
    expect(run.output).toMatch(/funds\/2024\/ledger\/[^\s：]*index\.html：aid\.csv:235 的“联系电话”/);
    expect(run.output).toMatch(/pagefind\/fragment\/[^\s：]+：aid\.csv:235 的“联系电话”/);
    expect(run.output).not.toContain(phone);
    expect(existsSync(dist)).toBe(false);
  });
});
