// npm run federation:demo -- [<folder>]: writes the demo federation (default federation-demo/)
// and runs the federation step on it. The 临江市卫生健康系统工会 (县级以上工会, its own data
// generated) has four units: the demo hospital union (this repository's data/ and reports)
// and three generated ones: a school union, a union that has not published 2024 yet (late),
// and one whose statements.csv was edited after its build (its digest no longer matches).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readReportFiles } from '../src/build/read-content-dir.ts';
import { readDataDir } from '../src/build/read-data-dir.ts';
import { generatedUnitFiles, writeFederation } from './federation/write-federation.ts';

const repo = resolve(import.meta.dirname, '..');
const root = resolve(process.argv[2] ?? 'federation-demo');
const BUILD_DATE = '2026-12-01';
rmSync(root, { recursive: true, force: true });
const bytes = writeFederation(
  root,
  generatedUnitFiles('临江市卫生健康系统工会', '县级以上工会', { periods: 3, linesPerPeriod: 120 }, 1600, {
    parent: '临江市总工会',
  }),
  [
    {
      id: 'hospital',
      name: '临江市第一人民医院工会委员会',
      files: readDataDir(join(repo, 'data')),
      reports: readReportFiles(join(repo, 'content/reports')),
      fault: 'none',
    },
    {
      id: 'school',
      name: '临江市卫生学校工会委员会',
      files: generatedUnitFiles('临江市卫生学校工会委员会', '基层工会', { periods: 3, linesPerPeriod: 80 }, 1601),
      fault: 'none',
    },
    {
      id: 'cdc',
      name: '临江市疾病预防控制中心工会',
      parent: 'hospital',
      files: generatedUnitFiles('临江市疾病预防控制中心工会', '基层工会', { periods: 2, linesPerPeriod: 60 }, 1602, {
        lastYear: 2023,
      }),
      fault: 'none',
    },
    {
      id: 'blood',
      name: '临江市中心血站工会',
      files: generatedUnitFiles('临江市中心血站工会', '基层工会', { periods: 3, linesPerPeriod: 40 }, 1603),
      fault: 'tampered',
    },
  ],
  BUILD_DATE,
);
console.log(`示范联合会已写入 ${root}（${bytes} 字节）。`);
const run = spawnSync(process.execPath, [join(repo, 'scripts/federation.ts'), '--out', join(root, 'federation-dist')], {
  env: { ...process.env, UNION_DATA_DIR: join(root, 'data') },
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
