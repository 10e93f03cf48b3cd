// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { inertReportsPlugin } from './src/lib/reports/inert-mdx-plugin.ts';
import { join, resolve } from 'node:path';
import { checkBasePath } from './src/lib/build/option-values.ts';

/**
 * Deployment options come from the environment so that one build script serves
 * the root of an intranet host and a sub-directory alike:
 * - UNION_BASE_PATH: the path the site is served under, e.g. "/gonghui/" (default "/").
 *   (scripts/build.ts passes the validated base path and its temporary output folder to
 *   Astro directly; these defaults serve `astro dev`.)
 * - UNION_CONTENT_DIR: the content folder (default "content"); its reports/ sub-folder holds
 *   the MDX reports, imported by src/build/report-modules.ts through the "@union-reports" alias.
 *
 * Reports are compiled by the default MDX processor (Sätteri) with one plugin added: the
 * inert-report check (src/lib/reports/inert-mdx.ts, the same check `npm run check` runs on
 * the same parser's tree), so the build refuses any JavaScript, raw HTML beyond the inert
 * tags, or unsafe link in a report even if the check was skipped.
 */
const base = checkBasePath(process.env.UNION_BASE_PATH ?? '');
if ('error' in base) throw new Error(base.error);

export default defineConfig({
  base: base.value,
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx({ processor: satteri({ mdastPlugins: [inertReportsPlugin] }) })],
  devToolbar: { enabled: false },
  vite: {
    resolve: { alias: { '@union-reports': join(resolve(process.env.UNION_CONTENT_DIR || 'content'), 'reports') } },
  },
});
