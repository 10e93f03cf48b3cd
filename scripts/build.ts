// npm run build: check the data, build the site into a temporary folder, and only when
// everything succeeded replace dist/ with it. On any failure dist/ is removed, so a stale
// or half-built site is never left behind to be published.
//
// Astro runs in this process (its JavaScript API) and its pages take the data checked here
// (provideCheckedSite, provideCheckedReports): data and reports are read and checked once
// per build, not twice.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { provideCheckedSite } from '../src/data/site.ts';
import { provideCheckedReports } from '../src/data/reports.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';
import { buildDate } from '../src/data/build-date.ts';
import { writeSearchIndex } from './lib/search-index.ts';
import { readReportFiles, reportsLabel } from '../src/data/read-content-dir.ts';
import { checkReports } from '../src/lib/reports/check-reports.ts';
import { readWorkbooks } from '../src/data/read-workbooks.ts';

const root = resolve(import.meta.dirname, '..');
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

let date: string;
try {
  date = buildDate();
} catch (error) {
  fail((error as Error).message);
}
const files = readDataDir(dataDir());
const result = loadSite(files, { buildDate: date, workbooks: readWorkbooks(files) });
// Reports are checked against the data before any page is written (with the data's own
// problems, they are still checked for syntax, headings and placeholders).
const reports = checkReports(readReportFiles(), reportsLabel(), result.site);
if (!result.site || !reports.reports) fail(formatIssueReport([...result.issues, ...reports.issues]));
provideCheckedSite(result.site);
provideCheckedReports(reports.reports);

// Vite's reserved variables, when inherited (vitest sets BASE_URL=/ and MODE=test), would
// override the configured base path and mode of the build; they never come from the user.
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.UNION_OUT_DIR = tmpDir;
// Pages that ask buildDate() again get the date read above, even if the build crosses midnight.
process.env.UNION_BUILD_DATE = date;
const { build } = await import('astro');
try {
  await build({ root });
} catch (error) {
  fail(`网站生成失败（${error instanceof Error ? error.message : String(error)}），未发布任何内容。`);
}

const searchStarted = performance.now();
const search = await writeSearchIndex(tmpDir).catch((error: unknown) => ({ pages: 0, errors: [String(error)] }));
if (search.errors.length > 0 || search.pages === 0) {
  fail(`搜索索引生成失败，未发布任何内容：\n${search.errors.join('\n') || '没有可索引的页面'}`);
}
console.log(`搜索索引：${search.pages} 个页面（${Math.round(performance.now() - searchStarted)} 毫秒）。`);

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(tmpDir, { recursive: true, force: true });
console.log(`网站已生成：${outDir}。预览：npm run preview`);
