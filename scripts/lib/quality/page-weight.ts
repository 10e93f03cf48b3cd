// What each page of a build costs to load, from the files in dist/: the HTML plus the
// stylesheets, scripts, images and fonts it links to (followed through CSS url()/@import
// and static JS imports), each gzipped at level 9. Bytes, not seconds: deterministic.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, CHART_JS_BYTES, ON_DEMAND_BYTES, READER_SETTINGS_JS_BYTES, type Budget } from './budgets.ts';
import { listFiles, pagePath } from './dist-files.ts';
import type { Problem } from './problem.ts';
import {
  cssReferences,
  dynamicImports,
  htmlReferences,
  inlineScripts,
  jsReferences,
  readerSettingsScript,
} from './references.ts';

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
  /** Loaded only when the reader asks (dynamic `import()`), not part of `total`. */
  onDemand: number;
  /** The reader-settings script (大字), gzipped; part of `total`, not of `js`. */
  settingsJs: number;
  /** The page shows a chart (`<figure class="chart">`). */
  hasChart: boolean;
  /** Files loaded with the page, as paths in dist/. */
  files: string[];
  /** Files loaded on demand. */
  onDemandFiles: string[];
}

type Kind = 'css' | 'js' | 'images' | 'fonts' | 'other';

const KIND: Record<string, Exclude<Kind, 'other'>> = {
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
  /** Adds the files reached from `start` (not yet in `seen`) to `sizes`; returns their dynamic imports. */
  const follow = (start: (string | undefined)[], seen: Set<string>, sizes: Record<Kind, number>): string[] => {
    const pending = [...start];
    const later: string[] = [];
    while (pending.length) {
      const file = pending.shift();
      if (!file || seen.has(file)) continue;
      seen.add(file);
      const bytes = readFileSync(join(root, file));
      const kind = KIND[extname(file).toLowerCase()] ?? 'other';
      sizes[kind] += gz(bytes);
      const text = kind === 'css' || kind === 'js' ? bytes.toString('utf8') : '';
      if (kind === 'css') pending.push(...cssReferences(text).map((ref) => toFile(ref, file)));
      if (kind === 'js') pending.push(...jsReferences(text).map((ref) => toFile(ref, file)));
      if (kind === 'js') later.push(...dynamicImports(text).flatMap((ref) => toFile(ref, file) ?? []));
    }
    return later;
  };
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const sizes: Record<Kind, number> = { css: 0, js: 0, images: 0, fonts: 0, other: 0 };
      const inline = inlineScripts(html);
      if (inline.trim()) sizes.js += gz(inline);
      const settings = readerSettingsScript(html);
      const settingsJs = settings.trim() ? gz(settings) : 0;
      const refs = [...htmlReferences(html), ...jsReferences(inline)].map((ref) => toFile(ref, file));
      const seen = new Set<string>();
      const dynamic = follow(refs, seen, sizes);
      const eager = [...seen].sort();
      const lazy: Record<Kind, number> = { css: 0, js: 0, images: 0, fonts: 0, other: 0 };
      const inlineDynamic = dynamicImports(inline).map((ref) => toFile(ref, file));
      for (let next = [...dynamic, ...inlineDynamic]; next.length;) next = follow(next, seen, lazy);
      const total = gz(html) + settingsJs + sizes.css + sizes.js + sizes.images + sizes.fonts + sizes.other;
      return {
        page: pagePath(file),
        html: gz(html),
        ...sizes,
        total,
        onDemand: lazy.css + lazy.js + lazy.images + lazy.fonts + lazy.other,
        settingsJs,
        hasChart: /<figure\b[^>]*\bclass="[^"]*\bchart\b/.test(html),
        files: eager,
        onDemandFiles: [...seen].filter((f) => !eager.includes(f)).sort(),
      };
    });
}

/** The budget that applies to a page: the first whose pattern matches. */
export function budgetFor(page: string, budgets: readonly Budget[] = BUDGETS): Budget {
  return budgets.find((b) => b.match.test(page)) ?? budgets[budgets.length - 1]!;
}

/** Pages over their total budget or the on-demand cap, and pages shipping JavaScript they are not allowed. */
export function checkBudgets(
  weights: readonly PageWeight[],
  budgets: readonly Budget[] = BUDGETS,
  onDemandBytes = ON_DEMAND_BYTES,
): Problem[] {
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
    if (w.settingsJs > READER_SETTINGS_JS_BYTES)
      problems.push({
        check: 'javascript',
        page: w.page,
        detail: `阅读设置脚本 ${n(w.settingsJs)} 字节，超出允许的 ${n(READER_SETTINGS_JS_BYTES)} 字节`,
      });
    if (w.onDemand > onDemandBytes)
      problems.push({
        check: 'page-weight',
        page: w.page,
        detail: `按需加载的文件 gzip 后共 ${n(w.onDemand)} 字节，超出预算 ${n(onDemandBytes)} 字节`,
      });
  }
  return problems;
}
