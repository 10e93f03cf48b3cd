import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's self time in a V8 CPU profile. */
export interface SelfTime {
  /** "name file:line" (file relative to the working directory, node_modules shortened). */
  function: string;
  ms: number;
  /** Share of all sampled time, in percent with one decimal. */
  percent: number;
}

function place(url: string, line: number): string {
  if (url === '') return '';
  const path = url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url;
  return ` ${path.replace(/^.*node_modules\//, '')}:${line + 1}`;
}

/**
 * The functions with the most self time in a `.cpuprofile` written by `node --cpu-prof`,
 * highest first. Samples are attributed to the function on top of the stack.
 */
export function topSelfTime(file: string, count = 15): SelfTime[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'}${place(frame.url, frame.lineNumber)}`;
    const us = profile.timeDeltas[i] ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, us]) => ({ function: fn, ms: Math.round(us / 1000), percent: Math.round((us / all) * 1000) / 10 }));
}

/** Where a sampled function lives: our code, the rendered pages, a package, Node itself, or V8. */
function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/.prerender/')) return 'pages and components (built chunks)';
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/src/lib/')) return 'src/lib';
  if (url.includes('/src/')) return 'src (other)';
  if (url.includes('/scripts/')) return 'scripts';
  return url;
}

/** Self time summed by area (see areaOf), highest first. */
export function selfTimeByArea(file: string, count = 12): SelfTime[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const key = areaOf(byId.get(id)!.callFrame);
    const us = profile.timeDeltas[i] ?? 0;
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  });
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([area, us]) => ({ function: area, ms: Math.round(us / 1000), percent: Math.round((us / all) * 1000) / 10 }));
}

// Run directly: node scripts/bench/cpu-profile.ts <file.cpuprofile> [count]
if (import.meta.main) {
  const [file, count] = process.argv.slice(2);
  if (!file) throw new Error('usage: node scripts/bench/cpu-profile.ts <file.cpuprofile> [count]');
  const print = (rows: SelfTime[]) => {
    for (const row of rows)
      console.log(`${String(row.ms).padStart(7)} ms ${row.percent.toFixed(1).padStart(5)}%  ${row.function}`);
  };
  console.log('By area:');
  print(selfTimeByArea(file));
  console.log('By function:');
  print(topSelfTime(file, Number(count ?? 15)));
}
