/**
 * The leak scan runs in every build, on the finished site before it is published: a private
 * value that reaches any written file (here a recipient's phone number typed into a public
 * 摘要 of the ledger) stops the build, names the published file and the source row, and the
 * last good site stays online byte for byte, with no unfinished folder left beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { treeDigest, type TreeDigest } from '../helpers/tree-digest.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-leak-'));
const target = join(work, 'dist');

function build(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, UNION_BUILD_DATE: '2026-12-01', UNION_DIST_DIR: target, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let published: TreeDigest;

beforeAll(() => {
  const good = build({ UNION_DATA_DIR: join(root, 'data') });
  expect(good.status, good.stdout + good.stderr).toBe(0);
  expect(good.stdout).toMatch(/隐私检查：\d+ 个文件中没有 \d+ 项个人信息中的任何一项/);
  published = treeDigest(target);
}, 180_000);

describe('the build scans its output for private values before publishing', () => {
  it('stops when a phone number of aid.csv appears in a ledger memo, naming page and row, and keeps the last good site', () => {
    const data = join(work, 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    const fund = join(data, 'funds/2024.csv');
    const phone = '13800005290'; // 联系电话 of aid.csv line 235
    const memo = readFileSync(fund, 'utf8');
    expect(memo).toContain('职工生育慰问,400.00');
    writeFileSync(fund, memo.replace('职工生育慰问,400.00', `职工生育慰问（联系 ${phone}）,400.00`));
    const run = build({ UNION_DATA_DIR: data, UNION_BUILD_DATE: '2026-12-02' });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    // the site was built (the scan ran on the finished files), then refused
    expect(run.stdout).toMatch(/搜索索引：\d+ 个页面/);
    expect(run.stderr).toContain('隐私检查未通过');
    expect(run.stderr).toMatch(/funds\/2024\/ledger\/[^\s：]*index\.html：aid\.csv:235 的“联系电话”/);
    expect(run.stderr).toMatch(/pagefind\/fragment\/[^\s：]+：aid\.csv:235 的“联系电话”/);
    expect(output).not.toContain(phone);
    expect(run.stderr).toContain(`网站未更新，仍为 2026-12-01 生成的版本（${target}）。`);
    expect(treeDigest(target)).toEqual(published);
    expect(readdirSync(work).filter((name) => name.startsWith('dist.')).length).toBe(1);
  }, 180_000);
});
