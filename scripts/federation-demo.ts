// npm run federation:demo -- [<folder>]: the demo federation, built by one command. Writes
// into <folder> (default federation-demo/) the projects of the 临江市卫生健康系统工会 (县级以上工会)
// and of its four units (scripts/federation/demo-federation.ts), then runs
// `npm run federation:build` on them: the units' sites are built in parallel, the federation's
// site is built from their open data packages into <folder>/site/ with each unit's site at
// units/<id>/. One unit's data has an error on purpose: its build stops, and the federation
// publishes anyway, listing it as 未报送 with its problem.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoFederation, DEMO_BUILD_DATE } from './federation/demo-federation.ts';
import { brokenFiles, LAYOUT, unitsCsv, writeFiles } from './federation/write-federation.ts';

const repo = resolve(import.meta.dirname, '..');
const root = resolve(process.argv[2] ?? 'federation-demo');
rmSync(root, { recursive: true, force: true });
const { own, units } = demoFederation(repo);
const files = new Map<string, Uint8Array>();
for (const [path, data] of own) files.set(`${LAYOUT.federationData}/${path}`, data);
files.set(`${LAYOUT.federationData}/units.csv`, new TextEncoder().encode(unitsCsv(units, true)));
for (const unit of units) {
  const data = unit.fault === 'broken' ? brokenFiles(unit.files) : unit.files;
  for (const [path, bytes] of data) files.set(`${LAYOUT.unitProject(unit.id)}/data/${path}`, bytes);
  for (const [name, bytes] of unit.reports ?? new Map<string, Uint8Array>())
    files.set(`${LAYOUT.unitProject(unit.id)}/content/reports/${name}`, bytes);
  mkdirSync(join(root, LAYOUT.unitProject(unit.id), 'content'), { recursive: true });
}
const bytes = writeFiles(root, files);
mkdirSync(join(root, LAYOUT.federationContent), { recursive: true });
console.log(`示范联合会的 ${units.length + 1} 个项目已写入 ${root}（${bytes} 字节）。`);
const run = spawnSync(process.execPath, [join(repo, 'scripts/build-units.ts'), ...process.argv.slice(3)], {
  env: {
    ...process.env,
    UNION_DATA_DIR: join(root, LAYOUT.federationData),
    UNION_CONTENT_DIR: join(root, LAYOUT.federationContent),
    UNION_DIST_DIR: join(root, LAYOUT.site),
    UNION_BUILD_DATE: process.env.UNION_BUILD_DATE ?? DEMO_BUILD_DATE,
  },
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
