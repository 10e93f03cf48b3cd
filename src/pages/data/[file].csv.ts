import type { APIRoute } from 'astro';
import { sitePackage } from '../../build/site-package.ts';
import { packageCsvPaths } from '../../lib/export/data-package.ts';

/** One CSV resource of the open data package per file the descriptor lists. */
export function getStaticPaths() {
  return packageCsvPaths(sitePackage());
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
