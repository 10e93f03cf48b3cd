import type { APIRoute } from 'astro';
import { getFederation, getSite } from '../../../build/context.ts';
import { federationCsvFiles } from '../../../lib/views/pages/federation-pages.ts';

/** The 汇总 收入支出表 and the unit table of every period as CSV (federation mode only), written at build time. */
export function getStaticPaths() {
  return federationCsvFiles(getSite(), getFederation());
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
