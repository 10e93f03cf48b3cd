/**
 * The file an Astro static build writes for one path of a route, with this project's
 * settings (build.format "directory", trailingSlash "always"): a page route
 * "audit/[period]/pack" with { period: "2024" } writes "audit/2024/pack/index.html"; a rest
 * parameter left undefined ("funds/[period]/ledger/[...page]", page undefined) drops its
 * segment ("funds/2024/ledger/index.html"); an endpoint route ends in its file name
 * ("funds/[period]/ledger.csv" writes "funds/2024/ledger.csv").
 *
 * `pattern` is the route's path below src/pages without the extension of the page module,
 * in POSIX form. Throws when a parameter the pattern names is missing, or holds a "/" where
 * only one segment may go: a path the build could not have written.
 */
export function routeOutputFile(pattern: string, params: Readonly<Record<string, string | undefined>>): string {
  const segments: string[] = [];
  let endpoint = false;
  for (const segment of pattern.split('/')) {
    if (segment === '' || segment === 'index') continue;
    const rest = /^\[\.\.\.([^\]]+)\]$/.exec(segment);
    if (rest) {
      const value = params[rest[1]!];
      if (value !== undefined && value !== '') segments.push(value);
      endpoint = false;
      continue;
    }
    const single = /^\[([^\]]+)\]$/.exec(segment);
    if (single) {
      const value = params[single[1]!];
      if (value === undefined || value === '' || value.includes('/')) {
        throw new Error(`route ${pattern}: parameter ${single[1]} is ${JSON.stringify(value)}`);
      }
      segments.push(value);
      endpoint = false;
      continue;
    }
    if (segment.includes('[')) throw new Error(`route ${pattern}: unsupported segment ${segment}`);
    segments.push(segment);
    endpoint = /\.[a-z0-9]+$/i.test(segment);
  }
  return endpoint ? segments.join('/') : [...segments, 'index.html'].join('/');
}
