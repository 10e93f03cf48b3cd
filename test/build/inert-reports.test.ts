/**
 * A report carrying code stops the build before anything runs or is published: the
 * attribute expression below wrote a file on the build machine before reports were
 * checked on the MDX tree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-inert-'));
const marker = join(work, 'pwned');
const fixtureReport = readFileSync(join(root, 'test/fixtures/content/reports/2023-report.mdx'), 'utf8');

describe('a report with a payload', () => {
  it('stops the build with its file, line and column, runs nothing and publishes nothing', () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'reports'), { recursive: true });
    const payload = `<div title={globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, '1')}>x</div>`;
    const lines = fixtureReport.split('\n');
    const at = lines.findIndex((l, i) => i > 0 && l.startsWith('---')) + 3;
    lines.splice(at - 1, 0, payload, '');
    writeFileSync(join(content, 'reports/2023-report.mdx'), lines.join('\n'));
    const dist = join(work, 'dist');
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: {
        ...process.env,
        UNION_DATA_DIR: join(root, 'test/fixtures/base'),
        UNION_CONTENT_DIR: content,
        UNION_DIST_DIR: dist,
        UNION_BUILD_DATE: '2026-12-01',
      },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain(`reports/2023-report.mdx:${at}:1  报告中不能使用 HTML 标签 <div> [report.html-tag]`);
    expect(output).toContain('[report.attribute-expression]');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(dist)).toBe(false);
  });
});
