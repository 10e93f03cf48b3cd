import type { SelfTime } from './cpu-profile.ts';
import type { DistStats } from './dist-stats.ts';
import type { LoadStageResult } from './load-stage.ts';
import type { BarePapaResult } from './bare-papa.ts';
import type { OutputChanges } from './output-changes.ts';
import type { ProcessCost } from './measure-process.ts';

/** A build measured `runs` times: the fastest wall and CPU times, the largest memory peaks. */
export type BuildCost = Omit<ProcessCost, 'output' | 'exitCode'> & { runs: number };

/**
 * Observable Framework building the same data set's statements and ledgers
 * (scripts/bench/observable-peer.ts), measured in the same runs as our build; or why it was
 * skipped (the install failed: offline, registry unreachable).
 */
export type PeerResult =
  | {
      name: 'Observable Framework';
      version: string;
      /** HTML pages it built: the index, a statement and a ledger per period. */
      pages: number;
      build: BuildCost;
      /** Bytes of its dist/ folder. */
      distBytes: number;
      /** Its wall time ÷ our full build's (fastest of the runs each). */
      wallRatio: number;
      /** The same ratio of CPU times. */
      cpuRatio: number;
      /** Its peak RSS of the process tree ÷ ours. */
      rssRatio: number;
    }
  | { name: 'Observable Framework'; version: string; skipped: string };

/** Figures of one size. Times in milliseconds, sizes in bytes. */
export interface SizeResult {
  lines: number;
  periods: number;
  linesPerPeriod: number;
  /** K: activities in activities.csv. */
  activities: number;
  /** R: work reports in the content folder. */
  reports: number;
  /** Bytes of the data folder and the reports together. */
  dataBytes: number;
  /** The fastest run of the load stage (wall time). */
  load: LoadStageResult & { linesPerSecond: number; runs: number };
  /** The fastest bare Papa.parse of the same CSV bytes (decode + parse, rows kept), measured in the same run. */
  papa: BarePapaResult & { runs: number };
  /** The load stage's wall time ÷ the bare parse's (≤ 1 means at least as fast as a bare parse). */
  papaRatio: number;
  /** The same ratio of CPU times. */
  papaCpuRatio: number;
  build: BuildCost;
  dist: DistStats;
  /** A bare Astro project emitting `pages` empty pages, measured in the same run. */
  bare: BuildCost & { pages: number };
  /**
   * `npm run build` again after one amount of the last period changed (with its 支出合计 and
   * 期末结余), into the published folder, as staff rebuild; which outputs differ; and the floor:
   * a bare Astro build of as many routes as changed.
   */
  rebuild: BuildCost & { changes: OutputChanges; floorWallMs: number; floorCpuMs: number };
  /** The rebuild's wall time ÷ the full build's. */
  rebuildRatio: number;
  /** The same ratio of CPU times. */
  rebuildCpuRatio: number;
  /** `npm run check` (wall time, fastest of the runs). */
  check: { wallMs: number; cpuMs: number };
  /** Our build's wall time ÷ the bare build's. */
  ratio: number;
  /** The same ratio of CPU times. */
  cpuRatio: number;
  /** Load averages (1 minute) at the start and end of this size: above the core count, figures are noisy. */
  loadAverage: [number, number];
  /** With --peer observable: the peer's build of the same data, or why it was skipped. */
  peer?: PeerResult;
  /** With --profile, for the largest size: self time by area and by function, of the load stage and of the build. */
  profiles?: Partial<Record<'load' | 'build', { byArea: SelfTime[]; byFunction: SelfTime[] }>>;
}
