// Times the release build in headless Chromium (served under /app/ from dist/, compressed):
// first screen on an empty device, the statements list with 2,000 statements (~1 MB), and
// how many codes notes of three sizes need to reach a phone.
// Figures, not tests: run through `./dev bench`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4174;
const base = `http://127.0.0.1:${port}/app/`;
const runs = 9;

mkdirSync('target/bench-site', { recursive: true });
rmSync('target/bench-site/app', { force: true });
symlinkSync('../../dist', 'target/bench-site/app');
// Served as a host should be set up: compressed (see the README).
const server = spawn('node', ['scripts/serve-compressed.mjs', 'dist', String(port), '/app/'], { stdio: 'ignore' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);

function bigDocument(count) {
  const words = 'I want to be asked what helps before things get hard, and I want people to remember what I said last time so I do not have to start again. ';
  const statements = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    theme: ['who_i_am', 'what_matters', 'how_supported', 'how_people_behave'][i % 4],
    text: `${i + 1}. ${words}${words}${words.slice(0, 60)}`,
    created: 1760000000000 + i,
    updated: 1760000000000 + i,
    ratings: [
      { day: '2026-09-01', truth: 'not_yet' },
      { day: '2026-10-15', truth: ['sometimes', 'mostly', 'yes'][i % 3], note: 'Better this month.' },
    ],
  }));
  return JSON.stringify({ format: 'alongside', schema: 1, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { statements } });
}

/** 500 moments over about two years, on every step, for three services. */
function ladderDocument(count) {
  const rungs = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'];
  const services = ['Community team', 'Ward 3', 'GP surgery'];
  const moments = Array.from({ length: count }, (_, i) => ({
    id: `bench-m${i}`,
    date: new Date(Date.UTC(2025, 0, 1) + i * 1.4 * 86_400_000).toISOString().slice(0, 10),
    service: services[i % 3],
    about: 'review',
    experienced: rungs[(i * 5) % 7],
    wanted: rungs[Math.min(6, ((i * 5) % 7) + 2)],
    note: 'They listened this time.',
    updated: i,
  }));
  return JSON.stringify({ format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { moments } });
}

// Notes when the first screen's heading, and the first page of statements, are drawn.
function watchScreens(context) {
  return context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!window.__help && document.getElementById('early-help')) window.__help = performance.now();
      // The app's own first screen, not the page shown before it arrives.
      if (!window.__firstScreen && !document.getElementById('early') && document.querySelector('main h1')) window.__firstScreen = performance.now();
      if (!window.__listReady && document.querySelector('.statement') && document.querySelector('.more button')) window.__listReady = performance.now();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
}

