import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a measured child process cost. */
export interface ProcessCost {
  exitCode: number | null;
  /** Wall time from spawn to exit, in milliseconds (performance.now()). */
  wallMs: number;
  /**
   * Peak resident memory of the whole process tree, in bytes: the largest sum of VmRSS over
   * the process and its descendants seen while sampling every `sampleMs`.
   */
  peakTreeRssBytes: number;
  /** The largest VmHWM (a process's own exact peak RSS) of any process in the tree, in bytes. */
  peakProcessRssBytes: number;
  /**
   * CPU time (user + system) of the tree, in milliseconds, as last sampled before it exited
   * (so up to `sampleMs` short). Less sensitive than wall time to other load on the machine.
   */
  cpuMs: number;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User + system time of a process and of its children it has waited for, in ms. */
function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime, stime, cutime, cstime are fields 14–17.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The pid and its descendants, from the parent pid in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // gone already
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/**
 * Runs a command and measures its wall time and peak memory (Linux /proc; elsewhere the
 * memory figures are 0). Output is collected, and echoed when `echo` is set.
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number; echo?: boolean } = {},
): Promise<ProcessCost> {
  const { sampleMs = 50, echo = false } = options;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakTree = 0;
    let peakProcess = 0;
    let cpuMs = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      let rss = 0;
      let cpu = 0;
      for (const pid of processTree(child.pid)) {
        rss += statusKb(pid, 'VmRSS');
        cpu += cpuMsOf(pid);
        peakProcess = Math.max(peakProcess, statusKb(pid, 'VmHWM'));
      }
      peakTree = Math.max(peakTree, rss);
      cpuMs = Math.max(cpuMs, cpu);
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolvePromise({
        exitCode,
        wallMs: performance.now() - started,
        peakTreeRssBytes: peakTree * 1024,
        peakProcessRssBytes: peakProcess * 1024,
        cpuMs,
        output,
      });
    });
  });
}
