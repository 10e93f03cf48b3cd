import type { SizeResult } from './size-result.ts';

const MB = 1024 * 1024;

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * The results as a plain-text table: one column per size, one row per figure, then the
 * marginal cost per 1,000 lines between consecutive sizes (flat = linear growth). Times are
 * the best of the runs; a load average above `cores` means others shared the CPU.
 */
export function formatTable(results: readonly SizeResult[], cores: number): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['ledger lines', (r) => thousands(r.lines)],
    ['periods × lines', (r) => `${r.periods} × ${thousands(r.linesPerPeriod)}`],
    ['data size (MB)', (r) => (r.dataBytes / MB).toFixed(1)],
    ['load+validate+aggregate (ms)', (r) => thousands(r.load.loadMs)],
    ['  lines per second', (r) => thousands(r.load.linesPerSecond)],
    ['  CPU time (ms)', (r) => thousands(r.load.loadCpuMs)],
    ['  read files (ms)', (r) => thousands(r.load.readMs)],
    ['pages built', (r) => `${r.dist.pages} (${r.dist.htmlPages} html)`],
    ['build wall time (s)', (r) => seconds(r.build.wallMs)],
    ['  CPU time (s)', (r) => seconds(r.build.cpuMs)],
    ['build peak RSS, tree (MB)', (r) => thousands(r.build.peakTreeRssBytes / MB)],
    ['  largest process (MB)', (r) => thousands(r.build.peakProcessRssBytes / MB)],
    ['dist/ size (MB)', (r) => (r.dist.totalBytes / MB).toFixed(1)],
    ['largest page (KB)', (r) => thousands(r.dist.largestPage.bytes / 1024)],
    ['  which', (r) => r.dist.largestPage.path],
    ['bare Astro, same pages (s)', (r) => seconds(r.bare.wallMs)],
    ['  CPU time (s)', (r) => seconds(r.bare.cpuMs)],
    ['  peak RSS, tree (MB)', (r) => thousands(r.bare.peakTreeRssBytes / MB)],
    ['build ÷ bare, wall time', (r) => r.ratio.toFixed(2)],
    ['build ÷ bare, CPU time', (r) => r.cpuRatio.toFixed(2)],
    ['load average (1 min)', (r) => r.loadAverage.map((x) => x.toFixed(1)).join(' → ')],
  ];
  const header = ['', ...results.map((r) => `${thousands(r.lines)} lines`)];
  const body = rows.map(([label, cell]) => [label, ...results.map(cell)]);
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const lines = table.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const perK = (ms: (r: SizeResult) => number) => ((ms(b) - ms(a)) / (b.lines - a.lines)) * 1000;
    lines.push(
      `${thousands(a.lines)} → ${thousands(b.lines)} lines: build +${perK((r) => r.build.wallMs).toFixed(2)} ms per 1,000 lines, ` +
        `of which above bare +${perK((r) => r.build.wallMs - r.bare.wallMs).toFixed(2)} ms; load +${perK((r) => r.load.loadMs).toFixed(2)} ms`,
    );
  }
  if (results.some((r) => Math.max(...r.loadAverage) > cores)) {
    lines.push(
      `Note: the load average exceeded ${cores} (the core count): other work shared the CPU and wall times are inflated; CPU times are steadier.`,
    );
  }
  return lines.join('\n');
}
