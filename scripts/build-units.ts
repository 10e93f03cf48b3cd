// npm run federation:build -- [--jobs N] [--shard I/N] [--units-only | --federation-only] [--list] [--strict]
// For a 县级以上工会 whose data folder (UNION_DATA_DIR, default data/) has units.csv:
//   1. builds the site of every unit that has a 项目文件夹 (the unit's own data/ and content/,
//      relative to the data folder), N at a time (default one per core), each exactly as its
//      own `npm run build` would, into the site folder its 数据包 path names (the package is
//      <site>/data/datapackage.json), served under the unit's relative 网址; a progress line
//      per unit; a unit whose build fails keeps its last good site (and package), and is said;
//   2. builds the federation's own site (federation mode) from those packages into
//      UNION_DIST_DIR (default dist/), and copies each unit's site into it at its relative 网址.
// --shard I/N builds only every N-th unit starting at the I-th (for a CI matrix job);
// --units-only stops after step 1; --federation-only skips it (the units' sites were built
// elsewhere, e.g. by CI matrix jobs, and put where their 数据包 paths point); --list prints the
// units step 1 would build, as JSON, and builds nothing; --strict makes a unit package that fails its checks stop the federation build.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { dataDir } from '../src/build/read-data-dir.ts';
import { readUnits, UNITS_FILE, type UnitEntry } from '../src/lib/federation/units-table.ts';
import { formatIssueReport, IssueList } from '../src/lib/issues/data-issue.ts';
import { decodeText } from '../src/lib/text/decode-text.ts';
import { unitBuilds, type UnitBuild } from './federation/unit-builds.ts';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const jobs = Math.max(1, Number(option('--jobs') ?? availableParallelism()));
const shard = option('--shard');
const root = dataDir();
const base = process.env.UNION_BASE_PATH || '/';
const site = resolve(process.env.UNION_DIST_DIR || 'dist');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const unitsPath = join(root, UNITS_FILE);
if (!existsSync(unitsPath)) fail(`找不到下属单位名单 ${unitsPath}（县级以上工会的数据文件夹中应有 units.csv）`);
const issues = new IssueList();
const units: UnitEntry[] = readUnits(decodeText(readFileSync(unitsPath)).text, issues);
if (issues.count > 0) fail(formatIssueReport(issues.sorted()));
const builds = unitBuilds(units, root, base, shard);
if ('error' in builds) fail(builds.error);

if (args.includes('--list')) {
  console.log(
    JSON.stringify(builds.map((b) => ({ id: b.unit.id, name: b.unit.name, project: b.project, site: b.site }))),
  );
  process.exit(0);
}

/**
 * Runs `npm run build` for one site in a child process; resolves with its exit code, elapsed
 * time and output. Each build runs in its own empty working folder below node_modules/ (so
 * its modules still resolve): Astro keeps its intermediate files in <working folder>/.astro/
 * when the output is elsewhere, and two builds sharing one would overwrite each other's.
 */
function buildSite(env: NodeJS.ProcessEnv): Promise<{ code: number; seconds: number; output: string }> {
  const started = performance.now();
  mkdirSync(join(repo, 'node_modules', '.union-builds'), { recursive: true });
  const cwd = mkdtempSync(join(repo, 'node_modules', '.union-builds', 'build-'));
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(repo, 'scripts/build.ts')], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      done({ code: code ?? 1, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

/** Builds the units, `jobs` at a time, printing a line as each finishes. Returns the units that failed. */
async function buildUnits(list: readonly UnitBuild[]): Promise<UnitBuild[]> {
  const failed: UnitBuild[] = [];
  let next = 0;
  let finished = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < list.length) {
      const build = list[next++]!;
      const result = await buildSite({
        UNION_DATA_DIR: join(build.project, 'data'),
        UNION_CONTENT_DIR: join(build.project, 'content'),
        UNION_DIST_DIR: build.dist,
        UNION_BASE_PATH: build.basePath,
      });
      finished += 1;
      const head = `[${finished}/${list.length}] ${build.unit.id} ${build.unit.name}`;
      if (result.code === 0) console.log(`${head}：已生成（${result.seconds.toFixed(1)} 秒）`);
      else {
        failed.push(build);
        console.log(`${head}：生成失败（${result.seconds.toFixed(1)} 秒），保留上次生成的网站和数据包：`);
        console.log(
          result.output
            .trim()
            .split('\n')
            .slice(-12)
            .map((l) => `    ${l}`)
            .join('\n'),
        );
      }
    }
  };
  console.log(`生成 ${list.length} 个下级单位的网站，同时 ${Math.min(jobs, list.length)} 个……`);
  await Promise.all(Array.from({ length: Math.min(jobs, list.length) }, worker));
  const minutes = (performance.now() - started) / 60000;
  console.log(
    `下级单位网站：${list.length - failed.length} 个已生成，${failed.length} 个失败；用时 ${(minutes * 60).toFixed(1)} 秒` +
      (minutes > 0 ? `（每分钟 ${(list.length / minutes).toFixed(1)} 个）。` : '。'),
  );
  return failed;
}

const failed = args.includes('--federation-only') ? [] : await buildUnits(builds);
if (args.includes('--units-only')) process.exit(failed.length > 0 && args.includes('--strict') ? 1 : 0);

console.log('生成本级汇总网站……');
const federation = await buildSite({
  UNION_DATA_DIR: root,
  UNION_CONTENT_DIR: resolve(process.env.UNION_CONTENT_DIR || 'content'),
  UNION_DIST_DIR: site,
  UNION_BASE_PATH: base,
  ...(args.includes('--strict') ? { UNION_FEDERATION_STRICT: '1' } : {}),
});
// The federation's own messages (提醒 about units, the search index, the privacy scan), not Astro's page list.
console.log(
  federation.output
    .split('\n')
    .filter((line) => !/^\d\d:\d\d:\d\d /.test(line) && line.trim() !== '')
    .join('\n'),
);
if (federation.code !== 0) fail('本级汇总网站生成失败。');
const published = builds.filter((b) => b.site !== undefined && existsSync(b.dist));
for (const build of published) {
  const target = join(site, build.site!);
  rmSync(target, { recursive: true, force: true });
  cpSync(realpathSync(build.dist), target, { recursive: true, dereference: true });
}
console.log(`汇总网站已生成：${site}（其中含 ${published.length} 个下级单位的网站，位于各自的网址）。`);
if (failed.length > 0 && args.includes('--strict'))
  fail(`使用了 --strict：${failed.length} 个下级单位的网站生成失败。`);
