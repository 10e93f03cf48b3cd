import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { buildCharts } from '../../src/lib/accounts/charts.ts';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import {
  OBSERVABLE_VERSION,
  observablePageCount,
  observableProjectFiles,
  peerAccounts,
  type PeerPeriod,
} from './observable-project.ts';

/** A command line prefix that runs npm (the arguments of the install are appended). */
export interface NpmCommand {
  command: string;
  args: readonly string[];
}

/**
 * The outcome of installing Observable Framework: the install folder to use (its node_modules/
 * and _npm/, Framework's record of the npm versions its client bundle resolves), or why not.
 */
export type PeerInstall = { ok: true; dir: string; cached: boolean } | { ok: false; reason: string };

/** The npm that runs this script (npm run sets npm_execpath), else the npm on PATH. */
export function defaultNpm(): NpmCommand {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? { command: process.execPath, args: [cli] } : { command: 'npm', args: [] };
}

/** The folder name of one install in the cache: what is pinned, so a new pin installs anew. */
export const INSTALL_KEY = `framework-${OBSERVABLE_VERSION}`;

/** The npm error lines of an install's output, as one line (what a reader needs to see why it failed). */
export function installFailure(output: string, exitCode: number | null): string {
  const errors = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^npm (error|ERR!)/.test(line) && !/complete log|syscall|errno|^npm (error|ERR!)\s*$/.test(line))
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''));
  const text = errors.length > 0 ? errors.slice(0, 2).join('; ') : `npm exited with code ${exitCode}`;
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/**
 * Installs the pinned Observable Framework with `npm install --no-audit --no-fund`
 * into `cacheRoot/<INSTALL_KEY>` unless an earlier run did, then builds an empty project once
 * with it (primeNpmVersions). Both happen in a side folder renamed into place only when both
 * succeeded, so a failed install is never reused. Never throws: a failed install (offline, registry unreachable, npm missing) comes
 * back as `{ ok: false, reason }`.
 */
export async function installObservable(cacheRoot: string, npm: NpmCommand = defaultNpm()): Promise<PeerInstall> {
  const target = join(cacheRoot, INSTALL_KEY);
  if (existsSync(join(target, PRIMED))) return { ok: true, dir: target, cached: true };
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const dependencies = { '@observablehq/framework': OBSERVABLE_VERSION };
  writeFileSync(
    join(partial, 'package.json'),
    JSON.stringify({ name: 'observable-peer-install', private: true, dependencies }, null, 2) + '\n',
  );
  const fail = (reason: string): PeerInstall => {
    rmSync(partial, { recursive: true, force: true });
    return { ok: false, reason };
  };
  let cost: ProcessCost;
  try {
    cost = await measureProcess(
      npm.command,
      [...npm.args, 'install', '--no-audit', '--no-fund', '--fetch-retries=1', '--fetch-timeout=60000'],
      { cwd: partial, env: { ...process.env, npm_config_update_notifier: 'false' } },
    );
  } catch (error) {
    return fail(`${npm.command} could not start (${(error as Error).message})`);
  }
  if (cost.exitCode !== 0 || !existsSync(join(partial, 'node_modules/@observablehq/framework/package.json'))) {
    return fail(
      `npm install @observablehq/framework@${OBSERVABLE_VERSION} failed: ${installFailure(cost.output, cost.exitCode)}`,
    );
  }
  const primed = await primeNpmVersions(partial);
  if (primed) return fail(primed);
  writeFileSync(join(partial, PRIMED), `${new Date().toISOString()}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return { ok: true, dir: target, cached: false };
}

/** Written into an install folder once npm and the first build succeeded: the install is complete. */
const PRIMED = 'installed.txt';

function linkInstall(projectDir: string, installDir: string): void {
  symlinkSync(join(installDir, 'node_modules'), join(projectDir, 'node_modules'), 'dir');
  mkdirSync(join(installDir, '_npm'), { recursive: true });
  mkdirSync(join(projectDir, 'src/.observablehq/cache'), { recursive: true });
  symlinkSync(join(installDir, '_npm'), join(projectDir, 'src/.observablehq/cache/_npm'), 'dir');
}

/**
 * Builds an empty project once with the install, so that Framework resolves the npm versions
 * its client bundle names (it asks registry.npmjs.org, and records them as folders in _npm/);
 * timed builds then reuse that record and need no network. Returns why it failed, or undefined.
 */
async function primeNpmVersions(installDir: string): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'union-observable-prime-'));
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    writeFileSync(join(dir, 'observablehq.config.js'), 'export default { root: "src" };\n');
    writeFileSync(join(dir, 'src/index.md'), '# 空\n');
    linkInstall(dir, installDir);
    const cost = await buildObservableProject(dir, installDir);
    if (cost.exitCode === 0) return undefined;
    const last = cost.output.trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${cost.exitCode}`;
    return `the first Observable build (resolving its client's npm versions) failed: ${last.slice(0, 300)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The periods of a data folder from its periods.csv (编号, 名称), keeping those with a fund file. */
export function readPeerPeriods(dataDir: string): PeerPeriod[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'periods.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data
    .map((row) => ({ id: (row['编号'] ?? '').trim(), label: (row['名称'] ?? '').trim() }))
    .filter((p) => p.id !== '' && existsSync(join(dataDir, 'funds', `${p.id}.csv`)));
}

/**
 * Writes the Observable Framework project of a data folder into `dir` (see
 * observableProjectFiles), copies its funds/ folder to dir/data/funds and links the
 * install's node_modules/ and _npm/ into it. Returns the periods and the number of pages it builds.
 */
export function writeObservableProject(
  dir: string,
  dataDir: string,
  installDir: string,
): { periods: PeerPeriod[]; pages: number } {
  const periods = readPeerPeriods(dataDir);
  const files = observableProjectFiles(periods, peerAccounts(buildCharts().charts));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(join(dataDir, 'funds'), join(dir, 'data/funds'), { recursive: true });
  linkInstall(dir, installDir);
  return { periods, pages: observablePageCount(periods) };
}

/**
 * Builds the project in `dir` from cold and measures the whole process tree: its dist/ and
 * everything Framework cached in src/.observablehq/cache (page loader outputs, client
 * bundles, the search index) are removed first, as our build keeps no data between runs;
 * only _npm/, the install's record of npm versions, stays. The loaders run with the same
 * Node as this script; telemetry is off.
 */
export async function buildObservableProject(dir: string, installDir: string): Promise<ProcessCost> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const cache = join(dir, 'src/.observablehq/cache');
  if (existsSync(cache)) {
    for (const name of readdirSync(cache))
      if (name !== '_npm') rmSync(join(cache, name), { recursive: true, force: true });
  }
  const bin = join(installDir, 'node_modules/@observablehq/framework/dist/bin/observable.js');
  const env = {
    ...process.env,
    OBSERVABLE_TELEMETRY_DISABLE: '1',
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  };
  return measureProcess(process.execPath, [bin, 'build'], { cwd: dir, env });
}
