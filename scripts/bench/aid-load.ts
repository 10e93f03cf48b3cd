// The aid loader against its size: the demo data folder with aid.csv grown to N rows (the
// demo rows repeated with shifted recipients, so no row repeats), loaded with loadSite.
// Prints one line per size: rows, milliseconds, issues. Usage:
//   node scripts/bench/aid-load.ts [rows…]   (default 10000 77000 310000)
import { readDataDir } from '../../src/build/read-data-dir.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';

const DEMO = new URL('../../data/', import.meta.url).pathname;

/** aid.csv of `rows` rows built from the demo's rows, each recipient made unique by a suffix. */
export function grownAid(demo: string, rows: number): string {
  const [header, ...body] = demo.trimEnd().split(/\r?\n/);
  const out = [header!];
  for (let i = 0; out.length <= rows; i++) {
    const fields = body[i % body.length]!.split(',');
    fields[3] = `${fields[3]}${Math.floor(i / body.length)}`;
    out.push(fields.join(','));
  }
  return out.join('\n') + '\n';
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number);
  const base = readDataDir(DEMO);
  const demo = new TextDecoder().decode(base.get('aid.csv'));
  for (const rows of sizes.length ? sizes : [10_000, 77_000, 310_000]) {
    const files = new Map(base);
    files.set('aid.csv', new TextEncoder().encode(grownAid(demo, rows)));
    const t0 = performance.now();
    const result = loadSite(files, { buildDate: '2026-12-01' });
    const ms = performance.now() - t0;
    console.log(`${rows} rows: ${ms.toFixed(0)} ms, ${result.issues.length} issues`);
  }
}
