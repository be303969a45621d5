// Adds a Content-Security-Policy to the built index.html, so the browser itself refuses any
// request to another site. Trunk writes one inline start-up script; it is allowed by its hash
// (never 'unsafe-inline'). Run by `./dev build` after `trunk build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? 'dist/index.html';
let html = readFileSync(file, 'utf8').replace(/<meta http-equiv=["']?Content-Security-Policy[^>]*>/i, '');
const hashes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
  .filter(([, body]) => body.trim() !== '')
  .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta charset=["']?utf-8["']?>/i, (charset) => `${charset}<meta http-equiv=Content-Security-Policy content="${policy}">`);
if (!html.includes('Content-Security-Policy')) {
  console.error('csp: could not find <meta charset> in', file);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp: ${hashes.length} inline script(s) allowed by hash`);
