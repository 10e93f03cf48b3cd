// npm run build: check the data, build the site into a temporary folder, and only when
// everything succeeded replace dist/ with it. On any failure dist/ is removed, so a stale
// or half-built site is never left behind to be published.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDate } from '../src/data/build-date.ts';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';

const outDir = resolve(process.env.UNION_DIST_DIR || 'dist');
const tmpDir = resolve('.build-tmp', `dist-${process.pid}`);

function fail(message: string): never {
  rmSync(tmpDir, { recursive: true, force: true });
  if (existsSync(outDir)) {
    rmSync(outDir, { recursive: true, force: true });
    console.error(`已删除旧的 ${outDir}，以免发布过期内容。`);
  }
  console.error(message);
  process.exit(1);
}

// The date shown on every page is read once here, so a build that crosses midnight is consistent.
let date = '';
try {
  date = buildDate();
} catch (error) {
  fail((error as Error).message);
}

const result = loadSite(readDataDir(dataDir()));
if (!result.site) fail(formatIssueReport(result.issues));

const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UNION_OUT_DIR: tmpDir, UNION_BUILD_DATE: date },
});
if (astro.status !== 0) fail(`网站生成失败（astro build 退出码 ${astro.status}），未发布任何内容。`);

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(tmpDir, { recursive: true, force: true });
console.log(`网站已生成：${outDir}。预览：npm run preview`);
