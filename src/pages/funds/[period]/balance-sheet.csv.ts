import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { balanceSheetCsv } from '../../../lib/export/balance-sheet-csv.ts';
import { balanceSheetPagePaths } from '../../../lib/views/pages/formal-statement-pages.ts';
import { periodIndex } from '../../../lib/views/pages/shared.ts';

/** One CSV download per period that has a balance sheet, written at build time. */
export function getStaticPaths() {
  return balanceSheetPagePaths(getSite());
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const data = site.periods[periodIndex(site, params.period)]!;
  return new Response(
    balanceSheetCsv(data.balanceSheet!, site.union.name, data.statement.period.label, data.statement.period.end),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
