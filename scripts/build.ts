// npm run build: check the data, build the site into a temporary folder, and only when
// everything succeeded replace dist/ with it. On any failure dist/ is removed, so a stale
// or half-built site is never left behind to be published.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { readReportFiles, reportsLabel } from '../src/data/read-content-dir.ts';
import { checkReports } from '../src/lib/reports/check-reports.ts';

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

const result = loadSite(readDataDir(dataDir()));
// Reports are checked against the data before any page is written (with the data's own
// problems, they are still checked for syntax, headings and placeholders).
const reports = checkReports(readReportFiles(), reportsLabel(), result.site);
if (!result.site || !reports.reports) fail(formatIssueReport([...result.issues, ...reports.issues]));

const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', UNION_OUT_DIR: tmpDir },
});
if (astro.status !== 0) fail(`网站生成失败（astro build 退出码 ${astro.status}），未发布任何内容。`);

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(tmpDir, { recursive: true, force: true });
console.log(`网站已生成：${outDir}。预览：npm run preview`);
