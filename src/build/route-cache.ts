import { createHash } from 'node:crypto';
import { routeOutputFile } from '../lib/routes/route-output-file.ts';
import { pageStamp, stampUnion } from './page-stamp.ts';
import { CACHED_PAGES, STAMP_PROP, type CachedPage, type CachedRoute, type PagePath } from './cached-pages.ts';
import { buildContext } from './context.ts';

/**
 * What a build remembers of the routes of the site it published last: for each file a cached
 * route wrote, the key it was rendered under. scripts/lib/route-cache-store.ts reads and
 * writes it; pages only see the RouteCache below.
 */
export interface RouteCache {
  /**
   * Everything a cached page shows that is not its view model, as one SHA-256 (64 hex
   * digits): the code (every source file, the Astro configuration, the lock file, the Node
   * version), the build options, the union's record (name, contact block), the build date
   * and 数据截至, and whether the site is a federation's.
   */
  baseKey: string;
  /**
   * Whether the file `file` (POSIX path in the site) of the published site was rendered
   * under `key` and is still there unchanged, so it can be taken over instead of rendered.
   */
  canReuse(file: string, key: string): boolean;
  /** Called for each cached file of this build: `reused` true when it is taken over. */
  record(file: string, key: string, reused: boolean): void;
}

const SLOT = Symbol.for('union-site.route-cache');
type Slot = Record<symbol, RouteCache | undefined>;

/** Hands the route cache of this build to the pages (scripts/build.ts; absent under astro dev and tests). */
export function provideRouteCache(cache: RouteCache | undefined): void {
  (globalThis as unknown as Slot)[SLOT] = cache;
}

/**
 * The key of one rendered file: SHA-256 over the base key, the route, its parameters and
 * the page's data digest (the digest its footer prints, page-stamp.ts). Equal keys mean the
 * same bytes: the page shows nothing but its view model and what the base key covers.
 */
export function routeKey(baseKey: string, route: string, params: unknown, dataDigest: string): string {
  return createHash('sha256')
    .update(JSON.stringify([baseKey, route, params, dataDigest]))
    .digest('hex');
}

/**
 * getStaticPaths of a cached page (src/build/cached-pages.ts): the paths that must be
 * rendered in this build. Every path when there is no route cache (astro dev, tests); else
 * those whose file in the published site was rendered from another view model, code, union
 * record, date or option. The others are taken over from the published site after Astro has
 * run (scripts/lib/route-cache-store.ts).
 *
 * The view model of each path is computed here to be digested and then dropped; the page
 * computes it again (pageView) when it renders, so no view model is held for long.
 */
export function pathsToRender(route: CachedRoute): PagePath<unknown>[] {
  const entry = CACHED_PAGES[route] as unknown as CachedPage<unknown>;
  const paths = entry.paths();
  const cache = (globalThis as unknown as Slot)[SLOT];
  if (!cache) return paths;
  const { site, stamp } = buildContext();
  const render: PagePath<unknown>[] = [];
  for (const path of paths) {
    const file = routeOutputFile(route, path.params);
    const { digest } = pageStamp(stamp, entry.view(path), stampUnion(site.union));
    const key = routeKey(cache.baseKey, route, path.params, digest);
    const reused = cache.canReuse(file, key);
    cache.record(file, key, reused);
    // The digest goes with the path, so the footer stamp need not digest the view model again.
    if (!reused) render.push({ ...path, props: { ...(path.props as object | undefined), [STAMP_PROP]: digest } });
  }
  return render;
}
