import type { APIRoute } from 'astro';
import { getSite } from '../../../data/site.ts';
import { ledgerCsv } from '../../../lib/export/ledger-csv.ts';

/** The whole ledger of each ledger-level period as one CSV download, written at build time. */
export function getStaticPaths() {
  return getSite()
    .periods.filter((p) => p.statement.isLedger)
    .map((p) => ({ params: { period: p.statement.period.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = getSite().periods.find((p) => p.statement.period.id === params.period)!;
  return new Response(ledgerCsv(data.statement), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
