import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { recordsCsv } from '../../../lib/export/records-csv.ts';
import { recordTables } from '../../../lib/records/registry.ts';

/** The activities of a period as a CSV download, in the format of activities.csv. */
export function getStaticPaths() {
  const { records, periods } = getSite();
  return periods
    .map((p) => p.statement.period.id)
    .filter((id) => records.activities.some((a) => a.periodId === id))
    .map((id) => ({ params: { period: id } }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const rows = site.records.activities.filter((a) => a.periodId === params.period);
  return new Response(recordsCsv(recordTables(site.chart).activities, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
