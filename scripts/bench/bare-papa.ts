// The floor of the load stage: the same CSV bytes of a data folder decoded (TextDecoder) and
// parsed by a bare Papa.parse that keeps its rows, nothing checked, in a fresh process like
// the load stage. Prints one JSON line (BarePapaResult).
// Usage: node scripts/bench/bare-papa.ts <data-dir>
import Papa from 'papaparse';
import { readDataDir } from '../../src/build/read-data-dir.ts';

/** Figures of one bare parse. Times in milliseconds. */
export interface BarePapaResult {
  /** CSV files parsed (every .csv of the folder). */
  files: number;
  bytes: number;
  /** Rows Papa returned, header rows included. */
  rows: number;
  parseMs: number;
  parseCpuMs: number;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/bench/bare-papa.ts <data-dir>');
  const files = [...readDataDir(dir)].filter(([path]) => path.endsWith('.csv')).map(([, bytes]) => bytes);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const kept: string[][][] = [];
  for (const bytes of files) {
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: false });
    kept.push(parsed.data);
  }
  const parseMs = performance.now() - t0;
  const { user, system } = process.cpuUsage(cpu);
  const result: BarePapaResult = {
    files: files.length,
    bytes: files.reduce((n, b) => n + b.length, 0),
    rows: kept.reduce((n, data) => n + data.length, 0),
    parseMs,
    parseCpuMs: (user + system) / 1000,
  };
  console.log(JSON.stringify(result));
}
