import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { statementCsv } from '../../../lib/export/statement-csv.ts';

/** One CSV download per period, written at build time. */
export function getStaticPaths() {
  return getSite().periods.map((p) => ({ params: { period: p.statement.period.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const data = site.periods.find((p) => p.statement.period.id === params.period)!;
  return new Response(statementCsv(data.statement, site.union.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
