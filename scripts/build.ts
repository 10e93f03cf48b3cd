// npm run build: check the data and reports, build the site into a folder beside the target
// (UNION_DIST_DIR, default dist/), and publish it atomically (scripts/lib/publish.ts): the
// target is at every instant either the complete previous site or the complete new one. On
// any failure the previous site stays online and the message says which version it is.
//
// Astro runs in this process (its JavaScript API) and its pages take the build context
// prepared here (provideBuildContext): data and reports are read and checked once per
// build, and the footer stamp digests exactly the bytes that were checked.
//
// Every exception ends in one Chinese message and exit code 1, never a stack trace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { provideBuildContext } from '../src/build/context.ts';
import { explainError } from '../src/build/explain-error.ts';
import { loadBuild } from '../src/build/load-build.ts';
import { formatIssueReport } from '../src/lib/issues/data-issue.ts';
import { formatReminders } from '../src/lib/reminders/site-reminders.ts';
import { discard, publish, publishedDate, recoverAndClean, stagingFolder } from './lib/publish.ts';
import { writeSearchIndex } from './lib/search-index.ts';
import { leakScanMessage, privateValuesDigest } from './lib/leak-scan.ts';
import { codeDigest, jsonDigest, openRouteCache } from './lib/route-cache-store.ts';
import { provideRouteCache } from '../src/build/route-cache.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(process.env.UNION_DIST_DIR || 'dist');
const staging = stagingFolder(target);

// `--clean` (or UNION_BUILD_CACHE=off): render every page, taking nothing over from the site
// published last (scripts/lib/route-cache-store.ts).
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--clean');
if (unknown.length > 0) {
  console.error(`不认识的参数：${unknown.join(' ')}。用法：npm run build [-- --clean]（--clean：所有页面重新生成）`);
  process.exit(2);
}
const clean = args.includes('--clean') || process.env.UNION_BUILD_CACHE === 'off';

/** What stays online after a failure, in the words of the staff guide. */
function keptMessage(): string {
  const date = publishedDate(target);
  if (date) return `网站未更新，仍为 ${date} 生成的版本（${target}）。`;
  if (existsSync(target)) return `网站未更新，${target} 保持原样。`;
  return `网站未生成（${target} 中还没有已发布的版本）。`;
}

/** Stops the build: removes the unfinished folder, keeps the published site, exits 1. */
function fail(message: string): never {
  try {
    discard(staging);
  } catch {
    // The next run removes it.
  }
  console.error(message);
  console.error(keptMessage());
  process.exit(1);
}

// Ctrl+C or a stop request: remove the unfinished folder; the published site is untouched.
// A second signal during that clean-up is ignored (the clean-up takes a moment).
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    fail(`网站生成被中断（${signal}）。`);
  });
}
process.on('uncaughtException', (error) => fail(`网站生成失败：${explainError(error)}`));
process.on('unhandledRejection', (error) => fail(`网站生成失败：${explainError(error)}`));

try {
  const note = recoverAndClean(target);
  if (note) console.log(note);
} catch (error) {
  fail(`整理发布文件夹时出错：${explainError(error)}`);
}

// Data and reports are read once and checked before any page is written (with the data's
// own problems, reports are still checked for syntax, headings and placeholders).
let loaded;
try {
  loaded = loadBuild();
} catch (error) {
  fail(`检查数据时出错：${explainError(error)}`);
}
if (loaded.error) fail(loaded.error);
const reminders = formatReminders(loaded.warnings);
if (!loaded.context) fail([formatIssueReport(loaded.issues), reminders].filter(Boolean).join('\n\n'));
if (reminders) console.log(reminders);
const context = loaded.context;
provideBuildContext(context);

// The route cache: the period pages whose view model, code, options, union record and dates
// are those of a page of the published site are taken over from it instead of rendered.
let routes;
try {
  const baseKey = jsonDigest({
    code: codeDigest(root),
    options: context.options,
    union: context.site.union,
    date: context.stamp.date,
    dataUntil: context.stamp.dataUntil ?? null,
    federation: context.federation !== undefined,
  });
  routes = openRouteCache({ root, target, baseKey, clean });
} catch (error) {
  fail(`读取页面缓存时出错：${explainError(error)}（可用 npm run build -- --clean 重新生成全部页面）`);
}
provideRouteCache(routes);

// Vite's reserved variables, when inherited (vitest sets BASE_URL=/ and MODE=test), would
// override the configured base path and mode of the build; they never come from the user.
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const { build } = await import('astro');
  await build({ root, base: context.options.basePath, outDir: staging });
} catch (error) {
  fail(`网站生成失败：${explainError(error)}`);
}
try {
  routes.restore(staging);
} catch (error) {
  fail(`沿用上次发布的页面时出错：${explainError(error)}（可用 npm run build -- --clean 重新生成全部页面）`);
}
const reused = routes.reused().length;
if (reused > 0) {
  console.log(
    `页面缓存：${reused} 个页面的数据和程序都没有变，沿用上次发布的文件；${routes.rendered().length} 个重新生成（npm run build -- --clean 可全部重新生成）。`,
  );
}

const searchStarted = performance.now();
const search = await writeSearchIndex(staging).catch((error: unknown) => ({ pages: 0, errors: [explainError(error)] }));
if (search.errors.length > 0 || search.pages === 0) {
  fail(`搜索索引生成失败：\n${search.errors.join('\n') || '没有可索引的页面'}`);
}
console.log(`搜索索引：${search.pages} 个页面（${Math.round(performance.now() - searchStarted)} 毫秒）。`);

// ── Output checks before publishing ─────────────────────────────────────────────────────
// Every check of the finished files in `staging` goes here, before the swap; a failing
// check calls fail(message), which keeps the published site.
//
// Privacy (issue 12): every written file (pages, downloads, scripts, the decompressed search
// index) is searched for every value of every private column of exactly the data bytes that
// were checked; a hit names the file and the source row and stops before the swap.
let leaks: string | undefined;
let privateDigest = '';
try {
  privateDigest = privateValuesDigest(loaded.files, loaded.workbooks);
  leaks = leakScanMessage(staging, loaded.files, loaded.workbooks, (file) => routes.scannedBefore(file, privateDigest));
} catch (error) {
  fail(`隐私检查时出错：${explainError(error)}`);
}
if (leaks) fail(leaks);

try {
  publish(target, staging);
} catch (error) {
  fail(`发布网站时出错：${explainError(error)}`);
}
try {
  routes.save(target, privateDigest);
} catch (error) {
  // The site is published; the next build renders every page.
  console.log(`页面缓存未能保存（${explainError(error)}），下次生成时将重新生成全部页面。`);
}
console.log(
  `网站已生成：${target}（生成日期 ${context.stamp.date}${context.stamp.dataUntil ? `，数据截至 ${context.stamp.dataUntil}` : ''}）。预览：npm run preview`,
);
