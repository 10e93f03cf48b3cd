import type { PeerResult, SizeResult } from './size-result.ts';

const MB = 1024 * 1024;

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * The results as a plain-text table: one column per size, one row per figure, then the
 * marginal cost per 1,000 lines between consecutive sizes (the same figure at each step
 * means linear growth). Times are the best of the runs; a load average above `cores`
 * means others shared the CPU.
 */
export function formatTable(results: readonly SizeResult[], cores: number): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ['ledger lines', (r) => thousands(r.lines)],
    ['periods × lines', (r) => `${r.periods} × ${thousands(r.linesPerPeriod)}`],
    ['activities (K) / reports (R)', (r) => `${thousands(r.activities)} / ${r.reports}`],
    ['data size (MB)', (r) => (r.dataBytes / MB).toFixed(1)],
    ['load+validate+aggregate (ms)', (r) => thousands(r.load.loadMs)],
    ['  lines per second', (r) => thousands(r.load.linesPerSecond)],
    ['  CPU time (ms)', (r) => thousands(r.load.loadCpuMs)],
    ['  read files (ms)', (r) => thousands(r.load.readMs)],
    ['bare Papa.parse, same bytes (ms)', (r) => thousands(r.papa.parseMs)],
    ['  lines per second', (r) => thousands((r.lines / r.papa.parseMs) * 1000)],
    ['load ÷ bare Papa, wall time', (r) => r.papaRatio.toFixed(2)],
    ['load ÷ bare Papa, CPU time', (r) => r.papaCpuRatio.toFixed(2)],
    ['routes built', (r) => `${r.dist.pages} (${r.dist.htmlPages} html)`],
    ['build wall time (s)', (r) => seconds(r.build.wallMs)],
    ['  CPU time (s)', (r) => seconds(r.build.cpuMs)],
    ['build peak RSS, tree (MB)', (r) => thousands(r.build.peakTreeRssBytes / MB)],
    ['  largest process (MB)', (r) => thousands(r.build.peakProcessRssBytes / MB)],
    ['dist/ size (MB)', (r) => (r.dist.totalBytes / MB).toFixed(1)],
    ['largest page (KB)', (r) => thousands(r.dist.largestPage.bytes / 1024)],
    ['  which', (r) => r.dist.largestPage.path],
    ['bare Astro, same routes (s)', (r) => seconds(r.bare.wallMs)],
    ['  CPU time (s)', (r) => seconds(r.bare.cpuMs)],
    ['  peak RSS, tree (MB)', (r) => thousands(r.bare.peakTreeRssBytes / MB)],
    ['build ÷ bare, wall time', (r) => r.ratio.toFixed(2)],
    ['build ÷ bare, CPU time', (r) => r.cpuRatio.toFixed(2)],
    ['rebuild after one amount (s)', (r) => seconds(r.rebuild.wallMs)],
    ['  ÷ full build, wall / CPU', (r) => `${r.rebuildRatio.toFixed(2)} / ${r.rebuildCpuRatio.toFixed(2)}`],
    ['  routes that differ', (r) => `${r.rebuild.changes.routesChanged} of ${r.rebuild.changes.routes}`],
    ['  files that differ', (r) => `${r.rebuild.changes.filesChanged} of ${r.rebuild.changes.files}`],
    ['  floor: bare Astro, changed routes (s)', (r) => seconds(r.rebuild.floorWallMs)],
    ['npm run check (s)', (r) => seconds(r.check.wallMs)],
    ['load average (1 min)', (r) => r.loadAverage.map((x) => x.toFixed(1)).join(' → ')],
  ];
  if (results.some((r) => r.peer)) rows.push(...peerRows());
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
    const f = (x: number) => x.toFixed(2);
    lines.push(
      `${thousands(a.lines)} → ${thousands(b.lines)} lines, per 1,000 more lines: ` +
        `build +${f(perK((r) => r.build.wallMs))} ms wall / +${f(perK((r) => r.build.cpuMs))} ms CPU, ` +
        `above bare +${f(perK((r) => r.build.wallMs - r.bare.wallMs))} ms wall / +${f(perK((r) => r.build.cpuMs - r.bare.cpuMs))} ms CPU, ` +
        `load stage +${f(perK((r) => r.load.loadMs))} ms wall / +${f(perK((r) => r.load.loadCpuMs))} ms CPU`,
    );
  }
  if (results.some((r) => Math.max(...r.loadAverage) > cores)) {
    lines.push(
      `Note: the load average exceeded ${cores} (the core count): other work shared the CPU and wall times are inflated; CPU times are steadier.`,
    );
  }
  return lines.join('\n');
}

