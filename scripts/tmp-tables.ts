import { resolve } from 'node:path';
import { launchBrowser } from '/work/wt-s3-phone-print/scripts/lib/browser.ts';
import { serveStatic } from '/work/wt-s3-phone-print/scripts/lib/static-server.ts';
import { listPages } from '/work/wt-s3-phone-print/scripts/lib/quality/dist-files.ts';
import { checkTables } from '/work/wt-s3-phone-print/scripts/lib/quality/tables.ts';
const root = resolve('dist');
const site = await serveStatic(root);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 375), height: 800 } });
const only = process.argv.slice(2);
for (const p of only.length ? only : listPages(root)) {
  await page.goto(site.url + p);
  for (const pr of await checkTables(page, p)) console.log(p, '·', pr.detail);
}
await browser.close(); await site.close();
