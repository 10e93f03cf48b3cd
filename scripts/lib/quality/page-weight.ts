// What each page of a build costs to load, from the files in dist/: the HTML plus the
// stylesheets, scripts, images and fonts it links to (followed through CSS url()/@import
// and static JS imports), each gzipped at level 9. Bytes, not seconds: deterministic.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, CHART_JS_BYTES, type Budget } from './budgets.ts';
import { listFiles, pagePath } from './dist-files.ts';
import type { Problem } from './problem.ts';

/** Gzipped bytes of one page, by kind. `total` is their sum; `js` includes inline scripts. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  images: number;
  fonts: number;
  other: number;
  total: number;
  /** The page shows a chart (`<figure class="chart">`). */
  hasChart: boolean;
  /** Linked files, as paths in dist/. */
  files: string[];
}

const KIND: Record<string, 'css' | 'js' | 'images' | 'fonts'> = {
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.png': 'images',
  '.jpg': 'images',
  '.jpeg': 'images',
  '.gif': 'images',
  '.svg': 'images',
  '.webp': 'images',
  '.avif': 'images',
  '.ico': 'images',
  '.woff': 'fonts',
  '.woff2': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
};

const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** Attribute values of the tags that load something when the page is shown. */
function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const [, name, attrs] of html.matchAll(/<(link|script|img|source|video|input)\b([^>]*)>/gi)) {
    const attr = (key: string) =>
      attrs!
        .match(new RegExp(`\\s${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
        ?.slice(1)
        .find((v) => v !== undefined);
    const kind = name!.toLowerCase();
    if (kind === 'link' && /\b(stylesheet|icon|preload|modulepreload)\b/i.test(attr('rel') ?? ''))
      refs.push(attr('href') ?? '');
    else if (kind === 'video') refs.push(attr('poster') ?? '');
    else refs.push(attr('src') ?? '');
    for (const candidate of (attr('srcset') ?? '').split(',')) refs.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.push(...cssReferences(css!));
  return refs.filter(Boolean);
}

function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...urls, ...imports].filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

function jsReferences(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Inline scripts the browser runs (not JSON data blocks). */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs]) =>
        !/\ssrc\s*=/i.test(attrs!) &&
        /^(|module|text\/javascript|application\/javascript)$/i.test(
          attrs!.match(/\stype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '',
        ),
    )
    .map(([, , body]) => body!)
    .join('\n');
}

/**
 * Weighs every HTML page of the build in `root`, served under `base` ("/" or "/gonghui/").
 * References to other hosts or to missing files are skipped: the browser suite reports them.
 */
export function measurePageWeights(root: string, base = '/'): PageWeight[] {
  const toFile = (ref: string, from: string): string | undefined => {
    const url = new URL(ref, `http://site${base}${from}`);
    if (url.host !== 'site' || !url.pathname.startsWith(base)) return undefined;
    let file = decodeURIComponent(url.pathname.slice(base.length));
    if (file === '' || file.endsWith('/')) file += 'index.html';
    const path = join(root, file);
    return existsSync(path) && statSync(path).isFile() ? file : undefined;
  };
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const weight: PageWeight = {
        page: pagePath(file),
        html: gz(html),
        css: 0,
        js: 0,
        images: 0,
        fonts: 0,
        other: 0,
        total: 0,
        hasChart: /<figure\b[^>]*\bclass="[^"]*\bchart\b/.test(html),
        files: [],
      };
      const inline = inlineScripts(html);
      if (inline.trim()) weight.js += gz(inline);
      const pending = htmlReferences(html).map((ref) => toFile(ref, file));
      const seen = new Set<string>();
      while (pending.length) {
        const linked = pending.shift();
        if (!linked || seen.has(linked)) continue;
        seen.add(linked);
        const bytes = readFileSync(join(root, linked));
        const kind = KIND[extname(linked).toLowerCase()] ?? 'other';
        weight[kind] += gz(bytes);
        if (kind === 'css') pending.push(...cssReferences(bytes.toString('utf8')).map((ref) => toFile(ref, linked)));
        if (kind === 'js') pending.push(...jsReferences(bytes.toString('utf8')).map((ref) => toFile(ref, linked)));
      }
      weight.files = [...seen].sort();
      weight.total = weight.html + weight.css + weight.js + weight.images + weight.fonts + weight.other;
      return weight;
    });
}

/** The budget that applies to a page: the first whose pattern matches. */
export function budgetFor(page: string, budgets: readonly Budget[] = BUDGETS): Budget {
  return budgets.find((b) => b.match.test(page)) ?? budgets[budgets.length - 1]!;
}

/** Pages over their total budget, and pages shipping JavaScript they are not allowed. */
export function checkBudgets(weights: readonly PageWeight[], budgets: readonly Budget[] = BUDGETS): Problem[] {
  const problems: Problem[] = [];
  const n = (bytes: number) => bytes.toLocaleString('en-US');
  for (const w of weights) {
    const budget = budgetFor(w.page, budgets);
    if (w.total > budget.totalBytes)
      problems.push({
        check: 'page-weight',
        page: w.page,
        detail: `gzip 后共 ${n(w.total)} 字节，超出“${budget.name}”预算 ${n(budget.totalBytes)} 字节`,
      });
    const jsAllowed = budget.jsBytes + (w.hasChart ? CHART_JS_BYTES : 0);
    if (w.js > jsAllowed)
      problems.push({
        check: 'javascript',
        page: w.page,
        detail:
          jsAllowed === 0
            ? `本页不应包含 JavaScript，实际 ${n(w.js)} 字节`
            : `JavaScript ${n(w.js)} 字节，超出允许的 ${n(jsAllowed)} 字节`,
      });
  }
  return problems;
}
