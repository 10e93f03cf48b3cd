// npm run pdf [-- [--preview] path ...]: prints built pages to A4 PDF with Debian's Chromium,
// using the site's print stylesheet (page header, page numbers, no navigation). Needs a built
// dist/ (npm run build); the normal build never needs a browser.
//   no paths   every published report, every period's statement and its audit pack
//              (审计资料包: audit/<期间编号>/pack/, written as pdf/audit_<期间编号>_pack.pdf)
//   --preview  also writes PNGs of the first pages as Chromium's PDF viewer shows them
//              (screenshots/<name>-a4-<page>.png), to look at the printed layout
// Output: pdf/<name>.pdf, where <name> is the path with "/" replaced by "_".
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, exitIfBrowserMissing } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

exitIfBrowserMissing();

const args = process.argv.slice(2);
const preview = args.includes('--preview');
const dist = resolve(process.env.UNION_DIST_DIR || 'dist');
if (!existsSync(dist)) {
  console.error(`找不到 ${dist}，请先运行 npm run build。`);
  process.exit(1);
}

/** Pages under a section of dist/ (one folder per page), e.g. "reports/2023-work-report/". */
function pagesUnder(section: string): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `${section}${d.name}/`);
}

const paths = args.filter((a) => !a.startsWith('--'));
const packs = pagesUnder('audit/')
  .map((path) => `${path}pack/`)
  .filter((path) => existsSync(join(dist, path, 'index.html')));
const pages = paths.length ? paths : [...pagesUnder('reports/'), ...pagesUnder('funds/'), ...packs];
const out = resolve('pdf');
const shots = resolve('screenshots');
mkdirSync(out, { recursive: true });
if (preview) mkdirSync(shots, { recursive: true });

const site = await serveStatic(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const path of pages) {
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    await page.goto(site.url + path.replace(/^\//, ''), { waitUntil: 'load' });
    const file = join(out, `${name}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    if (!preview) {
      console.log(file);
      continue;
    }
    const count =
      readFileSync(file)
        .toString('latin1')
        .match(/\/Type\s*\/Page(?!s)/g)?.length ?? 1;
    for (let n = 1; n <= Math.min(count, 8); n++) {
      // A fresh tab per page: the PDF viewer reads #page only when it loads.
      const viewer = await browser.newPage({ viewport: { width: 800, height: 1100 } });
      await viewer.goto(`${pathToFileURL(file).href}#toolbar=0&navpanes=0&view=Fit&page=${n}`);
      // The viewer renders asynchronously; an empty (dark) frame compresses to a few KB.
      for (let attempt = 0; attempt < 5; attempt++) {
        await viewer.waitForTimeout(1000);
        const png = await viewer.screenshot({ path: join(shots, `${name}-a4-${n}.png`) });
        if (png.length > 20_000) break;
      }
      await viewer.close();
    }
    console.log(`${file}（${count} 页；预览见 screenshots/${name}-a4-*.png）`);
  }
} finally {
  await browser.close();
  await site.close();
}
