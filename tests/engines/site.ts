// The release, served under /app/ by a small server each worker owns, so a journey can take
// the server away (no signal), refuse the app's code, or give the venue's settings.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { testConfig } from '../e2e/fixtures';

const ROOT = 'target/e2e-site';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Site {
  /** The app's address, ending in `/`. */
  app: string;
  /** The venue's config.json this site serves. */
  config: object;
  /** When true, every request fails as with no signal. */
  down: boolean;
  /** When true, the app's WebAssembly is refused (as a filter or an old browser might). */
  refuseWasm: boolean;
  reset(): void;
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server: Server = createServer(async (request, response) => {
    if (site.down) return void request.socket.destroy();
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://here').pathname));
    if (path === '/app/config.json') {
      response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
      return void response.end(JSON.stringify(site.config));
    }
    if (site.refuseWasm && /\.wasm(\.gz|\.br)?$/.test(path)) return void response.writeHead(404).end();
    const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'Accept-Encoding' };
    try {
      // The gzip copy beside a file, where the browser takes it, as nginx's gzip_static sends it.
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const packed = await readFile(`${file}.gz`).catch(() => null);
        if (packed) return void response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(packed);
      }
      response.writeHead(200, headers).end(await readFile(file));
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const site: Site = {
    app: `http://127.0.0.1:${port}/app/`,
    config: testConfig,
    down: false,
    refuseWasm: false,
    reset() {
      Object.assign(site, { config: testConfig, down: false, refuseWasm: false });
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return site;
}
