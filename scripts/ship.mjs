// Makes dist/ ready for any static host. Run by `./dev build` after Trunk.
// - Replaces Trunk's start-up with start.js, so that, on a host that sends .wasm uncompressed
//   (python's http.server, Debian's default nginx and Apache), the page fetches the .gz copy
//   and unpacks it with the browser's own DecompressionStream: about a third of the bytes.
//   A tiny probe.wasm tells which kind of host this is (fetch-wasm.js). It also registers
//   the service worker.
// - Writes the service worker (sw.js) with the files actually built, so the app opens with
//   no signal.
// - Adds a Content-Security-Policy, so the browser itself refuses any request to another
//   site. Inline scripts are allowed by their hash, never by 'unsafe-inline'.
// - Minifies every script, inline or not, with Terser (Trunk's own minifier leaves more).
// - Writes a brotli (.br) and a gzip (.gz, by Zopfli) copy beside each file, for hosts that serve
//   precompressed files (see the README).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
// Zopfli writes ordinary gzip about 6 % smaller than zlib's best, once at build time.
import { gzipAsync } from '@gfx/zopfli';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const pages = ['venue', 'group'];
const html = join(dist, 'index.html');
let page = readFileSync(html, 'utf8');

// Comments, spaces and long local names are for people; the browser does without them.
const small = async (code, module) => (await minify(code, { module })).code;
const smallScripts = async (html) => {
  for (const [, attributes, body] of [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]) {
    if (!body.trim()) continue;
    const code = await small(body, /module/.test(attributes));
    html = html.replace(body, () => code);
  }
  return html;
};
// wasm-bindgen's scripts (every page's), then each page's checks of its files (integrity=)
// made again for the files as they are now.
for (const folder of ['', ...pages]) {
  for (const name of readdirSync(join(dist, folder)).filter((name) => name.endsWith('.js'))) {
    const file = join(dist, folder, name);
    writeFileSync(file, await small(readFileSync(file, 'utf8'), true));
  }
}
const integrity = (html, folder) => html.replace(/<link[^>]*>/g, (link) => {
  const file = link.match(/href=["']?\.\/([^"' >]+)/);
  if (!file || !/integrity=/.test(link)) return link;
  const digest = createHash('sha384').update(readFileSync(join(dist, folder, file[1]))).digest('base64');
  return link.replace(/(integrity=["']?)sha384-[^"' >]+/, `$1sha384-${digest}`);
});

// Compressible, so a host that compresses .wasm shows it (encoded size below decoded).
writeFileSync(join(dist, 'probe.wasm'), Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(2040)]));

const wasm = page.match(/module_or_path:\s*[`'"]([^`'"]+_bg\.wasm)[`'"]/);
if (!wasm) {
  console.error('ship: could not find the start-up in', html);
  process.exit(1);
}
// The preload would fetch the uncompressed .wasm before the page can choose.
page = page.replace(/<link[^>]*rel=["']?preload["']?[^>]*\.wasm[^>]*>/g, '').replace(/<link[^>]*\.wasm[^>]*rel=["']?preload["']?[^>]*>/g, '');
page = page.replace(wasm[0], `module_or_path:window.alongsideWasm`);
const script = (name) => readFileSync(new URL(name, import.meta.url), 'utf8');
const wasmFetchers = script('fetch-wasm.js');
// Sealing for a group, in a script of its own: if an old browser cannot read it, the app
// still starts.
const loader = `<script>${wasmFetchers}\n${script('start.js').replaceAll('WASM_PATH', JSON.stringify(wasm[1]))}</script><script>${script('group-seal.js')}</script>`;
page = page.replace(/<\/head>/i, `${loader}</head>`);

page = integrity(await smallScripts(page.replace(/<meta http-equiv=["']?Content-Security-Policy[^>]*>/i, '')), '');
const hashes = [...page.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
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
const withPolicy = (html, file) => {
  const done = html.replace(/<meta charset=["']?utf-8["']?>/i, (charset) => `${charset}<meta http-equiv=Content-Security-Policy content="${policy}">`);
  if (!done.includes('Content-Security-Policy')) {
    console.error('ship: could not find <meta charset> in', file);
    process.exit(1);
  }
  return done;
};
writeFileSync(html, withPolicy(page, html));

// The pages for other people: the venue set-up page (dist/venue/) and the group page
// (dist/group/), each a Trunk build of its own. A host sends one policy for the whole site,
// so each start-up moves from an inline script to a file of its own: the person's page then
// names no script of theirs.
for (const folder of pages) {
  const pageHtml = join(dist, folder, 'index.html');
  let other = readFileSync(pageHtml, 'utf8');
  const start = other.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/);
  if (!start) {
    console.error('ship: could not find the start-up in', pageHtml);
    process.exit(1);
  }
  // Named by its content, as Trunk names files, so hosts keep it as long as the rest.
  const startUp = await small(start[1], true);
  const startName = `start-${createHash('sha256').update(startUp).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dist, folder, startName), startUp);
  other = other.replace(start[0], `<script type=module src=./${startName}></script>`);
  writeFileSync(pageHtml, withPolicy(integrity(other, folder), pageHtml));
}

// The service worker, with the list of files as they are now (the .wasm is kept as fetched).
const files = readdirSync(dist)
  .filter((name) => /\.(html|js|css|svg|webmanifest)$/.test(name) && name !== 'sw.js' && !name.endsWith('_bg.wasm'))
  .sort();
const version = createHash('sha256');
for (const name of [...files, wasm[1].replace(/^\.\//, '')]) version.update(name).update(readFileSync(join(dist, name)));
const worker = readFileSync(new URL('sw.js', import.meta.url), 'utf8');
const serviceWorker = `const FILES = ${JSON.stringify(files)};\nconst WASM = ${JSON.stringify(wasm[1])};\nconst VERSION = '${version.digest('hex').slice(0, 16)}';\n${wasmFetchers}\n${worker}`;
writeFileSync(join(dist, 'sw.js'), await small(serviceWorker, false));

for (const name of [...readdirSync(dist), ...pages.flatMap((folder) => readdirSync(join(dist, folder)).map((name) => join(folder, name)))]) {
  // Not config.json: a venue edits it by hand, and a stale copy would be served. The Welsh
  // words (cy.txt) are ours, so they are compressed.
  if (!/\.(wasm|js|css|html|svg|webmanifest)$/.test(name) && name !== 'cy.txt') continue;
  const bytes = readFileSync(join(dist, name));
  // The largest blocks let brotli see more of the wasm at once (1 KB smaller; any reader).
  const brotli = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGBLOCK]: 24 };
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(bytes, { params: brotli }));
  writeFileSync(join(dist, `${name}.gz`), await gzipAsync(bytes, { numiterations: 5 }));
}
console.log(`ship: ${hashes.length} inline scripts allowed by hash; ${wasm[1]} loads compressed from any host; sw.js keeps ${files.length + 1} files; .br and .gz copies written`);
