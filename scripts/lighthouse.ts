// npm run lighthouse: Lighthouse's four scores (performance, accessibility, best practices,
// SEO) for the home page, the latest statement and a report of the built site, using Debian's
// Chromium (never a downloaded browser). Mobile emulation with simulated throttling, as
// Lighthouse defaults. Build first (npm run build); honours UNION_DIST_DIR and UNION_BASE_PATH.
// Other pages: npm run lighthouse -- reports/2024/ funds/2024/ledger/
// Not part of CI: its performance score depends on the machine; the byte budgets are the gate.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, exitIfBrowserMissing } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { listPages } from './lib/quality/dist-files.ts';
import { basePathOrExit } from '../src/build/build-options.ts';

exitIfBrowserMissing();

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const root = resolve(process.env.UNION_DIST_DIR || 'dist');
const base = basePathOrExit();
if (!existsSync(root)) {
  console.error(`找不到 ${root}：请先运行 npm run build。`);
  process.exit(1);
}
const pages = listPages(root);
const statements = pages.filter((p) => /^funds\/[^/]+\/$/.test(p)).sort();
const chosen = process.argv.slice(2);
const targets: [string, string | undefined][] = chosen.length
  ? chosen.map((path) => ['页面', path.replace(/^\//, '')])
  : [
      ['首页', ''],
      ['经费收支表', statements.at(-1)],
      ['报告', pages.find((p) => /^reports\/.+\/$/.test(p))],
    ];

const site = await serveStatic(root, base);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  // A first run on a cold browser scores performance a few points low; warm it up once.
  await lighthouse(site.url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  console.log(`${'page'.padEnd(36)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const [label, path] of targets) {
    if (path === undefined) {
      console.log(`${label}: not in this build`);
      continue;
    }
    const result = await lighthouse(site.url + path, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)).padStart(16));
    console.log(`${`${label} (${path || '/'})`.padEnd(36)}${scores.join('')}`);
  }
} finally {
  chrome.kill();
  await site.close();
}
