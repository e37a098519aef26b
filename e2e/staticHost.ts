/**
 * A plain static file server for the tests: no rewrites, no fallbacks, no headers beyond the content type,
 * so it stands for "any static host". It serves a folder under a path prefix (`/some/path/`) on a free port.
 */

import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticHost {
  /** The app's address: `http://127.0.0.1:PORT/PREFIX/`. */
  url: string;
  /** Requests served so far, by path: what came from the network and what did not. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveFolder(root: string, prefix: string): Promise<StaticHost> {
  const base = `/${prefix.replace(/^\/+|\/+$/g, '')}/`;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
      requests.push(path);
      if (!path.startsWith(base)) return void res.writeHead(404).end('not here');
      let file = normalize(join(root, path.slice(base.length)));
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