/** The table rows of the peer comparison (--peer observable); a skipped peer shows why in its first row. */
function peerRows(): [string, (r: SizeResult) => string][] {
  const built = (cell: (p: Extract<PeerResult, { pages: number }>) => string) => (r: SizeResult) =>
    r.peer && !('skipped' in r.peer) ? cell(r.peer) : '—';
  return [
    [
      'Observable Framework, same data (s)',
      (r) => (!r.peer ? '—' : 'skipped' in r.peer ? 'skipped' : seconds(r.peer.build.wallMs)),
    ],
    ['  version / pages built', built((p) => `${p.version} / ${p.pages}`)],
    ['  CPU time (s)', built((p) => seconds(p.build.cpuMs))],
    ['  peak RSS, tree (MB)', built((p) => thousands(p.build.peakTreeRssBytes / MB))],
    ['  dist/ size (MB)', built((p) => (p.distBytes / MB).toFixed(1))],
    [
      '  ÷ our full build, wall / CPU / RSS',
      built((p) => `${p.wallRatio.toFixed(2)} / ${p.cpuRatio.toFixed(2)} / ${p.rssRatio.toFixed(2)}`),
    ],
  ];
}

/**
 * The targets of the speed issue, checked against the sizes measured (a target whose size
 * was not measured is left out): load rate and the ratio to a bare Papa.parse at 1M lines,
 * peak memory at 1M lines, build ÷ bare Astro at 100k lines.
 */
export function formatTargets(results: readonly SizeResult[], demoCheck?: { wallMs: number }): string {
  const at = (lines: number) => results.find((r) => r.lines === lines);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const out: string[] = [];
  const million = at(1_000_000);
  if (million) {
    const cpuRate = (million.load.lines / million.load.loadCpuMs) * 1000;
    out.push(
      `load+validate+aggregate ≥ 1,000,000 lines/s at 1,000,000 lines: ${thousands(million.load.linesPerSecond)} (wall), ` +
        `${thousands(cpuRate)} (CPU time) — ${verdict(million.load.linesPerSecond >= 1_000_000)}`,
    );
    out.push(
      `load ÷ bare Papa.parse ≤ 1.0 at 1,000,000 lines: ${million.papaRatio.toFixed(2)} (wall), ${million.papaCpuRatio.toFixed(2)} (CPU time) — ${verdict(million.papaRatio <= 1)}`,
    );
    const peakMb = million.build.peakTreeRssBytes / MB;
    out.push(`peak RSS < 1,024 MB at 1,000,000 lines: ${thousands(peakMb)} MB — ${verdict(peakMb < 1024)}`);
    out.push(
      `npm run check < 2 s at 1,000,000 lines: ${seconds(million.check.wallMs)} s — ${verdict(million.check.wallMs < 2000)}`,
    );
  }
  const hundredK = at(100_000);
  if (hundredK) {
    out.push(
      `build ≤ 1.5 × bare Astro at 100,000 lines: ${hundredK.ratio.toFixed(2)} (wall), ${hundredK.cpuRatio.toFixed(2)} (CPU time) — ${verdict(hundredK.ratio <= 1.5)}`,
    );
    out.push(
      `rebuild after one amount ≤ 0.4 × full build at 100,000 lines: ${hundredK.rebuildRatio.toFixed(2)} (wall), ${hundredK.rebuildCpuRatio.toFixed(2)} (CPU time); ` +
        `${hundredK.rebuild.changes.routesChanged} of ${hundredK.rebuild.changes.routes} routes differ; a bare Astro build of that many routes takes ` +
        `${(hundredK.rebuild.floorWallMs / hundredK.build.wallMs).toFixed(2)} × the full build — ${verdict(hundredK.rebuildRatio <= 0.4)}`,
    );
  }

  if (demoCheck) {
    out.push(`npm run check on the demo < 0.5 s: ${seconds(demoCheck.wallMs)} s — ${verdict(demoCheck.wallMs < 500)}`);
  }
  return out.length ? ['Targets:', ...out.map((line) => `  ${line}`)].join('\n') : '';
}
