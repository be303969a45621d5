import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

/** Where "Leave quickly" goes in the journeys: a neutral https page, answered here. */
export const neutral = 'https://weather.example/';
/** For `hostConfig`: the site's own config.json, as the server has it (the release has none). */
export const FROM_SITE = 'the site’s own config.json';

/** A venue's settings file used by most tests, so help contacts are known. */
export const testConfig = {
  venue: 'Riverside Library',
  language: 'en',
  contacts: [
    {
      name: 'Riverside drop-in',
      phone: '0161 496 0000',
      text: '07700 900123',
      url: 'https://example.org/help',
      hours: 'Monday to Friday, 10am to 4pm',
      note: 'Ask for someone at the front desk.',
    },
    { name: 'Never shown', url: 'javascript:alert(1)' },
    { name: 'Samaritans', phone: '116 123', hours: 'Open 24 hours, every day' },
  ],
  kiosk: { enabled: false, idle_minutes: 5 },
  exit_url: neutral,
};

type Fixtures = {
  /** Replace the served config.json (an object, a raw string, null for "missing", or FROM_SITE). */
  hostConfig: object | string | null;
  offsite: string[];
  crashes: string[];
};

/** Serves the test's config.json and refuses (and records) any request to another site. */
export async function guard(context: BrowserContext, baseURL: string, hostConfig: object | string | null, offsite: string[]) {
  const origin = new URL(baseURL).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // A neutral page for "Leave quickly" to go to, answered here so nothing leaves.
    if (url === neutral || url.endsWith('/neutral.html')) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
    }
    if (!url.startsWith(origin)) {
      offsite.push(url);
      return route.abort();
    }
    if (url.endsWith('/config.json') && hostConfig !== FROM_SITE) {
      if (hostConfig === null) return route.fulfill({ status: 404, body: 'not found' });
      const body = typeof hostConfig === 'string' ? hostConfig : JSON.stringify(hostConfig);
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    }
    return route.continue();
  });
}

export const test = base.extend<Fixtures>({
  hostConfig: [testConfig, { option: true }],
  // Fails any test in which the app tries to reach anything but its own origin.
  offsite: [
    async ({ context, baseURL, hostConfig }, use) => {
      const offsite: string[] = [];
      await guard(context, baseURL!, hostConfig, offsite);
      await use(offsite);
      expect(offsite, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
  // Fails any test in which the app crashed, or the page's security policy blocked something.
  crashes: [
    async ({ context }, use) => {
      const crashes: string[] = [];
      context.on('weberror', (error) => crashes.push(error.error().message));
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy|panicked/i.test(message.text())) {
          crashes.push(message.text());
        }
      });
      await use(crashes);
      expect(crashes, 'crashes and blocked content').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core against WCAG 2.2 A and AA: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

/** Nothing on the page reaches past either side of the screen (no sideways scrolling). */
export async function expectNothingOutside(page: Page, where: string) {
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || getComputedStyle(element).visibility === 'hidden') continue;
      if (box.left < -1 || box.right > width + 1) found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return found;
  });
  expect(outside, where).toEqual([]);
}

/** Saves a screenshot under screenshots/ for a person to look at. */
export async function snap(page: Page, name: string, project: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/${project}-${name}.png`, fullPage: false });
}

/** Opens the app and waits until it has drawn its first screen (not the page before it). */
export async function openApp(page: Page, hash = '') {
  await page.goto(hash ? `./${hash}` : './');
  await expect(page.locator('#early')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Waits until the header says everything is saved on this device. */
export async function expectSaved(page: Page) {
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

/** Every key the app has written to localStorage. */
export async function storedKeys(page: Page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('alongside.')));
}

/** A link in the main navigation bar. */
export function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** Puts a stored document (schema 3 unless given) on the device, then opens `hash`. */
export async function seed(page: Page, data: object, hash = '', schema = 3) {
  await openApp(page);
  await page.evaluate(
    ([raw]) => localStorage.setItem('alongside.document', raw),
    [JSON.stringify({ format: 'alongside', schema, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data })],
  );
  await page.goto(hash ? `./${hash}` : './');
  await page.reload();
  await expect(page.locator('#early')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Types as a person does: a capital is Shift held down while the letter is pressed. */
export async function typeLikeAPerson(page: Page, text: string) {
  for (const char of text) {
    if (/[A-Z]/.test(char)) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(`Key${char}`);
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.type(char);
    }
  }
}

/** Presses Shift on its own, `times` times. */
export async function loneShift(page: Page, times = 3) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
}

/** What, if anything, covers the focused control: a bar fixed to the screen, or the edge. */
export async function focusCovered(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return 'focus is on the page itself';
    const box = focused.getBoundingClientRect();
    const name = `${focused.tagName} ${focused.id || focused.textContent?.trim().slice(0, 30) || focused.getAttribute('aria-label')}`;
    if (box.bottom > innerHeight + 1 || box.top < -1) return `${name} is off screen`;
    for (const bar of document.querySelectorAll<HTMLElement>('.tabs, .undo-bar, header.bar')) {
      if (bar.contains(focused) || getComputedStyle(bar).position !== 'fixed') continue;
      const edge = bar.getBoundingClientRect();
      if (box.bottom > edge.top + 1 && box.top < edge.bottom - 1) return `${name} is under ${bar.className}`;
    }
    return '';
  });
}

/** Makes this page's storage act full while `window.deviceFull` is true, or once
 * `window.writesLeft` (when set) more of Alongside's writes have been made. */
export async function fillableDevice(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      const w = window as any;
      const used = typeof w.writesLeft === 'number' && w.writesLeft-- <= 0;
      if ((w.deviceFull || used) && key.startsWith('alongside.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
}

/** Makes sealing take `ms` longer, as on a slow phone, and counts seals still under way in
 * `window.sealing`; `window.savedWhileSealing` records any moment the header said "Saved"
 * while one was. */
export async function slowSealing(page: Page, ms: number) {
  await page.addInitScript((ms) => {
    const w = window as any;
    w.sealing = 0;
    w.savedWhileSealing = [];
    const encrypt = SubtleCrypto.prototype.encrypt;
    SubtleCrypto.prototype.encrypt = function (...args: any[]) {
      w.sealing++;
      const done = encrypt.apply(this, args as any);
      return new Promise((resolve) => setTimeout(resolve, ms)).then(() => done).finally(() => w.sealing--);
    } as any;
    new MutationObserver(() => {
      const state = document.querySelector('.save-state')?.getAttribute('data-state');
      if (state === 'saved' && w.sealing > 0) w.savedWhileSealing.push(w.sealing);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
  }, ms);
}

/** A second browser with nothing in it, guarded like the first. */
export async function freshBrowser(browser: Browser, baseURL: string, offsite: string[], viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ baseURL, viewport });
  await guard(context, baseURL, testConfig, offsite);
  const page = await context.newPage();
  return { context, page };
}

/** Reads the QR code drawn on the page, as a phone camera would. */
export async function scan(page: Page) {
  const code = page.locator('svg.qr');
  // Clear of the navigation bar fixed at the bottom of the screen.
  await code.evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
  const png = PNG.sync.read(await code.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(found, 'a readable QR code').not.toBeNull();
  return found!.data;
}
