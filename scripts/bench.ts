// npm run bench [-- --help]: see USAGE below.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultActivities, generateBenchSet } from './bench/generate/generate-data-set.ts';
import { writeBareAstroProject } from './bench/bare-astro.ts';
import { selfTimeByArea, topSelfTime, type SelfTime } from './bench/cpu-profile.ts';
import { distStats, type DistStats } from './bench/dist-stats.ts';
import type { LoadStageResult } from './bench/load-stage.ts';
import type { BarePapaResult } from './bench/bare-papa.ts';
import { measureProcess, type ProcessCost } from './bench/measure-process.ts';
import type { BuildCost, SizeResult } from './bench/size-result.ts';
import { formatTable, formatTargets } from './bench/table.ts';
import { writeBenchSet, writeDataSet } from './bench/write-data-set.ts';
import { changeOneAmount } from './bench/generate/change-one-amount.ts';
import { bundle } from './run-compiled.ts';
import { fileDigests, isRoute, outputChanges, type OutputChanges } from './bench/output-changes.ts';
import { xlsxBench } from './bench/xlsx-bench.ts';
import {
  buildObservableProject,
  installObservable,
  writeObservableProject,
  type PeerInstall,
} from './bench/observable-peer.ts';
import { OBSERVABLE_VERSION } from './bench/observable-project.ts';
import type { PeerResult } from './bench/size-result.ts';

const USAGE = `npm run bench [-- options]

For each size (total ledger lines): generates a valid synthetic data set, times the load
stage (load + validate + aggregate) against a bare Papa.parse of the same CSV bytes, builds
the whole site and a bare Astro project with as many routes, and prints a table and the
targets. Figures go to bench-results/<timestamp>.json so runs can be compared. Timings on a
shared machine are noisy: compare the ratios, which are taken back to back in one run.

Options:
  --sizes N,N,…      ledger lines per data set (default 10000,100000,1000000)
  --periods N        periods (one calendar year each) the lines are spread over (default 10)
  --activities N     activities in activities.csv (default: one per 100 lines, at most 5,000)
  --reports N        work reports, one per period from the last (default: --periods)
  --runs N           runs of each timed step; the fastest counts (default 2)
  --profile          CPU profiles of the load stage and the build at the largest size
  --peer observable  also build the same data with Observable Framework (a statement and a
                     ledger page per period, no validation; scripts/bench/observable-peer.ts),
                     in the same runs as our build, and print its times and the ratio to ours.
                     Off by default: the first run installs it from the npm registry into
                     node_modules/.cache/union-site/observable/ (later runs reuse it); when the
                     install fails (offline) the comparison is skipped with one line saying why
  --keep             keep the generated folders (their paths are printed)
  --help             this text`;

