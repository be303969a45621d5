// Lighthouse (mobile, default throttling) against dist/ served two ways: by a host that
// compresses, and by python's http.server, which compresses nothing (as Debian's default
// nginx and Apache do for .wasm). Median of a few runs; figures, not tests.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, readFileSync } from 'node:fs';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const lighthouse = 'target/lighthouse/node_modules/.bin/lighthouse';
mkdirSync('target/bench-site', { recursive: true });
rmSync('target/bench-site/app', { force: true });
symlinkSync('../../dist', 'target/bench-site/app');

const servers = [
  ['host that compresses', 4175, spawn('node', ['scripts/serve-compressed.mjs', 'dist', '4175', '/app/'], { stdio: 'ignore' })],
  ['host that compresses nothing', 4176, spawn('python3', ['-m', 'http.server', '4176', '--bind', '127.0.0.1', '--directory', 'target/bench-site'], { stdio: 'ignore' })],
];
await new Promise((r) => setTimeout(r, 1500));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [name, port] of servers) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const out = `target/lighthouse/report-${port}-${i}.json`;
      execFileSync(lighthouse, [`http://127.0.0.1:${port}/app/`, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update'],
        { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const audit = (id) => report.audits[id].numericValue;
      results.push({
        score: Math.round(report.categories.performance.score * 100),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        bytes: audit('total-byte-weight'),
      });
    }
    const pick = (key) => median(results.map((r) => r[key]));
    console.log(`${name.padEnd(30)} performance ${pick('score')}, LCP ${(pick('lcp') / 1000).toFixed(2)} s, TBT ${Math.round(pick('tbt'))} ms, on the wire ${(pick('bytes') / 1024).toFixed(1)} KB (median of ${runs})`);
  }
} finally {
  for (const [, , server] of servers) server.kill();
}
