// Prints what a first visit downloads, part by part: on a host that compresses (brotli),
// and on one that compresses nothing (where the page fetches the wasm's .gz copy and unpacks
// it itself). The .br and .gz copies are not counted twice. Run through `./dev bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
// The ceiling a first visit must stay under (it may only go down).
// 363.3 KB before "Our ladder", which may add at most 8 KB (issue 23) for a person's step of
// sharing their moments with a group: 371 KB. Issue 32 left 370.0 KB; sharing with a
// supporter and the crisis card may add at most 4 KB (issue 33): 374 KB.
const budget = Number(process.env.BUDGET_KB ?? 374) * 1024;

const rows = readdirSync(dist)
  .filter((name) => statSync(join(dist, name)).isFile() && !/\.(br|gz)$/.test(name) && !name.endsWith('.trunk-lock'))
  // The host's own settings (Netlify's, Cloudflare's, Apache's): read by the server, never sent.
  .filter((name) => name !== '_headers' && name !== '.htaccess')
  // An example for a venue to copy: the app never asks for it.
  .filter((name) => name !== 'config.example.json')
  .map((name) => {
    const bytes = readFileSync(join(dist, name));
    const packed = (suffix) => {
      try { return statSync(join(dist, name + suffix)).size; } catch { return null; }
    };
    const brotli = packed('.br') ?? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    // A host that compresses nothing sends files as they are, but the wasm as its .gz copy.
    const plain = name.endsWith('_bg.wasm') && packed('.gz') ? packed('.gz') : bytes.length;
    return { name, raw: bytes.length, brotli, plain };
  })
  .sort((a, b) => b.brotli - a.brotli);
// Home-screen icons are fetched when a phone adds the app to its home screen, not on a visit.
const icons = rows.filter((row) => row.name.endsWith('.png'));
// The Welsh words are fetched only by a person who chooses Welsh.
const welsh = rows.filter((row) => row.name === 'cy.txt');
rows.splice(0, rows.length, ...rows.filter((row) => !icons.includes(row) && !welsh.includes(row)));

const kb = (n) => (n / 1024).toFixed(1).padStart(9);
console.log(`${'file'.padEnd(40)}${'raw KB'.padStart(9)}${'brotli KB'.padStart(10)}${'plain host KB'.padStart(14)}`);
for (const row of rows) console.log(`${row.name.padEnd(40)}${kb(row.raw)}${kb(row.brotli).padStart(10)}${kb(row.plain).padStart(14)}`);
console.log(`home-screen icons, when a phone installs the app: ${icons.map((row) => `${row.name} ${(row.raw / 1024).toFixed(1)} KB`).join(', ')}`);
// What Welsh costs an English visitor: the early page's Welsh copy, in its template.
const br = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const template = br(page) - br(page.replace(/<template id="?early-cy"?>[\s\S]*?<\/template>/, ''));
for (const row of welsh) console.log(`Welsh, only for a person who chooses it: ${row.name} ${(row.raw / 1024).toFixed(1)} KB raw, ${(row.brotli / 1024).toFixed(1)} KB brotli`);
console.log(`Welsh words in an English visitor's first visit: ${(template / 1024).toFixed(1)} KB brotli (the page before the app, in its template; the code that chooses and switches languages is in the wasm)`);
// The pages for other people: the venue set-up page (venue/) and the group page (group/),
// never in a person's visit (the list above reads the top folder only).
for (const [folder, who] of [['venue', 'venue set-up page, only for a venue setting up'], ['group', 'group page ("Our ladder"), only for a facilitator']]) {
  const dir = join(dist, folder);
  const size = readdirSync(dir)
    .filter((name) => !/\.(br|gz)$/.test(name) && !name.endsWith('.trunk-lock'))
    .reduce((sum, name) => {
      try { return sum + statSync(join(dir, `${name}.br`)).size; } catch { return sum + statSync(join(dir, name)).size; }
    }, 0);
  console.log(`${who} (${folder}/): ${(size / 1024).toFixed(1)} KB brotli, not in a person's visit`);
}
const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
const brotli = total('brotli');
const plain = total('plain');
console.log(`\nfirst visit, host that compresses (brotli): ${(brotli / 1024).toFixed(1)} KB (target ${budget / 1024} KB) ${brotli <= budget ? 'within target' : 'OVER TARGET'}`);
console.log(`first visit, host that compresses nothing:  ${(plain / 1024).toFixed(1)} KB = ${(plain / brotli).toFixed(2)} x the brotli figure (target 1.15 x)`);
