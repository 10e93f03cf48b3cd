import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish, publishedDate, recoverAndClean, stagingFolder } from '../../scripts/lib/publish.ts';

/** A pid no process has any more (a child that has already exited). */
const deadPid = spawnSync('true').pid!;

/** A site folder whose index.html carries the footer stamp of `date`. */
function site(path: string, date: string): void {
  mkdirSync(join(path, 'funds'), { recursive: true });
  writeFileSync(
    join(path, 'index.html'),
    `<p class="data-stamp">数据截至 2025-03-28 · 生成日期 ${date} · 数据指纹 0123456789ab</p>`,
  );
  writeFileSync(join(path, 'funds/index.html'), date);
}

function fresh(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'union-publish-'));
  return { dir, target: join(dir, 'dist') };
}

describe('publish', () => {
  it('publishes the first site as a link to a complete folder beside the target', () => {
    const { dir, target } = fresh();
    site(stagingFolder(target), '2026-01-01');
    publish(target, stagingFolder(target));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readlinkSync(target)).toMatch(/^dist\.site-\d{8}T\d{9}-\d+-1$/);
    expect(publishedDate(target)).toBe('2026-01-01');
    expect(readdirSync(dir).sort()).toEqual(['dist', readlinkSync(target)]);
  });

  it('replaces the previous site and deletes it', () => {
    const { dir, target } = fresh();
    site(stagingFolder(target), '2026-01-01');
    publish(target, stagingFolder(target));
    site(stagingFolder(target), '2026-02-01');
    publish(target, stagingFolder(target));
    expect(readFileSync(join(target, 'funds/index.html'), 'utf8')).toBe('2026-02-01');
    expect(readdirSync(dir).sort()).toEqual(['dist', readlinkSync(target)]);
  });

  it('takes over a plain target folder left by older builds', () => {
    const { dir, target } = fresh();
    site(target, '2025-12-01');
    site(stagingFolder(target), '2026-01-01');
    publish(target, stagingFolder(target));
    expect(publishedDate(target)).toBe('2026-01-01');
    expect(readdirSync(dir).sort()).toEqual(['dist', readlinkSync(target)]);
  });
});

describe('recoverAndClean', () => {
  it('removes what killed builds left and keeps the served site and folders of running builds', () => {
    const { dir, target } = fresh();
    site(stagingFolder(target), '2026-01-01');
    publish(target, stagingFolder(target));
    const serving = readlinkSync(target);
    site(join(dir, `dist.new-${deadPid}`), 'half');
    site(join(dir, `dist.old-${deadPid}`), 'half');
    site(join(dir, `dist.site-20260101T000000000-${deadPid}-1`), '2026-01-02');
    writeFileSync(join(dir, `dist.link-${deadPid}`), '');
    site(join(dir, `dist.new-${process.pid}`), 'running');
    site(join(dir, 'dist-notes'), 'not ours');
    expect(recoverAndClean(target)).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['dist', 'dist-notes', `dist.new-${process.pid}`, serving].sort());
    expect(publishedDate(target)).toBe('2026-01-01');
  });

  it('links the target again after a kill between moving a plain folder aside and linking', () => {
    const { dir, target } = fresh();
    site(join(dir, `dist.site-20260101T000000000-${deadPid}-0`), '2025-12-01');
    site(join(dir, `dist.site-20260101T000000000-${deadPid}-1`), '2026-01-01');
    expect(recoverAndClean(target)).toContain('已恢复为最近一次完整生成的版本');
    expect(publishedDate(target)).toBe('2026-01-01');
    expect(readdirSync(dir).sort()).toEqual(['dist', readlinkSync(target)]);
  });

  it('leaves a target deleted on purpose deleted, and removes the orphaned site', () => {
    const { dir, target } = fresh();
    site(join(dir, `dist.site-20260101T000000000-${deadPid}-1`), '2026-01-01');
    expect(recoverAndClean(target)).toBeUndefined();
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('publishedDate', () => {
  it('is undefined without a site or without a stamp', () => {
    const { target } = fresh();
    expect(publishedDate(target)).toBeUndefined();
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'stale');
    expect(publishedDate(target)).toBeUndefined();
  });

  it.each([
    {
      stamp: '数据截至 2025-03-28 · 生成日期 2026-01-01 · 数据指纹 0123456789ab',
      why: 'the build date, not the data date',
    },
    { stamp: '生成日期 2026-01-01 · 数据指纹 0123456789ab', why: 'a stamp of data without dates' },
    { stamp: '数据截至 2026-01-01 · 数据指纹 0123456789ab', why: 'a site built before the stamp named both dates' },
  ])('reads $stamp as 2026-01-01: $why', ({ stamp }) => {
    const { target } = fresh();
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), `<p class="data-stamp">${stamp}</p>`);
    expect(publishedDate(target)).toBe('2026-01-01');
  });
});
