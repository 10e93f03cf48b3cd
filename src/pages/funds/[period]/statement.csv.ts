import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { statementCsv } from '../../../lib/export/statement-csv.ts';
import { periodIndex, periodPaths } from '../../../lib/views/pages/shared.ts';

/** One CSV download per period, written at build time. */
export function getStaticPaths() {
  return periodPaths(getSite());
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const data = site.periods[periodIndex(site, params.period)]!;
  return new Response(statementCsv(data.statement, site.union.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
