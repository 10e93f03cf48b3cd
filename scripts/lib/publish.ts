// Atomic publishing of the built site. The target (UNION_DIST_DIR, default dist/) is a
// symbolic link to a complete site folder beside it; a new site is built in a folder beside
// the target and published by renaming a new link over the target, which the system does in
// one step. So at every instant the target is the complete old site or the complete new one,
// and every rename stays on one file system (no EXDEV). Folders beside target T:
//
//   T.new-<pid>              a build in progress (Astro writes here, then the search index)
//   T.site-<time>-<pid>-<n>  a complete site; T links to the one being served
//   T.link-<pid>             the new link, just before it is renamed over T
//   T.old-<pid>              a replaced site being deleted
//
// A killed build leaves only such folders behind; the next run removes them (unless their
// process is still running). The one non-atomic step is the first publish over a plain
// folder T left by older builds: T is moved to T.site-…-0, then the link takes its place;
// a kill between the two leaves T absent, and the next run links T to the newest site.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A folder or link beside the target that this module made. */
interface Sibling {
  kind: 'new' | 'site' | 'link' | 'old';
  name: string;
  pid: number;
}

const SIBLING = /^\.(new|link|old)-(\d+)$|^\.site-(\d{8}T\d{9})-(\d+)-(\d+)$/;

/** True while process `pid` exists (a concurrent build is still using its folders). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** The folders and links beside `target` that belong to it, oldest site first. */
function siblings(target: string): Sibling[] {
  const prefix = basename(target);
  const dir = dirname(target);
  if (!existsSync(dir)) return [];
  const found: Sibling[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.startsWith(prefix)) continue;
    const match = SIBLING.exec(name.slice(prefix.length));
    if (!match) continue;
    if (match[1]) found.push({ kind: match[1] as Sibling['kind'], name, pid: Number(match[2]) });
    else found.push({ kind: 'site', name, pid: Number(match[4]) });
  }
  return found;
}

/** What the target is now: absent, a link (to `points`), or a plain folder (older builds). */
function targetState(target: string): { kind: 'absent' } | { kind: 'link'; points: string } | { kind: 'folder' } {
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    return { kind: 'absent' };
  }
  if (stats.isSymbolicLink()) return { kind: 'link', points: readlinkSync(target) };
  return { kind: 'folder' };
}

/** The UTC time as 20261201T093000123, so that site folders sort by age. */
function timeStamp(): string {
  return new Date().toISOString().replace(/[-:Z]/g, '').replace('.', '');
}

/** Points `target` at the site folder `siteName` (beside it) in one rename. */
function link(target: string, siteName: string): void {
  const temp = join(dirname(target), `${basename(target)}.link-${process.pid}`);
  rmSync(temp, { force: true });
  symlinkSync(siteName, temp, 'dir');
  renameSync(temp, target);
}

/** The folder a new build is written to: beside the target, so publishing is a rename. */
export function stagingFolder(target: string): string {
  return `${target}.new-${process.pid}`;
}

/**
 * Run at the start of a build. If an earlier run was killed while moving a plain target
 * folder aside (the one step where the target is briefly absent: a site folder ending in
 * "-0" is left and the target is gone), links the target to the newest complete site. Then
 * removes what killed or finished runs left beside the target (folders of running builds
 * are kept). A target deleted on purpose stays deleted. Returns a note for the log when it
 * repaired the target.
 */
export function recoverAndClean(target: string): string | undefined {
  mkdirSync(dirname(target), { recursive: true });
  const dir = dirname(target);
  let note: string | undefined;
  const sites = siblings(target).filter((s) => s.kind === 'site');
  const interrupted = sites.some((s) => s.name.endsWith('-0'));
  if (targetState(target).kind === 'absent' && interrupted) {
    const newest = sites[sites.length - 1]!;
    link(target, newest.name);
    note = `上次发布网站时被中断，已恢复为最近一次完整生成的版本（${newest.name}）。`;
  }
  const current = targetState(target);
  const serving = current.kind === 'link' ? basename(current.points) : undefined;
  for (const sibling of siblings(target)) {
    if (sibling.name === serving || isRunning(sibling.pid)) continue;
    rmSync(join(dir, sibling.name), { recursive: true, force: true });
  }
  cleanLegacyTemp();
  return note;
}

/** Removes the .build-tmp/dist-<pid> folders that builds before atomic publishing left. */
function cleanLegacyTemp(): void {
  const legacy = resolve('.build-tmp');
  if (!existsSync(legacy)) return;
  for (const name of readdirSync(legacy)) {
    const match = /^dist-(\d+)$/.exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(join(legacy, name), { recursive: true, force: true });
  }
  if (readdirSync(legacy).length === 0) rmSync(legacy, { recursive: true, force: true });
}

/**
 * Publishes the complete site in `staging` at `target` atomically, then deletes the site
 * it replaced. A target that is still a plain folder (built before atomic publishing) is
 * first moved beside it as a site folder; if the run is killed between that move and the
 * link, the next run's recoverAndClean links the target again.
 */
export function publish(target: string, staging: string): void {
  const dir = dirname(target);
  let time = timeStamp();
  // A name never reused: a second publish by this process within the same millisecond waits for the next.
  while (existsSync(join(dir, `${basename(target)}.site-${time}-${process.pid}-1`))) time = timeStamp();
  const site = `${basename(target)}.site-${time}-${process.pid}-1`;
  renameSync(staging, join(dir, site));
  const before = targetState(target);
  let replaced: string | undefined;
  if (before.kind === 'folder') {
    replaced = `${basename(target)}.site-${time}-${process.pid}-0`;
    renameSync(target, join(dir, replaced));
  } else if (before.kind === 'link') {
    replaced = basename(before.points);
  }
  link(target, site);
  const prefix = basename(target);
  if (replaced && replaced !== site && replaced.startsWith(prefix) && SIBLING.test(replaced.slice(prefix.length))) {
    const old = join(dir, `${prefix}.old-${process.pid}`);
    if (existsSync(join(dir, replaced))) {
      renameSync(join(dir, replaced), old);
      rmSync(old, { recursive: true, force: true });
    }
  }
}

/** Removes the unfinished build folder after a failure (the target is left as it was). */
export function discard(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * The build date printed in the footer stamp of the site at `target` ("生成日期 2026-12-01"; a
 * site built before the stamp named both dates printed it as "数据截至 2026-12-01"), or
 * undefined when there is no published site.
 */
export function publishedDate(target: string): string | undefined {
  try {
    const html = readFileSync(join(target, 'index.html'), 'utf8');
    return (/生成日期 (\d{4}-\d{2}-\d{2})/.exec(html) ?? /数据截至 (\d{4}-\d{2}-\d{2})/.exec(html))?.[1];
  } catch {
    return undefined;
  }
}
