// npm run federation:bench -- [--sizes 100,1000] [--keep]: the federation step at scale.
// Generates (seeded) a federation of the largest size: units of varied sizes (20–420 ledger
// lines a year, five years, so 2020–2021 are kept under the 2009 制度 and 2022–2024 under
// 2021), about 1% with a tampered file, 0.5% with a missing package and 0.5% with a package
// that is not JSON; each unit's package is made by the same pure functions as its site
// build. Then, for each size, runs scripts/federation.ts over the first N units in a fresh
// process and reports wall and CPU time, peak memory of the process and the output's size.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRandom } from './bench/generate/random.ts';
import { measureProcess } from './bench/measure-process.ts';
import {
  generatedUnitFiles,
  LAYOUT,
  writeFederation,
  type UnitFault,
  type UnitSpec,
} from './federation/write-federation.ts';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sizesAt = args.indexOf('--sizes');
const sizes = (sizesAt >= 0 ? args[sizesAt + 1]! : '100,1000').split(',').map(Number);
const keep = args.includes('--keep');
const largest = Math.max(...sizes);
const root = mkdtempSync(join(tmpdir(), 'union-federation-bench-'));

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return n + (stat.isDirectory() ? folderBytes(path) : stat.size);
  }, 0);
}

const random = createRandom(16000);
const units: UnitSpec[] = [];
for (let i = 0; i < largest; i++) {
  const roll = random.next();
  const fault: UnitFault = roll < 0.01 ? 'tampered' : roll < 0.015 ? 'missing' : roll < 0.02 ? 'not-json' : 'none';
  const id = `u${String(i + 1).padStart(4, '0')}`;
  const name = `临江市第${i + 1}基层工会`;
  const lines = 20 + random.int(0, 400);
  units.push({
    id,
    name,
    files: generatedUnitFiles(name, '基层工会', { periods: 5, linesPerPeriod: lines }, 16001 + i),
    fault,
  });
}
const own = generatedUnitFiles('临江市总工会（基准测试）', '县级以上工会', { periods: 5, linesPerPeriod: 400 }, 15999, {
  parent: '临江省总工会',
});
const generateStarted = performance.now();
const bytes = writeFederation(root, own, units, '2026-12-01');
const generateSeconds = (performance.now() - generateStarted) / 1000;
console.log(
  `生成 ${largest} 个单位的数据包：${generateSeconds.toFixed(1)} 秒（${(largest / (generateSeconds / 60)).toFixed(0)} 个/分钟，${(bytes / 1e6).toFixed(1)} MB），目录 ${root}`,
);

const unitsCsv = join(root, LAYOUT.federationData, 'units.csv');
const allLines = (await import('node:fs')).readFileSync(unitsCsv, 'utf8').split('\r\n');
const results = [];
for (const size of sizes) {
  writeFileSync(unitsCsv, `${allLines.slice(0, size + 1).join('\r\n')}\r\n`);
  const out = join(root, `out-${size}`);
  const cost = await measureProcess(process.execPath, [join(repo, 'scripts/federation.ts'), '--out', out], {
    env: { ...process.env, UNION_DATA_DIR: join(root, LAYOUT.federationData), UNION_BUILD_DATE: '2026-12-01' },
  });
  if (cost.exitCode !== 0) throw new Error(cost.output);
  const result = {
    units: size,
    wallMs: Math.round(cost.wallMs),
    cpuMs: Math.round(cost.cpuMs),
    peakRssMB: Math.round(cost.peakProcessRssBytes / 1e6),
    outputKB: Math.round(folderBytes(out) / 1e3),
    perUnitMs: +(cost.wallMs / size).toFixed(2),
  };
  results.push(result);
  console.log(JSON.stringify(result));
}
writeFileSync(unitsCsv, `${allLines.join('\r\n')}`);
if (results.length >= 2) {
  const [a, b] = [results[0]!, results[results.length - 1]!];
  console.log(
    `边际成本：每增加 1 个单位 ${((b.cpuMs - a.cpuMs) / (b.units - a.units)).toFixed(2)} 毫秒 CPU，${((b.peakRssMB - a.peakRssMB) / (b.units - a.units)).toFixed(3)} MB 内存。`,
  );
}
if (!keep) rmSync(root, { recursive: true, force: true });