const { values: args } = parseArgs({
  options: {
    help: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,100000,1000000' },
    periods: { type: 'string', default: '10' },
    activities: { type: 'string' },
    reports: { type: 'string' },
    runs: { type: 'string', default: '2' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    peer: { type: 'string' },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = args.sizes.split(',').map((s) => Number(s.trim()));
const periods = Number(args.periods);
const runs = Number(args.runs);
const activities = args.activities === undefined ? undefined : Number(args.activities);
const reports = args.reports === undefined ? periods : Number(args.reports);
if (sizes.some((s) => !Number.isInteger(s) || s < periods) || !(periods >= 1) || !(runs >= 1)) {
  throw new Error('--sizes: comma-separated line counts, each at least --periods; --periods and --runs: integers ≥ 1');
}
if (
  (activities !== undefined && !(Number.isInteger(activities) && activities >= 0)) ||
  !(Number.isInteger(reports) && reports >= 0 && reports <= periods)
) {
  throw new Error('--activities: an integer ≥ 0; --reports: an integer from 0 to --periods');
}

if (args.peer !== undefined && args.peer !== 'observable') {
  throw new Error(`--peer: only "observable" is known (got "${args.peer}")`);
}

const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The run with the smallest `by`: other load on the machine only ever adds time. */
function fastest<T>(items: readonly T[], by: (item: T) => number): T {
  return items.reduce((best, item) => (by(item) < by(best) ? item : best));
}

async function run(
  label: string,
  command: string,
  argv: string[],
  options: Parameters<typeof measureProcess>[2] = {},
): Promise<ProcessCost> {
  const cost = await measureProcess(command, argv, { env, ...options });
  if (cost.exitCode !== 0) {
    process.stderr.write(cost.output);
    throw new Error(`${label} failed with exit code ${cost.exitCode}`);
  }
  return cost;
}

async function loadStage(data: string, extra: string[] = []): Promise<LoadStageResult> {
  const cost = await run('load stage', node, [...extra, join(root, 'scripts/bench/load-stage.ts'), data]);
  return JSON.parse(cost.output.trim().split('\n').at(-1)!) as LoadStageResult;
}

async function barePapa(data: string): Promise<BarePapaResult> {
  const cost = await run('bare Papa.parse', node, [join(root, 'scripts/bench/bare-papa.ts'), data]);
  return JSON.parse(cost.output.trim().split('\n').at(-1)!) as BarePapaResult;
}

/** `npm run check` (scripts/check.ts) on a data and a content folder. */
function runCheck(data: string, content: string): Promise<ProcessCost> {
  return run('check', node, [join(root, 'scripts/run-compiled.ts'), 'check'], {
    cwd: root,
    env: { ...env, UNION_DATA_DIR: data, UNION_CONTENT_DIR: content },
  });
}

/** The fastest wall and CPU times and the largest memory peaks of several runs. */
function best(costs: readonly ProcessCost[]): BuildCost {
  return {
    runs: costs.length,
    wallMs: Math.min(...costs.map((c) => c.wallMs)),
    cpuMs: Math.min(...costs.map((c) => c.cpuMs)),
    peakTreeRssBytes: Math.max(...costs.map((c) => c.peakTreeRssBytes)),
    peakProcessRssBytes: Math.max(...costs.map((c) => c.peakProcessRssBytes)),
  };
}

async function profile(work: string, data: string, content: string): Promise<SizeResult['profiles']> {
  const dir = join(work, 'profiles');
  log(`profiling the load stage and the build into ${dir}`);
  await loadStage(data, ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'load')}`]);
  await run(
    'profiled build',
    node,
    ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'build')}`, join(root, 'scripts/build.ts')],
    {
      cwd: root,
      env: {
        ...env,
        UNION_DATA_DIR: data,
        UNION_CONTENT_DIR: content,
        UNION_DIST_DIR: join(work, 'dist-profiled'),
      },
    },
  );
  const result: NonNullable<SizeResult['profiles']> = {};
  for (const stage of ['load', 'build'] as const) {
    // One process each, so one profile file each.
    const [file] = readdirSync(join(dir, stage));
    if (!file) continue;
    const path = join(dir, stage, file);
    result[stage] = { byArea: selfTimeByArea(path), byFunction: topSelfTime(path, 20) };
  }
  return result;
}

async function measureSize(lines: number, withProfile: boolean): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `union-bench-${lines}-`));
  try {
    const linesPerPeriod = Math.floor(lines / periods);
    const size = {
      periods,
      linesPerPeriod,
      activities: activities ?? defaultActivities({ periods, linesPerPeriod }),
      reports,
    };
    log(
      `${lines} lines: generating ${periods} periods × ${linesPerPeriod} lines, ${size.activities} activities and ${reports} reports into ${work}`,
    );
    // The generated reports cite the generated data (the demo reports in content/ would,
    // rightly, stop a build of any other data set).
    const set = generateBenchSet(size);
    const { data, content, bytes: dataBytes } = writeBenchSet(work, set);

    // The load stage and the bare parse alternate, so that other load on the machine hits both alike.
    const loads: LoadStageResult[] = [];
    const papas: BarePapaResult[] = [];
    for (let i = 0; i < runs; i++) {
      loads.push(await loadStage(data));
      papas.push(await barePapa(data));
    }
    const load = fastest(loads, (l) => l.loadMs);
    const papa = fastest(papas, (p) => p.parseMs);
    if (load.issues > 0) throw new Error(`the generated data set has ${load.issues} issues`);
    log(
      `load stage: ${Math.round(load.loadMs)} ms, ${Math.round(load.loadCpuMs)} ms CPU; bare Papa.parse ${Math.round(papa.parseMs)} ms (fastest of ${runs})`,
    );

    // A staff edit: one amount of the last period (with its 支出合计 and 期末结余), in a second data folder.
    const lastPeriod = '2024'; // generateBenchSet's default last year
    const edit = changeOneAmount(set.data, lastPeriod);
    const changedData = join(work, 'data-changed');
    writeDataSet(changedData, edit.files);

    const checks: ProcessCost[] = [];
    for (let i = 0; i < runs; i++) checks.push(await runCheck(data, content));

    const loadAverageStart = loadavg()[0]!;
    const dist = join(work, 'dist');
    const bareDir = join(work, 'bare');
    const builds: ProcessCost[] = [];
    const rebuilds: ProcessCost[] = [];
    const bares: ProcessCost[] = [];
    const peers: ProcessCost[] = [];
    const peerDir = join(work, 'observable');
    let peerPages = 0;
    let stats: DistStats | undefined;
    let changes: OutputChanges | undefined;
    const buildWith = (dataDir: string, label: string) =>
      run(label, node, [join(root, 'scripts/run-compiled.ts'), 'build'], {
        cwd: root,
        env: { ...env, UNION_DATA_DIR: dataDir, UNION_CONTENT_DIR: content, UNION_DIST_DIR: dist },
      });
    // Our build, the rebuild after the edit and the bare one alternate, so that other load on
    // the machine hits them alike.
    for (let i = 0; i < runs; i++) {
      log(`building the site (run ${i + 1} of ${runs})`);
      rmSync(dist, { recursive: true, force: true });
      builds.push(await buildWith(data, 'build'));
      const before = fileDigests(dist);
      if (!stats) {
        stats = distStats(dist, join(root, 'public'));
        writeBareAstroProject(bareDir, stats.pages, root);
        if (peerInstall?.ok) peerPages = writeObservableProject(peerDir, data, peerInstall.dir).pages;
      }
      log(
        `rebuilding after one amount of ${lastPeriod} changed (${edit.changed.file}:${edit.changed.line}, run ${i + 1} of ${runs})`,
      );
      rebuilds.push(await buildWith(changedData, 'rebuild'));
      changes ??= outputChanges(before, fileDigests(dist), (path) => isRoute(path, join(root, 'public')));
      log(`building a bare Astro project with ${stats.pages} empty pages (run ${i + 1} of ${runs})`);
      bares.push(await run('bare build', node, [astroBin, 'build'], { cwd: bareDir }));
      if (peerInstall?.ok) {
        log(`building the same data with Observable Framework ${OBSERVABLE_VERSION} (run ${i + 1} of ${runs})`);
        const cost = await buildObservableProject(peerDir, peerInstall.dir);
        if (cost.exitCode !== 0) {
          process.stderr.write(cost.output);
          throw new Error(`the Observable Framework build failed with exit code ${cost.exitCode}`);
        }
        peers.push(cost);
      }
    }
    const build = best(builds);
    const rebuild = best(rebuilds);
    const bare = best(bares);
    // The least any Astro rebuild of just the changed routes would cost: a bare project of that many.
    const floorDir = join(work, 'bare-changed');
    writeBareAstroProject(floorDir, Math.max(1, changes!.routesChanged), root);
    const floor = await run('bare build of the changed routes', node, [astroBin, 'build'], { cwd: floorDir });

    const result: SizeResult = {
      lines: linesPerPeriod * periods,
      periods,
      linesPerPeriod,
      activities: size.activities,
      reports,
      dataBytes,
      load: { ...load, linesPerSecond: Math.round((load.lines / load.loadMs) * 1000), runs },
      papa: { ...papa, runs },
      papaRatio: load.loadMs / papa.parseMs,
      papaCpuRatio: load.loadCpuMs / papa.parseCpuMs,
      build,
      dist: stats!,
      bare: { ...bare, pages: stats!.pages },
      ratio: build.wallMs / bare.wallMs,
      cpuRatio: build.cpuMs / bare.cpuMs,
      rebuild: { ...rebuild, changes: changes!, floorWallMs: floor.wallMs, floorCpuMs: floor.cpuMs },
      rebuildRatio: rebuild.wallMs / build.wallMs,
      check: { wallMs: Math.min(...checks.map((c) => c.wallMs)), cpuMs: Math.min(...checks.map((c) => c.cpuMs)) },
      rebuildCpuRatio: rebuild.cpuMs / build.cpuMs,
      loadAverage: [loadAverageStart, loadavg()[0]!],
    };
    if (peerInstall) result.peer = peerResult(peerInstall, peers, build, peerDir, peerPages);
    if (withProfile) result.profiles = await profile(work, data, content);
    return result;
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The peer's figures against our build's, or why the peer was skipped. */
function peerResult(
  install: PeerInstall,
  costs: readonly ProcessCost[],
  ours: BuildCost,
  dir: string,
  pages: number,
): PeerResult {
  const name = 'Observable Framework';
  if (!install.ok) return { name, version: OBSERVABLE_VERSION, skipped: install.reason };
  const build = best(costs);
  return {
    name,
    version: OBSERVABLE_VERSION,
    pages,
    build,
    distBytes: distStats(join(dir, 'dist')).totalBytes,
    wallRatio: build.wallMs / ours.wallMs,
    cpuRatio: build.cpuMs / ours.cpuMs,
    rssRatio: build.peakTreeRssBytes / ours.peakTreeRssBytes,
  };
}

const startedAt = new Date();
let peerInstall: PeerInstall | undefined;
if (args.peer === 'observable') {
  log(`installing Observable Framework ${OBSERVABLE_VERSION} for the peer comparison (reused when cached)`);
  peerInstall = await installObservable(join(root, 'node_modules/.cache/union-site/observable'));
  if (peerInstall.ok)
    log(
      `Observable Framework ${OBSERVABLE_VERSION}: ${peerInstall.cached ? 'cached' : 'installed'} in ${peerInstall.dir}`,
    );
  else log(`peer comparison with Observable Framework skipped: ${peerInstall.reason}`);
}
// npm run build and npm run check run from a bundle of their sources, made once per version
// of the sources (scripts/run-compiled.ts): made here, so that no timed run includes it.
for (const name of ['build', 'check']) await bundle(root, name);
log('timing npm run check on the demo data');
const demoChecks: ProcessCost[] = [];
for (let i = 0; i < runs; i++) demoChecks.push(await runCheck(join(root, 'data'), join(root, 'content')));
const demoCheck = {
  wallMs: Math.min(...demoChecks.map((c) => c.wallMs)),
  cpuMs: Math.min(...demoChecks.map((c) => c.cpuMs)),
};
const results: SizeResult[] = [];
for (const lines of sizes) results.push(await measureSize(lines, args.profile && lines === Math.max(...sizes)));

const report = {
  startedAt: startedAt.toISOString(),
  machine: {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? '',
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  },
  options: { sizes, periods, activities: activities ?? 'default', reports, runs, peer: args.peer ?? null },
  demoCheck,
  results,
};
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');

console.log(formatTable(results, availableParallelism()));
if (peerInstall && !peerInstall.ok)
  console.log(`Peer comparison with Observable Framework skipped: ${peerInstall.reason}`);
const targets = formatTargets(results, demoCheck);
if (targets) console.log(`\n${targets}`);
console.log(`\n${(await xlsxBench()).text}`);
const printRows = (rows: readonly SelfTime[]) => {
  for (const row of rows)
    console.log(`${String(row.ms).padStart(7)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.function}`);
};
for (const r of results) {
  for (const [stage, { byArea, byFunction }] of Object.entries(r.profiles ?? {})) {
    console.log(`\nSelf time by area, ${r.lines} lines, ${stage === 'load' ? 'load stage' : 'whole build'}:`);
    printRows(byArea);
    console.log(`Top functions by self time:`);
    printRows(byFunction);
  }
}
console.log(`\nFigures written to ${outFile}`);
