// npm run build: check the data, build the site into a temporary folder, and only when
// everything succeeded replace dist/ with it. On any failure dist/ is removed, so a stale
// or half-built site is never left behind to be published.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { buildDate } from '../src/data/build-date.ts';
import { writeSearchIndex } from './lib/search-index.ts';
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
// The build date is read once here and passed on, so a build that crosses midnight is consistent.
let date = '';
try {
  date = buildDate();
} catch (error) {
  fail((error as Error).message);
}

// Vite's reserved variables, when inherited (vitest sets BASE_URL=/ and MODE=test), would
// override the configured base path and mode of the build; they never come from the user.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
);
const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', UNION_OUT_DIR: tmpDir, UNION_BUILD_DATE: date },
});
if (astro.status !== 0) fail(`网站生成失败（astro build 退出码 ${astro.status}），未发布任何内容。`);

const search = await writeSearchIndex(tmpDir).catch((error: unknown) => ({ pages: 0, errors: [String(error)] }));
if (search.errors.length > 0 || search.pages === 0) {
  fail(`搜索索引生成失败，未发布任何内容：\n${search.errors.join('\n') || '没有可索引的页面'}`);
}
console.log(`搜索索引：${search.pages} 个页面。`);

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(tmpDir, { recursive: true, force: true });
console.log(`网站已生成：${outDir}。预览：npm run preview`);
