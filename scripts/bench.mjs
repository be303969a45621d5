// Prints what a first visit downloads: each shipped file's raw, gzip and brotli bytes,
// and the first-load brotli total against the budget. Run through `./dev bench`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.env.BUDGET_KB ?? 90) * 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist)
  .filter((path) => !path.endsWith('.trunk-lock'))
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(40)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'brotli KB'.padStart(10)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(40)}${kb(row.raw)}${kb(row.gzip).padStart(9)}${kb(row.brotli).padStart(10)}`);
}
// Every shipped file is fetched on a first visit (index, wasm, glue, CSS, icon, config).
const total = rows.reduce((sum, row) => sum + row.brotli, 0);
console.log(`\nfirst load, brotli: ${(total / 1024).toFixed(1)} KB (budget ${budget / 1024} KB) ${total <= budget ? 'within budget' : 'OVER BUDGET'}`);
