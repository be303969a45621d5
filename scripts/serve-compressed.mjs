// A static server that compresses, as a well-set-up host does: it sends the .br (or .gz)
// copy beside a file when the browser accepts it, with long caching for hashed names.
// Used by the bench; `node scripts/serve-compressed.mjs <dir> <port> <prefix>`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '4175', prefix = '/app/'] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml' };

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (!path.startsWith(prefix)) return response.writeHead(404).end();
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(normalize(dir))) return response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return response.writeHead(404).end();
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
  let body = readFileSync(file);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts.includes(encoding) && existsSync(file + suffix)) {
      body = readFileSync(file + suffix);
      headers['Content-Encoding'] = encoding;
      break;
    }
  }
  response.writeHead(200, headers).end(body);
}).listen(Number(port), '127.0.0.1');
