// Works with no signal after one visit, installs as an app, and updates without losing a word.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, expectSaved, nav, openApp, snap } from './fixtures';

/** Waits until this copy's service worker keeps the app's files and answers for this page. */
async function keptForOffline(page: Page) {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL === new URL('sw.js', location.href).href), { timeout: 20_000 })
    .toBe(true);
}

/** What a deploy of a changed build does to the copy in `app`: a new page and service worker. */
function changeBuild(app: string) {
  const html = readFileSync(join(app, 'index.html'), 'utf8').replace('</body>', '<!-- build 2 --></body>');
  writeFileSync(join(app, 'index.html'), html);
  const worker = readFileSync(join(app, 'sw.js'), 'utf8').replace(/\bVERSION\s*=\s*(['"])(\w+)\1/, 'VERSION="$2-2"');
  expect(worker, 'the new build has its own version').toContain('-2"');
  writeFileSync(join(app, 'sw.js'), worker);
}

/** The text of every response in Cache Storage, by address. */
async function cachedTexts(page: Page) {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        out[`${name} ${request.url}`] = response ? new TextDecoder('latin1').decode(await response.arrayBuffer()) : '';
      }
    }
    return out;
  });
}

test('after one visit, the app opens with no signal: reload, deep links and help as last seen', async ({ page, context }, info) => {
  await openApp(page);
  await keptForOffline(page);
  await nav(page, 'Statements').click();
  await page.getByRole('textbox', { name: 'Your words' }).fill('I want to be asked first.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expectSaved(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#early')).toHaveCount(0);
  await expect(page.locator('main h1')).toHaveText('My I statements');
  await expect(page.locator('.statement textarea').first()).toHaveValue('I want to be asked first.');
  for (const [hash, heading] of [['#/plan/crisis', 'My crisis plan'], ['#/ladder', 'My ladder'], ['#/about', 'About and privacy']]) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toHaveText(heading);
  }
  // The venue's contacts, as the settings file said when there was signal.
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Call 0161 496 0000' })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'offline-help', info.project.name);
});

test('at the top of a site and deep in one, it works offline too, each copy with its own files', async ({ page, context, baseURL }, info) => {
  // The site's top is shared by both projects, so only one of them puts a copy there.
  const places = info.project.name === 'desktop' ? ['', `deep-${info.project.name}/b/c/`] : [`deep-${info.project.name}/b/c/`];
  const addresses = places.map((place) => new URL(`/${place}`, baseURL).href);
  try {
    for (const [i, place] of places.entries()) {
      cpSync('dist', join('target', 'e2e-site', place), { recursive: true, dereference: true });
      // Copies of different versions, as on a site that tries a new one beside the old.
      if (i > 0) changeBuild(join('target', 'e2e-site', place));
      await context.setOffline(false);
      await page.goto(addresses[i]);
      await expect(page.locator('#early')).toHaveCount(0);
      await keptForOffline(page);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(addresses[i]);
    }
    // The copy at the top leaves other pages on the site to the network.
    if (addresses.length > 1) {
      await page.goto(new URL('/neutral.html', baseURL).href);
      await expect(page.locator('h1')).toHaveText('Weather');
    }
    // Taking up one copy left the other's files in place.
    await context.setOffline(true);
    for (const at of addresses) {
      await page.goto(`${at}#/plan/crisis`);
      await page.reload();
      await expect(page.locator('main h1')).toHaveText('My crisis plan');
    }
  } finally {
    await context.setOffline(false);
    for (const place of places) {
      for (const name of place ? [place.split('/')[0]] : readdirSync('dist')) rmSync(join('target', 'e2e-site', name), { recursive: true, force: true });
    }
  }
});

test('where the browser will not run a service worker (plain HTTP), the app runs as before', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }));
  await openApp(page);
  await nav(page, 'Plan').click();
  await expect(page.locator('main h1')).toHaveText('My plan');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
});

test('the venue\'s settings are fetched fresh when there is signal', async ({ page, context }) => {
  await openApp(page);
  await keptForOffline(page);
  // The venue changes its settings: the next visit with signal shows the change.
  await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ venue: 'Hillside Hub', contacts: [{ name: 'Hillside desk', phone: '0161 496 0999' }] }) }));
  await page.reload();
  await expect(page.locator('#early')).toHaveCount(0);
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Call 0161 496 0999' })).toBeVisible();
});

test('it can be added to the home screen: manifest, service worker and icons', async ({ page }) => {
  await openApp(page);
  await keptForOffline(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Tests run in a private window, where Chromium installs nothing; that is all it may say.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Alongside', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toEqual(['any', 'any', 'maskable']);
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', 'icon-192.png');
});

test('Cache Storage holds the app\'s own files, never a person\'s words', async ({ page }) => {
  await openApp(page);
  await keptForOffline(page);
  await nav(page, 'Statements').click();
  await page.getByRole('textbox', { name: 'Your words' }).fill('Zebra crossings worry me.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^Keeping well/ }).click();
  await page.getByLabel('What I do to keep well').fill('Quince jam on toast.');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  const cached = await cachedTexts(page);
  expect(Object.keys(cached).length).toBeGreaterThan(5);
  for (const [where, text] of Object.entries(cached)) {
    expect(text, where).not.toContain('Zebra crossings');
    expect(text, where).not.toContain('Quince jam');
  }
});

test.describe('a new version', () => {
  let site: string;
  let base: string;

  test.beforeEach(async ({ baseURL }, info) => {
    // A copy of the build beside the usual one, on the same test server, so the test can put
    // a new build in place (its own address, so its own service worker).
    const name = `update-${info.project.name}-${info.workerIndex}`;
    site = join('target', 'e2e-site', name);
    rmSync(site, { recursive: true, force: true });
    cpSync('dist', join(site, 'app'), { recursive: true, dereference: true });
    base = new URL(`/${name}/app/`, baseURL).href;
  });

  test.afterEach(() => {
    rmSync(site, { recursive: true, force: true });
  });

  test('downloads quietly, never reloads while someone types, and starts when asked with every word kept', async ({ page }, info) => {
    await page.goto(base);
    await expect(page.locator('#early')).toHaveCount(0);
    await keptForOffline(page);
    await nav(page, 'Statements').click();
    const words = page.getByRole('textbox', { name: 'Your words' });
    await words.fill('I want to be asked');
    await page.evaluate(() => ((window as any).__sameTab = true));

    changeBuild(join(site, 'app'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const ready = page.locator('.notice', { hasText: 'A new version of Alongside is ready.' });
    await expect(ready).toBeVisible({ timeout: 20_000 });
    // Still typing: nothing reloads, nothing is lost.
    await words.pressSequentially(' before my medication changes.');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).__sameTab)).toBe(true);
    await expectAccessible(page);
    await snap(page, 'update-ready', info.project.name);

    const reloaded = page.waitForEvent('load');
    await ready.getByRole('button', { name: 'Use the new version' }).click();
    await reloaded;
    await expect(page.locator('#early')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__sameTab)).toBeUndefined();
    expect(await page.content()).toContain('<!-- build 2 -->');
    await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('I want to be asked before my medication changes.');
    await expect(page.locator('.notice', { hasText: 'A new version' })).toHaveCount(0);
    // The old version's files are gone from the cache; the new one's are there.
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((name) => name.includes('-2 '))).toHaveLength(1);
    expect(names).toHaveLength(2);
  });
});
