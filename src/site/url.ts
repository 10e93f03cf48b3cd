/**
 * A site-internal link under the configured base path (UNION_BASE_PATH), so the same pages
 * work at the root of a host and in a sub-directory. `path` starts without a slash.
 */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\//, '');
}
