// Builds the demo site once per deployment shape (root and /gonghui/), and the root a second
// time to compare, for every e2e test file: one build at a time (Astro builds share .astro/),
// before any test, with a pinned build date, into a temporary folder removed afterwards.
// First it checks that the browser's system packages are installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserSetupProblem, MissingPackageError } from '../../scripts/lib/browser.ts';

/** The build date every e2e build is given (UNION_BUILD_DATE). */
export const E2E_BUILD_DATE = '2025-06-30';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ built at the root, served at "/". */
    rootDist: string;
    /** dist/ built with UNION_BASE_PATH=/gonghui/. */
    baseDist: string;
    /** A second build of rootDist's input, for the determinism test. */
    rootAgainDist: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `npm run build` (scripts/build.ts) with the given environment; throws its output on failure. */
function buildSite(env: Record<string, string>): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...process.env, UNION_BUILD_DATE: E2E_BUILD_DATE, ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed (${JSON.stringify(env)}):\n${run.stdout}${run.stderr}`);
}

export default function setup(project: TestProject): () => void {
  // On a machine without Chromium or the CJK fonts, stop here with one line that names the
  // Debian package and its install command, before three builds and four browser suites.
  const problem = browserSetupProblem();
  if (problem) throw new MissingPackageError(problem);
  const dir = mkdtempSync(join(tmpdir(), 'union-e2e-'));
  const rootDist = join(dir, 'root');
  const baseDist = join(dir, 'gonghui');
  buildSite({ UNION_DIST_DIR: rootDist, UNION_BASE_PATH: '/' });
  buildSite({ UNION_DIST_DIR: baseDist, UNION_BASE_PATH: '/gonghui/' });
  buildSite({ UNION_DIST_DIR: join(dir, 'again'), UNION_BASE_PATH: '/' });
  project.provide('rootDist', rootDist);
  project.provide('baseDist', baseDist);
  project.provide('rootAgainDist', join(dir, 'again'));
  return () => rmSync(dir, { recursive: true, force: true });
}
