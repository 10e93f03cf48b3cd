import { createHash } from 'node:crypto';
import type { DataStamp } from '../lib/model/data-stamp.ts';

/**
 * Where a view model carries its page-stamp digest when it is already known (cached-pages.ts:
 * pathsToRender digests every view model of a cached page to key the route cache, and
 * pageView attaches that digest to the view model it makes again for rendering, so the page's
 * JSON is not serialised and hashed a second time: 1.1 s of a 100,000-line build). A symbol
 * key: JSON.stringify never sees it. Only for a digest of this very view model under this
 * union; view models are pure functions of the checked data, so both computations agree
 * (test/build/route-cache.test.ts checks the printed digests against fresh ones).
 */
export const DATA_DIGEST = Symbol('union-site.data-digest');

type Digested = { [DATA_DIGEST]?: string };

/** `data` with its known page-stamp digest attached (not enumerable, invisible to JSON). */
export function withDataDigest<T>(data: T, digest: string | undefined): T {
  if (digest !== undefined && typeof data === 'object' && data !== null) {
    Object.defineProperty(data, DATA_DIGEST, { value: digest, enumerable: false });
  }
  return data;
}

/** What a page's footer prints: the build's date and the digest of the data the page shows. */
export interface PageStamp {
  /** The build date (ISO "YYYY-MM-DD"), printed as 生成日期. */
  date: string;
  /** 数据截至: the latest date of the data (the build's, see dataUntil), when it holds one. */
  dataUntil?: string;
  /** SHA-256, 64 lowercase hex digits. */
  digest: string;
  /** Its first 12 hex digits, as printed. */
  short: string;
  /** 'page': over the figures and texts of this page; 'site': over every data file. */
  scope: 'page' | 'site';
}

/**
 * The stamp of a page built from `data` (its view model: plain JSON data, as the golden
 * tests check) under the union's name: SHA-256 of their JSON. It changes exactly when
 * something the page prints from the data changes, so one changed amount changes the
 * stamp of the pages that show it and of no other. Without `data`, the site-wide stamp
 * (every data file) is kept, as on the home and audit pages.
 */
export function pageStamp(site: DataStamp, data: unknown, union: unknown): PageStamp {
  const dates = { date: site.date, ...(site.dataUntil ? { dataUntil: site.dataUntil } : {}) };
  if (data === undefined) return { ...dates, digest: site.digest, short: site.short, scope: 'site' };
  const known = typeof data === 'object' && data !== null ? (data as Digested)[DATA_DIGEST] : undefined;
  const digest = known ?? createHash('sha256').update(JSON.stringify({ union, data })).digest('hex');
  return { ...dates, digest, short: digest.slice(0, 12), scope: 'page' };
}

/** What of the union's record a page stamp digests: its names (printed in every page's header and footer). */
export function stampUnion(union: { name: string; shortName: string; parent?: string }): unknown {
  return { name: union.name, shortName: union.shortName, parent: union.parent };
}
