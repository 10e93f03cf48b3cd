import { dirname, isAbsolute, resolve } from 'node:path';
import type { UnitEntry } from '../../src/lib/federation/units-table.ts';
import { href } from '../../src/lib/routes/routes.ts';

/** One unit site to build on this machine: where its project is, where its site goes, under which path it is served. */
export interface UnitBuild {
  unit: UnitEntry;
  /** The unit's project folder (its data/ and content/), absolute. */
  project: string;
  /** The folder its site is built into: two levels above its datapackage.json, absolute. */
  dist: string;
  /** The unit's 网址 when it is relative to the federation's site (its site is copied there). */
  site?: string;
  /** The base path the unit's site is built for ("/gonghui/units/a/"). */
  basePath: string;
}

/** "I/N" → the 0-based index and the count, or undefined when the text is not such a shard. */
function parseShard(text: string): { index: number; count: number } | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count ? { index: index - 1, count } : undefined;
}

/**
 * The unit sites a federation builds on one machine: every unit of units.csv with a
 * 项目文件夹 (relative to the data folder `root`), in units.csv order, or with `shard` "I/N"
 * only every N-th starting at the I-th (1-based, for CI matrix jobs: the shards together are
 * all units, each once). A unit's site goes where its 数据包 path points (<site>/data/
 * datapackage.json), so the federation build finds the package without a copy. A relative
 * 网址 is served below the federation's base path; an absolute one under its own path.
 */
export function unitBuilds(
  units: readonly UnitEntry[],
  root: string,
  base: string,
  shard?: string,
): UnitBuild[] | { error: string } {
  const part = shard === undefined ? { index: 0, count: 1 } : parseShard(shard);
  if (!part) return { error: `--shard 应为“第几份/共几份”，如 2/4，实际为“${shard}”` };
  const withProject = units.filter((u) => u.project !== undefined);
  return withProject
    .filter((_, i) => i % part.count === part.index)
    .map((unit) => {
      const site = unit.site !== undefined && !/^https?:\/\//.test(unit.site) ? unit.site : undefined;
      const basePath =
        site !== undefined ? href(base, site) : unit.site !== undefined ? new URL(unit.site).pathname : '/';
      return {
        unit,
        project: isAbsolute(unit.project!) ? unit.project! : resolve(root, unit.project!),
        dist: resolve(root, dirname(dirname(unit.packagePath))),
        ...(site !== undefined ? { site } : {}),
        basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
      };
    });
}
