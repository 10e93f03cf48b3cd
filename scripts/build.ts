// npm run build: check the data, build the site into a temporary folder, and only when
// everything succeeded replace dist/ with it. On any failure dist/ is removed, so a stale
// or half-built site is never left behind to be published.
//
// Astro runs in this process (its JavaScript API) and its pages take the data checked here
// (provideCheckedSite): the data is read and checked once per build, not twice.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, readDataDir } from '../src/data/read-data-dir.ts';
import { provideCheckedSite } from '../src/data/site.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { loadSite } from '../src/lib/site/load-site.ts';

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

const result = loadSite(readDataDir(dataDir()));
if (!result.site) fail(formatIssueReport(result.issues));
provideCheckedSite(result.site);

// Vite's reserved variables, when inherited (vitest sets BASE_URL=/ and MODE=test), would
// override the configured base path and mode of the build; they never come from the user.
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.UNION_OUT_DIR = tmpDir;
const { build } = await import('astro');
try {
  await build({ root });
} catch (error) {
  fail(`网站生成失败（${error instanceof Error ? error.message : String(error)}），未发布任何内容。`);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
rmSync(tmpDir, { recursive: true, force: true });
console.log(`网站已生成：${outDir}。预览：npm run preview`);
