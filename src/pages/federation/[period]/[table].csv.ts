import type { APIRoute } from 'astro';
import { getFederation, getSite, requireFederation } from '../../../build/context.ts';
import { consolidatedCsv, unitTableCsv } from '../../../lib/export/federation-csv.ts';
import { unitTable } from '../../../lib/federation/unit-table.ts';
import { federationPeriodPaths } from '../../../lib/views/pages/federation-pages.ts';

/** The 汇总 收入支出表 and the unit table of every period as CSV (federation mode only), from the rows the page shows. */
export function getStaticPaths() {
  return federationPeriodPaths(getFederation()).flatMap(({ params }) =>
    (['consolidated', 'units'] as const).map((table) => ({ params: { ...params, table } })),
  );
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const federation = requireFederation();
  const c = federation.consolidated.find((x) => x.period.id === params.period)!;
  const text =
    params.table === 'consolidated'
      ? consolidatedCsv(c, site.union.name)
      : unitTableCsv(unitTable(c, federation.units), c, site.union.name);
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
