// The route cache of `npm run build` (issue 15): a staff rebuild after one changed amount
// renders only the pages whose view model changed and takes every other cached page over
// from the site published last, byte for byte.
//
// What is kept, in node_modules/.cache/union-site/routes/<digest of the target path>.json
// (a folder no build reads as input; `npm run build -- --clean` ignores it):
//   - the published site folder the entries describe (the target link's destination),
//   - the digest of the private values the privacy check searched that site for,
//   - for each file a cached route wrote: its key (src/build/route-cache.ts) and size.
// A file is taken over only when the published site is still that folder, the file is there
// with that size and time, and its key is this build's key, which covers the page's view model, the
// code, the options, the union's record and the dates. It is hard-linked into the new
// site (copied where links are refused): published sites are never written after publish.
//
// The privacy check skips a taken-over file only when the private values are the same as
// when that file was checked; otherwise every file is searched.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { RouteCache } from '../../src/build/route-cache.ts';

const VERSION = 1;

interface Manifest {
  version: number;
  /** The published site folder the entries describe (its real path). */
  site: string;
  /** SHA-256 of the private values the privacy check searched that site for. */
  privateDigest: string;
  files: Record<string, { key: string; size: number; mtimeMs: number }>;
}

/** The files of the project whose every byte a cached page may depend on (besides its data). */
function codeFiles(root: string): string[] {
  const below = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [];
  return [
    ...below(join(root, 'src')),
    ...below(join(root, 'public')),
    join(root, 'astro.config.mjs'),
    join(root, 'package.json'),
    join(root, 'package-lock.json'),
  ]
    .filter((f) => existsSync(f))
    .sort();
}

/**
 * SHA-256 of the code a page is rendered by: every file below src/ and public/, the Astro
 * configuration, package.json, the lock file and the Node version. Any edited byte gives
 * another digest, so no page rendered by other code is ever taken over.
 */
export function codeDigest(root: string): string {
  const hash = createHash('sha256').update(`${process.version}\0`);
  for (const file of codeFiles(root))
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

/** SHA-256 of a JSON value (the private values, the base key's parts). */
export function jsonDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Where the route cache of the target folder `target` is kept. */
export function manifestPath(root: string, target: string): string {
  const name = createHash('sha256').update(target).digest('hex').slice(0, 16);
  return join(root, 'node_modules/.cache/union-site/routes', `${name}.json`);
}

function readManifest(path: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    return manifest.version === VERSION && typeof manifest.site === 'string' && manifest.files ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The published site folder behind `target`, or undefined when nothing is published. */
function publishedFolder(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/** One build's use of the route cache: handed to the pages, then restored and saved by the build. */
export interface RouteCacheSession extends RouteCache {
  /** Files taken over from the published site (POSIX paths in the site). */
  reused(): string[];
  /** Files cached routes render in this build. */
  rendered(): string[];
  /** Links (or copies) the taken-over files into `staging`; throws when one has gone. */
  restore(staging: string): void;
  /**
   * Whether the privacy check may skip the taken-over file `file`: the private values are the
   * same as when the published site was checked.
   */
  scannedBefore(file: string, privateDigest: string): boolean;
  /** After publishing `staging` as `target`: records this build's files for the next build. */
  save(target: string, privateDigest: string): void;
}

/**
 * Opens the route cache of `target` for one build. `clean` (npm run build -- --clean) reads
 * nothing from it, so every page is rendered; the cache is still written for the next build.
 */
export function openRouteCache(options: {
  root: string;
  target: string;
  baseKey: string;
  clean: boolean;
}): RouteCacheSession {
  const path = manifestPath(options.root, options.target);
  const site = publishedFolder(options.target);
  const previous = options.clean ? undefined : readManifest(path);
  const usable = previous && site && previous.site === site ? previous : undefined;
  const entries = new Map<string, { key: string; reused: boolean }>();
  return {
    baseKey: options.baseKey,
    canReuse(file, key) {
      const entry = usable?.files[file];
      if (!usable || !entry || entry.key !== key) return false;
      try {
        const stat = statSync(join(usable.site, file));
        return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
      } catch {
        return false;
      }
    },
    record(file, key, reused) {
      entries.set(file, { key, reused });
    },
    reused: () => [...entries].filter(([, e]) => e.reused).map(([f]) => f),
    rendered: () => [...entries].filter(([, e]) => !e.reused).map(([f]) => f),
    restore(staging) {
      for (const [file, entry] of entries) {
        if (!entry.reused) continue;
        const from = join(usable!.site, file);
        const to = join(staging, file);
        if (existsSync(to)) throw new Error(`缓存的页面 ${file} 又被生成了一次`);
        mkdirSync(dirname(to), { recursive: true });
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      }
    },
    scannedBefore(file, privateDigest) {
      return usable !== undefined && usable.privateDigest === privateDigest && entries.get(file)?.reused === true;
    },
    save(target, privateDigest) {
      const folder = publishedFolder(target);
      if (!folder) return;
      const files: Manifest['files'] = {};
      for (const [file, entry] of entries) {
        try {
          const stat = statSync(join(folder, file));
          files[file] = { key: entry.key, size: stat.size, mtimeMs: stat.mtimeMs };
        } catch {
          // Not written (a route with no output): nothing to take over next time.
        }
      }
      const manifest: Manifest = { version: VERSION, site: folder, privateDigest, files };
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(manifest));
      renameSync(partial, path);
    },
  };
}
