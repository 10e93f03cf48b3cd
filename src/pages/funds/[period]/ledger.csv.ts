import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { ledgerCsv } from '../../../lib/export/ledger-csv.ts';
import { ledgerCsvPaths } from '../../../lib/views/pages/ledger-page.ts';
import { periodIndex } from '../../../lib/views/pages/shared.ts';

/** The whole ledger of each ledger-level period as one CSV download, written at build time. */
export function getStaticPaths() {
  return ledgerCsvPaths(getSite());
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const data = site.periods[periodIndex(site, params.period)]!;
  return new Response(ledgerCsv(data.statement), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
