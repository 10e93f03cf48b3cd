import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { recordsCsv } from '../../../lib/export/records-csv.ts';
import { recordTables } from '../../../lib/records/registry.ts';
import { activitiesOf, activityPeriodPaths } from '../../../lib/views/pages/activity-pages.ts';

/** The activities of a period as a CSV download, in the format of activities.csv. */
export function getStaticPaths() {
  return activityPeriodPaths(getSite());
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  return new Response(recordsCsv(recordTables(site.chart).activities, activitiesOf(site, params.period)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
