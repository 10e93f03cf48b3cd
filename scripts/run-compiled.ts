// node scripts/run-compiled.ts <check|build> [args…]: runs scripts/<name>.ts from one bundled
// JavaScript file instead of the few hundred TypeScript modules it imports. Node strips the
// types of every module at every run (the demo's `npm run check` spent half its CPU time
// loading and stripping modules); the bundle is made once per version of the sources and kept
// in node_modules/.cache/union-site/ (a folder no build reads as input), keyed on the SHA-256
// of every source file, package-lock.json and the Node version, so a changed file is always
// bundled anew and a stale bundle is never run. Packages stay outside the bundle. If esbuild
// is missing or fails, the TypeScript entry runs as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import module from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRIES = new Set(['check', 'build']);

/** Every source file below `dir` (sorted, so the key does not depend on the file system's order). */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|mts|js|mjs|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The key of this version of the sources below `root`: any changed byte of a source makes a new bundle. */
export function sourceKey(root: string): string {
  const hash = createHash('sha256').update(process.version);
  for (const path of [
    ...sourceFiles(join(root, 'src')),
    ...sourceFiles(join(root, 'scripts')),
    join(root, 'package-lock.json'),
  ]) {
    hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** The bundle of scripts/<name>.ts for the current sources, made when missing; undefined when it cannot be made. */
export async function bundle(root: string, name: string): Promise<string | undefined> {
  const dir = join(root, 'node_modules/.cache/union-site', sourceKey(root));
  const file = join(dir, `${name}.mjs`);
  if (existsSync(file)) return file;
  try {
    const { build } = await import('esbuild');
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [join(root, 'scripts', `${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      outfile: partial,
      logLevel: 'silent',
      // scripts/build.ts finds the repository from its own folder.
      define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts')) },
    });
    renameSync(partial, file);
    return file;
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  // V8's code cache for the bundle and the packages it loads (Node's module compile cache):
  // compiling them again at every start was a tenth of `npm run check` on the demo. Keyed by
  // Node on each file's content, so an edited file is compiled anew.
  module.enableCompileCache?.(join(root, 'node_modules/.cache/union-site/v8'));
  const name = process.argv[2] ?? '';
  if (!ENTRIES.has(name)) {
    console.error(`用法：node scripts/run-compiled.ts <${[...ENTRIES].join('|')}> [参数…]`);
    process.exit(2);
  }
  // The script reads its own arguments from process.argv, as when it is run directly.
  process.argv.splice(2, 1);
  const compiled = await bundle(root, name);
  await import(pathToFileURL(compiled ?? join(root, 'scripts', `${name}.ts`)).href);
}
