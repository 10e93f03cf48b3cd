import type { APIRoute } from 'astro';
import { sitePackage } from '../../build/site-package.ts';
import { descriptorText } from '../../lib/export/data-package.ts';

/** data/datapackage.json: the open data package's descriptor (Frictionless Tabular Data Package). */
export const GET: APIRoute = () =>
  new Response(descriptorText(sitePackage()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
