// The server set-ups Alongside ships (deploy/, written by ./dev build into target/deploy/
// and the site's own folder), run as a venue would run them: nginx, Caddy and Apache
// serving the release under a sub-path. Every security header, the right caching, compressed copies, a
// deep link and a reload, and the service worker installing. `_headers` (Netlify,
// Cloudflare Pages) and `.htaccess` (Apache) carry the very policy of the page's meta tag.
import { test, expect } from './fixtures';
import type { APIResponse, Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

const site = 'target/e2e-site/app';
const wasm = readdirSync(site).find((name) => name.endsWith('_bg.wasm'))!;
/** The policy in the page's own meta tag: the one source every host's header comes from. */
const metaPolicy = readFileSync(`${site}/index.html`, 'utf8').match(/Content-Security-Policy content="([^"]+)"/)![1];
const headerPolicy = `${metaPolicy}; frame-ancestors 'none'`;

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], what).toBe(headerPolicy);
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['permissions-policy'], what).toContain('geolocation=()');
}

/** `encoding`: what the host sends when brotli is welcome (Apache compresses with gzip). */
async function checkHost(page: Page, base: string, encoding = 'br') {
  const get = (path: string) => page.request.get(new URL(path, base).href, { headers: { 'Accept-Encoding': 'br, gzip' } });
  const index = await get('./');
  expect(index.status()).toBe(200);
  expectSecurityHeaders(index, 'index');
  expect(index.headers()['cache-control']).toBe('no-cache');
  expect(index.headers()['content-encoding']).toBe(encoding);
  const code = await get(wasm);
  expectSecurityHeaders(code, 'wasm');
  // A shared cache in front must know the bytes depend on what the browser can unpack.
  expect(index.headers()['vary'], 'index').toMatch(/accept-encoding/i);
  expect(code.headers()['vary'], 'wasm').toMatch(/accept-encoding/i);
  expect(code.headers()['content-type']).toBe('application/wasm');
  expect(code.headers()['content-encoding']).toBe(encoding);
  expect(code.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Without brotli, the gzip copy.
  const gzipped = await page.request.get(new URL(wasm, base).href, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
  expect(gzipped.headers()['vary'], 'wasm as gzip').toMatch(/accept-encoding/i);
  for (const fresh of ['index.html', 'sw.js', 'manifest.webmanifest', 'config.json']) {
    const response = await get(fresh);
    expect(response.status(), fresh).toBe(200);
    expect(response.headers()['cache-control'], fresh).toBe('no-cache');
    expectSecurityHeaders(response, fresh);
  }
  expect((await get('manifest.webmanifest')).headers()['content-type']).toContain('application/manifest+json');
  // The venue set-up page and the group page, a folder below, under the same policy and caching.
  for (const [folder, heading] of [['venue/', 'Set up Alongside for your venue'], ['group/', 'Our ladder: the group’s picture']]) {
    const other = await get(folder);
    expect(other.status(), folder).toBe(200);
    expectSecurityHeaders(other, folder);
    expect(other.headers()['cache-control'], folder).toBe('no-cache');
    expect(other.headers()['content-encoding'], folder).toBe(encoding);
    await page.goto(new URL(folder, base).href);
    await expect(page.locator('main h1')).toHaveText(heading);
  }

  // A deep link opens its screen, and again after a reload; the service worker installs.
  await page.goto(new URL('#/plan', base).href);
  await expect(page.locator('main h1')).toHaveText('My plan');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('My plan');
  const installed = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state ?? 'none'));
  expect(['activating', 'activated']).toContain(installed);
}

test('nginx, with deploy/nginx/alongside.conf, under a sub-path', async ({ page, baseURL }) => {
  await checkHost(page, baseURL!);
});

test.describe('Caddy', () => {
  test.use({ baseURL: 'http://127.0.0.1:4176/alongside/' });
  test('with deploy/Caddyfile, under a sub-path', async ({ page, baseURL }) => {
    await expect.poll(async () => (await page.request.get(baseURL!).catch(() => null))?.status()).toBe(200);
    await checkHost(page, baseURL!);
  });
});

test.describe('Apache', () => {
  test.use({ baseURL: 'http://127.0.0.1:4177/app/' });
  test("reading the site's own .htaccess, under a sub-path", async ({ page, baseURL }) => {
    await expect.poll(async () => (await page.request.get(baseURL!).catch(() => null))?.status()).toBe(200);
    await checkHost(page, baseURL!, 'gzip');
  });
});

test("Netlify's, Cloudflare's and Apache's files carry the page's own policy", async () => {
  const headersFile = readFileSync(`${site}/_headers`, 'utf8');
  expect(headersFile).toContain(`\n/*\n  Content-Security-Policy: ${headerPolicy}\n`);
  expect(headersFile).toContain('  Referrer-Policy: no-referrer\n');
  expect(headersFile).toContain('  X-Content-Type-Options: nosniff\n');
  expect(headersFile).toContain('  Vary: Accept-Encoding\n');
  expect(headersFile).toMatch(/\n\/sw\.js\n {2}Cache-Control: no-cache\n/);
  const htaccess = readFileSync(`${site}/.htaccess`, 'utf8');
  expect(htaccess).toContain(`Header always set Content-Security-Policy "${headerPolicy}"`);
  expect(htaccess).toContain('Header always set Referrer-Policy "no-referrer"');
  expect(htaccess).toContain('AddType application/wasm .wasm');
  // Every <IfModule> and <FilesMatch> is closed, as Apache requires.
  for (const block of ['IfModule', 'FilesMatch']) {
    expect(htaccess.match(new RegExp(`<${block} `, 'g'))?.length, block).toBe(htaccess.match(new RegExp(`</${block}>`, 'g'))?.length);
  }
});
