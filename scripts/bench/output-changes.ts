import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './dist-stats.ts';

export { isRoute } from './dist-stats.ts';

/** How two builds of the site differ, file by file. */
export interface OutputChanges {
  /** Files written by routes, in the later build. */
  routes: number;
  /** Of those, new or with other bytes than in the earlier build. */
  routesChanged: number;
  /** Every file of the later build (assets and the search index included), and how many are new or changed. */
  files: number;
  filesChanged: number;
  /** The first changed routes, for the log. */
  examples: string[];
}

/** SHA-256 of every file below `dir`, by relative path. */
export function fileDigests(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    ]),
  );
}

/** Which files of `after` are new or differ from `before`. */
export function outputChanges(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  isRouteFile: (path: string) => boolean,
): OutputChanges {
  const changed = [...after].filter(([path, digest]) => before.get(path) !== digest).map(([path]) => path);
  const routes = [...after.keys()].filter(isRouteFile);
  const changedRoutes = changed.filter(isRouteFile);
  return {
    routes: routes.length,
    routesChanged: changedRoutes.length,
    files: after.size,
    filesChanged: changed.length,
    examples: changedRoutes.slice(0, 30),
  };
}
