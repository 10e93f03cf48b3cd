import type { APIRoute } from 'astro';
import { getSite } from '../../../build/context.ts';
import { incomeExpenseCsvText } from '../../../lib/views/pages/formal-statement-pages.ts';
import { statementPagePaths } from '../../../lib/views/pages/statement-page.ts';

/** The 收入支出表 (工会02表) of each period as CSV, written at build time from its page's rows. */
export function getStaticPaths() {
  return statementPagePaths(getSite());
}

export const GET: APIRoute = ({ params }) =>
  new Response(incomeExpenseCsvText(getSite(), params.period!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
