// npm run quality: the browser checks of the end-to-end suite on the built dist/ (serve,
// crawl from the home page, axe, 375 px, print, no-JS, links, requests), printed per page.
// Honours UNION_DIST_DIR and UNION_BASE_PATH like the build; exits 1 on any problem.
import { resolve } from 'node:path';
import { launchBrowser, exitIfBrowserMissing } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { findUnreachable } from './lib/quality/dist-files.ts';
import { inspectSite } from './lib/quality/inspect-site.ts';
import { checkBudgets, measurePageWeights } from './lib/quality/page-weight.ts';
import { formatProblems } from './lib/quality/problem.ts';
import { basePathOrExit } from '../src/build/build-options.ts';

exitIfBrowserMissing();

const root = resolve(process.env.UNION_DIST_DIR || 'dist');
const base = basePathOrExit();
const site = await serveStatic(root, base);
const browser = await launchBrowser();
try {
  const result = await inspectSite(browser, site.url);
  const problems = [
    ...result.problems,
    ...findUnreachable(
      root,
      result.pages.map((p) => p.path),
    ),
    ...checkBudgets(measurePageWeights(root, base)),
  ];
  console.log(`检查了 ${result.pages.length} 个页面（${site.url}）。`);
  for (const line of formatProblems(problems)) console.log(line);
  if (problems.length) console.log(`共 ${problems.length} 个问题。`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await browser.close();
  await site.close();
}
