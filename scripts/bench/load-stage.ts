// The load stage alone, in a fresh process as in a real build: read the data folder, then
// load + validate + aggregate it with loadSite. Prints one JSON line (LoadStageResult).
// Usage: node scripts/bench/load-stage.ts <data-dir>
import { readDataDir } from '../../src/build/read-data-dir.ts';
import { loadSite } from '../../src/lib/site/load-site.ts';
import { readWorkbooks } from '../../src/build/read-workbooks.ts';

/** Figures of one load-stage run. Times in milliseconds. */
export interface LoadStageResult {
  readMs: number;
  loadMs: number;
  /** CPU time (user + system) of loadSite, including V8's helper threads. */
  loadCpuMs: number;
  /** Ledger lines loaded (sum of the periods' line counts). */
  lines: number;
  issues: number;
  heapUsedBytes: number;
  rssBytes: number;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/bench/load-stage.ts <data-dir>');
  const t0 = performance.now();
  const files = readDataDir(dir);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const result = loadSite(files, { workbooks: readWorkbooks(files) });
  const t2 = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  const figures: LoadStageResult = {
    readMs: t1 - t0,
    loadMs: t2 - t1,
    loadCpuMs: (user + system) / 1000,
    lines: result.site?.periods.reduce((sum, p) => sum + p.statement.lineCount, 0) ?? 0,
    issues: result.issues.length,
    heapUsedBytes: memory.heapUsed,
    rssBytes: memory.rss,
  };
  console.log(JSON.stringify(figures));
}
