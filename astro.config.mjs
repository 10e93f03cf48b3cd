// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { inertReportsPlugin } from './src/lib/reports/inert-mdx-plugin.ts';
import { join, resolve } from 'node:path';

/**
 * Deployment options come from the environment so that one build script serves
 * the root of an intranet host and a sub-directory alike:
 * - UNION_BASE_PATH: the path the site is served under, e.g. "/gonghui/" (default "/").
 * - UNION_OUT_DIR: where Astro writes pages; the build script points it at a temporary
 *   folder and only moves it to dist/ when every check and page succeeded.
 * - UNION_CONTENT_DIR: the content folder (default "content"); its reports/ sub-folder holds
 *   the MDX reports, imported by src/data/report-modules.ts through the "@union-reports" alias.
 *
 * Reports are compiled by the default MDX processor (Sätteri) with one plugin added: the
 * inert-report check (src/lib/reports/inert-mdx.ts, the same check `npm run check` runs on
 * the same parser's tree), so the build refuses any JavaScript, raw HTML beyond the inert
 * tags, or unsafe link in a report even if the check was skipped.
 */
export default defineConfig({
  base: process.env.UNION_BASE_PATH || '/',
  outDir: process.env.UNION_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx({ processor: satteri({ mdastPlugins: [inertReportsPlugin] }) })],
  devToolbar: { enabled: false },
  vite: {
    resolve: { alias: { '@union-reports': join(resolve(process.env.UNION_CONTENT_DIR || 'content'), 'reports') } },
  },
});
