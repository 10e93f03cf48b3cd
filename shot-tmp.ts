import { launchBrowser } from './scripts/lib/browser.ts';
import { serveStatic } from './scripts/lib/static-server.ts';
const [path, out, width, y] = process.argv.slice(2);
const site = await serveStatic(process.cwd() + '/dist');
const b = await launchBrowser();
const p = await b.newPage({ viewport: { width: Number(width), height: 1000 } });
await p.goto(site.url + path);
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: Number(width), height: 1000 }, fullPage: true });
await b.close(); await site.close();
