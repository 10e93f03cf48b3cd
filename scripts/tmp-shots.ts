import { resolve } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
const site = await serveStatic(resolve('dist'));
const browser = await launchBrowser();
for (const [name, width] of [['desktop', 1280], ['phone', 375]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}search/?q=${encodeURIComponent('帮扶')}`);
  await page.waitForFunction(() => /共|没有/.test(document.querySelector('.search-status')?.textContent ?? ''));
  await page.screenshot({ path: `screenshots/search-${name}.png`, fullPage: true });
}
await browser.close();
await site.close();
