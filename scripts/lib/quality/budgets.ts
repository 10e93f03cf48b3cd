/**
 * Page-weight budgets, in bytes after gzip -9, per page: the HTML plus every stylesheet,
 * script, image and font it links to (see docs/architecture.md, "Quality gate"). The first
 * budget whose `match` fits the page path applies. Pages ship no JavaScript unless their
 * budget allows it (`jsBytes`), or they show a chart (`<figure class="chart">`), which may
 * add CHART_JS_BYTES for interaction on top of its build-time SVG.
 */
export interface Budget {
  /** Name used in reports. */
  name: string;
  /** Page paths relative to the base ("" = home, "funds/2024/"). */
  match: RegExp;
  /** Whole page, gzipped, in bytes. */
  totalBytes: number;
  /** JavaScript allowed on the page, gzipped, in bytes (0 = none). */
  jsBytes: number;
}

/** The reader-settings script (remembers 大字) any page may carry, gzipped bytes. */
export const READER_SETTINGS_JS_BYTES = 400;

/** JavaScript a page with a chart may add for interaction (tooltips, toggles), gzipped bytes. */
export const CHART_JS_BYTES = 20_000;

/**
 * What a page may load only when the reader asks (dynamic `import()`, e.g. chart.js after a
 * click on 交互图表), gzipped bytes, on top of its budget. Search indexes fetched by Pagefind
 * at run time are not visible to this count.
 */
export const ON_DEMAND_BYTES = 80_000;

export const BUDGETS: readonly Budget[] = [
  // 明细账 pages hold up to 1,000 entries each (ledger/, ledger/2/, …), ≈ 40 bytes an entry after gzip;
  // their only script sorts the columns (src/scripts/ledger-sort.ts, under 1 KB gzipped).
  { name: '明细账', match: /^funds\/[^/]+\/ledger\/(\d+\/)?$/, totalBytes: 100_000, jsBytes: 2_000 },
  // Full-text search runs in the browser (Pagefind); its index is fetched on demand and not counted.
  { name: '搜索', match: /^search\/$/, totalBytes: 100_000, jsBytes: 60_000 },
  // The proposals page filters its list in place (public/scripts/proposal-filter.js, under 1 kB gzipped).
  { name: '提案', match: /^democracy\/proposals\/$/, totalBytes: 50_000, jsBytes: 2_000 },
  // Everything else, statements with charts and reports included.
  { name: '页面', match: /.*/, totalBytes: 50_000, jsBytes: 0 },
];
