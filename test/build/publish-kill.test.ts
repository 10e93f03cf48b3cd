/**
 * The kill test of atomic publishing: builds a site (build date A) into a target, then
 * starts builds with build date B and kills each (SIGKILL, the whole process group, so
 * Pagefind goes too) after a delay spread over one build's duration. After every kill the
 * target must be a complete site: the old one or the new one, compared by file list and a
 * SHA-256 over every file, never a mixture or a partial folder. A last uninterrupted build
 * must publish the new site and leave no folder of the killed builds behind.
 *
 * Bounded: the number of timed kill points adapts to the measured build time so the whole
 * test stays under about 80 s (20 points when a build takes under 4 s, at least 4 on a heavily loaded machine),
 * plus two kills triggered inside the publishing step by the folders it creates.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeDigest, type TreeDigest } from '../helpers/tree-digest.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'union-kill-'));
const target = join(work, 'dist');
const noReports = join(work, 'content');
mkdirSync(noReports);

/** When to kill a build: after a delay, or the moment a folder matching a pattern appears beside the target. */
type KillAt = { afterMs: number } | { onFolder: RegExp } | undefined;

/** Runs the build with build date `date`, killing it (SIGKILL) at `at` unless it ends first. */
function build(date: string, at?: KillAt): Promise<{ ms: number; killed: boolean; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      UNION_DATA_DIR: join(root, 'test/fixtures/base'),
      UNION_CONTENT_DIR: noReports,
      UNION_DIST_DIR: target,
      UNION_BUILD_DATE: date,
    },
  });
  let killed = false;
  const kill = () => {
    killed = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const timer = at && 'afterMs' in at ? setTimeout(kill, at.afterMs) : undefined;
  const watcher =
    at && 'onFolder' in at
      ? watch(work, (_, name) => {
          if (name && at.onFolder.test(name) && name.includes(`-${child.pid}`)) kill();
        })
      : undefined;
  return new Promise((done) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      watcher?.close();
      done({ ms: performance.now() - started, killed, code });
    }),
  );
}

/** Checks that the target is exactly `old` or exactly `fresh`; says which. */
function completeSite(old: TreeDigest, fresh: TreeDigest, when: string): 'old' | 'new' {
  const now = treeDigest(target);
  if (now.sha256 === old.sha256) return 'old';
  expect(now.files, `${when}: neither the old nor the new file list`).toEqual(fresh.files);
  expect(now.sha256, `${when}: neither the old nor the new site`).toBe(fresh.sha256);
  return 'new';
}

describe('publishing under SIGKILL', () => {
  it('leaves the target complete (old or new) after a kill at any point of the build', async () => {
    // The new site first (to know its files and digest), then the old one over it.
    const first = await build('2025-07-01');
    expect(first.code).toBe(0);
    const fresh = treeDigest(target);
    const second = await build('2025-06-30');
    expect(second.code).toBe(0);
    const old = treeDigest(target);
    expect(old.sha256).not.toBe(fresh.sha256);
    const buildMs = (first.ms + second.ms) / 2;
    const points = Math.max(4, Math.min(20, Math.floor((70_000 - 5 * buildMs) / (0.55 * buildMs))));
    const seen = { old: 0, new: 0 };
    let inPublish = 0;
    for (let i = 0; i < points; i++) {
      const delay = Math.round((buildMs * 1.1 * (i + 0.5)) / points);
      const run = await build('2025-07-01', { afterMs: delay });
      seen[completeSite(old, fresh, `kill after ${delay} ms`)]++;
      if (!run.killed) expect(run.code).toBe(0);
    }
    // Inside the publishing step itself: the moment the finished folder is renamed to a
    // site folder (before the link), and the moment the replaced site is being deleted.
    for (const onFolder of [/^dist\.site-/, /^dist\.old-/]) {
      const run = await build('2025-07-01', { onFolder });
      if (run.killed) inPublish++;
      seen[completeSite(old, fresh, `kill on ${onFolder.source}`)]++;
    }
    const last = await build('2025-07-01');
    expect(last.code).toBe(0);
    expect(treeDigest(target)).toEqual(fresh);
    // Only the target and the one site it links to are left beside it.
    expect(readdirSync(work).filter((name) => name.startsWith('dist')).length).toBe(2);
    console.log(
      `kill test: build ${Math.round(buildMs)} ms, ${points} timed kills + ${inPublish} of 2 inside publishing, target old after ${seen.old}, new after ${seen.new}`,
    );
  }, 180_000);
});
