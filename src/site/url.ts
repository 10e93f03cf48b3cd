import { createHref, type Route } from '../lib/routes/routes.ts';

/**
 * A site-internal link under the configured base path (UNION_BASE_PATH), so the same pages
 * work at the root of a host and in a sub-directory: src/lib/routes/routes.ts bound to
 * Astro's BASE_URL. Takes a route or a path relative to the site root.
 */
export const href: (to?: Route | string) => string = createHref(import.meta.env.BASE_URL);
