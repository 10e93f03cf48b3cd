import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a throwaway Astro project into `dir` that emits `pages` empty pages with the same
 * output options as the site (directory format, trailing slash) and no integrations. It
 * uses the repository's node_modules through a symlink, so it runs the same Astro with the
 * same Node: the floor any static site of that many pages pays.
 */
export function writeBareAstroProject(dir: string, pages: number, repoRoot: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    [
      '---',
      'export function getStaticPaths() {',
      `  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`p\${i}\` } }));`,
      '}',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8" /><title>{Astro.params.slug}</title></head><body></body></html>',
      '',
    ].join('\n'),
  );
}