async function main() {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  try {
    // First visits: no service worker answers (the repeat visit is timed on its own below).
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    await watchScreens(context);
    const page = await context.newPage();

    const firstScreen = [];
    const help = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(base);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${base}?run=${i}`);
      await page.waitForFunction(() => window.__firstScreen);
      firstScreen.push(await page.evaluate(() => window.__firstScreen));
      help.push(await page.evaluate(() => window.__help));
    }
    rows.push(['navigation to the welcome and help (plain HTML, before the app)', median(help), 'ms']);
    rows.push(['empty device: navigation to the app\'s first screen drawn', median(firstScreen), 'ms']);

    const doc = bigDocument(2000);
    await page.evaluate((raw) => localStorage.setItem('alongside.document', raw), doc);
    rows.push(['stored document, 2,000 statements', doc.length / 1024 / 1024, 'MB']);
    const ready = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}?run=${i}#/statements`);
      await page.waitForFunction(() => window.__listReady, null, { timeout: 60_000 });
      ready.push(await page.evaluate(() => window.__listReady));
    }
    rows.push(['2,000 statements: navigation to list ready (target ≤ 150)', median(ready), 'ms']);

    // Keystroke to the next frame, while editing a statement in the long list.
    const field = page.getByRole('textbox', { name: 'Statement 1', exact: true });
    await field.click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      window.__keys = [];
      let start = 0;
      document.addEventListener('keydown', () => (start = performance.now()), true);
      document.addEventListener('input', () => {
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - start)));
      });
    });
    await page.keyboard.type(' and I would like a copy of my plan', { delay: 40 });
    await page.waitForTimeout(400);
    const keys = await page.evaluate(() => window.__keys);
    rows.push(['2,000 statements: keystroke to paint, median (target ≤ 16)', median(keys), 'ms']);
    rows.push(['2,000 statements: keystroke to paint, slowest', max(keys), 'ms']);

    // The ladder with 500 moments: the picture drawn again when the period changes.
    await page.evaluate((raw) => localStorage.setItem('alongside.document', raw), ladderDocument(500));
    await page.goto(`${base}?ladder#/ladder`);
    await page.waitForSelector('svg.ladder-picture circle.mark');
    const redraws = await page.evaluate(async (runs) => {
      const select = document.querySelector('#show-period');
      const times = [];
      let last = -1;
      for (let i = 0; i < runs * 2; i++) {
        const start = performance.now();
        select.value = i % 2 ? 'all' : '1y';
        select.dispatchEvent(new Event('change'));
        // Leptos redraws in a microtask; a timeout runs after it. Reading the layout then
        // makes the browser lay the new picture out, so the time covers script and layout.
        await new Promise((done) => setTimeout(done));
        document.querySelector('svg.ladder-picture').getBoundingClientRect();
        document.body.offsetHeight;
        times.push(performance.now() - start);
        const hidden = [...document.querySelectorAll('svg.ladder-picture g.count')].reduce((n, g) => n + Number(g.dataset.hidden), 0);
        if (i > 0 && hidden === last) throw new Error('the ladder was not redrawn');
        last = hidden;
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }
      return times;
    }, runs);
    rows.push(['500 moments: filter change to ladder laid out, median (≤ 16)', median(redraws), 'ms']);
    rows.push(['500 moments: filter change to ladder laid out, slowest', max(redraws), 'ms']);

    // Codes "Send to my phone" needs, from this address (http://127.0.0.1:4174/app/).
    for (const name of ['small', 'typical', 'heavy']) {
      const raw = readFileSync(`tests/fixtures/take/${name}.json`, 'utf8').trim();
      await page.evaluate((doc) => localStorage.setItem('alongside.document', doc), raw);
      await page.goto(`${base}?codes=${name}#/take`);
      await page.getByRole('button', { name: 'Show a code for my phone' }).click();
      const count = await page.locator('.code-count').textContent();
      rows.push([`codes to send ${name} notes (${(raw.length / 1024).toFixed(1)} KB)`, Number(count.split(' of ')[1]), 'codes']);
    }

    // Locked notes (the heavy fixture): the key alone (PBKDF2-SHA256, 600,000 rounds), then
    // unlocking, from pressing "Unlock" to the screen drawn; then with the CPU slowed 4×
    // as Lighthouse does for a mid-range phone. And codes for the same notes, sealed.
    const heavy = readFileSync('tests/fixtures/take/heavy.json', 'utf8').trim();
    await page.evaluate((doc) => localStorage.setItem('alongside.document', doc), heavy);
    const derive = [];
    for (let i = 0; i < runs; i++) {
      derive.push(await page.evaluate(async () => {
        const start = performance.now();
        const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('blue kettle sings'), 'PBKDF2', false, ['deriveKey']);
        await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600000 }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
        return performance.now() - start;
      }));
    }
    rows.push(['key from a passphrase (PBKDF2-SHA256, 600,000 rounds)', median(derive), 'ms']);
    await page.goto(`${base}?lock#/settings`);
    await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle sings');
    await page.getByLabel('Type it again').fill('blue kettle sings');
    await page.getByRole('button', { name: 'Lock my notes' }).click();
    await page.locator('#lock-outcome').waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    for (const slower of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slower });
      const unlock = [];
      for (let i = 0; i < runs; i++) {
        await page.getByRole('button', { name: 'Lock my notes now' }).click();
        await page.getByRole('heading', { name: 'Your notes are locked' }).waitFor();
        await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle sings');
        const start = Date.now();
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.locator('main h1', { hasText: 'Settings' }).waitFor({ timeout: 60_000 });
        unlock.push(Date.now() - start);
      }
      rows.push([`unlock heavy notes, press to screen${slower > 1 ? `, CPU ${slower}× slower` : ''}`, median(unlock), 'ms']);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.goto(`${base}?codes=locked#/take`);
    await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle sings');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Show a code for my phone' }).click();
    const locked = await page.locator('.code-count').textContent();
    rows.push(['codes to send heavy notes, locked', Number(locked.split(' of ')[1]), 'codes']);

    // A repeat visit, once the service worker keeps the app's files: with signal and without.
    const again = await browser.newContext({ viewport: { width: 412, height: 915 } });
    await watchScreens(again);
    const visit = await again.newPage();
    await visit.goto(base);
    await visit.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30_000 });
    for (const offline of [false, true]) {
      await again.setOffline(offline);
      const times = [];
      for (let i = 0; i < runs; i++) {
        await visit.goto(`${base}?again=${i}`);
        await visit.waitForFunction(() => window.__firstScreen);
        times.push(await visit.evaluate(() => window.__firstScreen));
      }
      rows.push([`repeat visit, ${offline ? 'no signal' : 'online'}: navigation to the app's first screen`, median(times), 'ms']);
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`${'measure'.padEnd(62)}${'value'.padStart(10)}`);
  for (const [name, value, unit] of rows) console.log(`${name.padEnd(62)}${value.toFixed(unit === 'codes' ? 0 : 1).padStart(10)} ${unit}`);
  console.log(`(median of ${runs} runs; headless Chromium, unthrottled, this machine)`);
}

main().catch((error) => {
  server.kill();
  console.error(error);
  process.exit(1);
});
