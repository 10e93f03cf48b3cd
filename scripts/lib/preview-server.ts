// The live preview's web server (npm run dev): serves the last good build of the site, or,
// while the data has problems, the problem page in place of every page. Each page carries a
// small script that asks the server for the current version once a second and reloads when
// it changes. Loopback only.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_TYPES, contentType, siteFile } from './site-file.ts';

const VERSION_PATH = '/__preview/version';

/** What the preview shows: a built site folder, the problem page, or a note while checking. */
export type PreviewState =
  | { kind: 'site'; dir: string }
  /** A page built around the reload script it is given. */
  | { kind: 'page'; html: (reloadScript: string) => string; status: number };

/** The script each served page carries: reload when the preview's version changes. */
export function reloadScript(version: number): string {
  return `<script>(()=>{const v=${version};const tick=()=>fetch(${JSON.stringify(VERSION_PATH)},{cache:'no-store'}).then(r=>r.json()).then(d=>{if(d.version!==v)location.reload();else setTimeout(tick,1000)},()=>setTimeout(tick,2000));setTimeout(tick,1000)})()</script>`;
}

/** A running preview server whose content can be swapped. */
export interface PreviewServer {
  url: string;
  server: Server;
  /** Shows a new state; open pages reload. */
  show(state: PreviewState): void;
  /** The version of what is shown (increases with every `show`). */
  version(): number;
  close(): Promise<void>;
}

/** Starts the preview server on 127.0.0.1:`port` (0: any free port). */
export async function startPreviewServer(port: number, initial: PreviewState): Promise<PreviewServer> {
  let state = initial;
  let version = 1;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === VERSION_PATH) {
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ version }));
      return;
    }
    if (state.kind === 'page') {
      res
        .writeHead(state.status, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' })
        .end(state.html(reloadScript(version)));
      return;
    }
    try {
      const file = await siteFile(state.dir, path);
      if (file === 'outside') {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const type = contentType(file);
      if (extname(file) === '.html') {
        const html = body.toString('utf8').replace('</body>', `${reloadScript(version)}</body>`);
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(html);
      } else {
        res.writeHead(200, { 'Content-Type': type }).end(body);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('没有这个页面');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    server,
    show(next) {
      state = next;
      version += 1;
    },
    version: () => version,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
