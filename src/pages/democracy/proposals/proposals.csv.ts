import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { recordsCsv } from '../../../lib/export/records-csv.ts';
import { recordTables } from '../../../lib/records/registry.ts';

/** Every proposal and suggestion as a CSV download, in the format of proposals.csv. */
export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(recordsCsv(recordTables(site.chart).proposals, site.records.proposals), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
