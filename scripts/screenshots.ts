// npm run screenshots [-- path ...]: screenshots of built pages (desktop 1280, phone 375,
// A4 print as PDF→PNG is left to `npm run pdf`) into screenshots/, for people to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, exitIfBrowserMissing } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

exitIfBrowserMissing();

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'funds/'];
const out = resolve('screenshots');
mkdirSync(out, { recursive: true });
const site = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
try {
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(site.url + path);
      const file = `${out}/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-${name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
  const print = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await print.emulateMedia({ media: 'print' });
  for (const path of pages) {
    await print.goto(site.url + path);
    const file = `${out}/${(path || 'home').replace(/\/$/, '').replace(/\//g, '_')}-print.png`;
    await print.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await site.close();
}
