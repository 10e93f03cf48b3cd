// A minimal static file server for dist/, used by the end-to-end tests and the screenshot
// script. Serves under a base path like the intranet host would; loopback only.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { contentType, siteFile } from './site-file.ts';

/** Serves `root` at http://127.0.0.1:<port><base>; resolves once listening. */
export async function serveStatic(
  root: string,
  base = '/',
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const file = await siteFile(root, path.slice(base.length));
      if (file === 'outside') {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': contentType(file) }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
