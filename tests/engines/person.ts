// What a person does in the app, in any engine: find things by what they say (a button's
// name, a field's label), click and type for real, and wait for what they should see.
// Finding runs in the page, so it means the same in WebKit and Firefox.
import { test as base, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { engines, type Engine, type Tab } from './browsers';
import { openSite, type Site } from './site';
import { storedText } from '../e2e/stored';

/** How a person finds something: by its role and what it says, or by a CSS selector. */
export type Query =
  | { button: string; in?: string }
  | { link: string; in?: string }
  | { field: string; in?: string }
  | { heading: string; in?: string }
  | { css: string; in?: string };

/** Runs in the page: marks the first visible match of `query` and returns a selector for it. */
function mark(query: any, id: string) {
  const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const byIds = (ids: string | null) => (ids ?? '').split(/\s+/).map((i) => document.getElementById(i)?.textContent ?? '').join(' ');
  const nameOf = (el: Element) => {
    const own = el.getAttribute('aria-label') ?? (el.hasAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : null);
    if (own) return words(own);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return words(labels[0].textContent);
    return words(el.textContent || (el as HTMLInputElement).value);
  };
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const scope = query.in ? document.querySelector(query.in) : document;
  if (!scope) return null;
  const kinds: Record<string, [string, string]> = {
    button: ['button, [role=button], summary, input[type=submit]', query.button],
    link: ['a[href]', query.link],
    field: ['input, textarea, select', query.field],
    heading: ['h1, h2, h3, h4', query.heading],
  };
  const kind = Object.keys(kinds).find((k) => k in query);
  const found = kind
    ? [...scope.querySelectorAll(kinds[kind][0])].find((el) => nameOf(el) === kinds[kind][1] && (kind === 'field' || shown(el)))
    : [...scope.querySelectorAll(query.css)].find(shown);
  if (!found) return null;
  found.setAttribute('data-engine', id);
  found.scrollIntoView({ block: 'center' });
  return `[data-engine="${id}"]`;
}

let marks = 0;

export class Person {
  constructor(readonly tab: Tab, readonly site: Site, readonly engine: string) {}

  /** Waits (up to `ms`) until `fn` in the page returns something truthy, and returns it. */
  async until<T>(what: string, fn: (...args: any[]) => T, args: unknown[] = [], ms = 10_000): Promise<T> {
    const end = Date.now() + ms;
    let trouble = '';
    for (;;) {
      const value = await this.tab.run(fn, ...args).catch((error) => void (trouble = ` (${error})`));
      if (value) return value as T;
      if (Date.now() > end) throw new Error(`${this.engine}: waited ${ms} ms for ${what}${trouble}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Opens the app at `hash` and waits for its first screen (not the page before it). */
  async open(hash = '') {
    await this.tab.goto(`${this.site.app}${hash}`);
    await this.drawn();
  }

  async drawn() {
    await this.until('the app to draw its first screen', () => !document.getElementById('early') && !!document.querySelector('main h1'));
  }

  async find(query: Query) {
    const id = `m${++marks}`;
    return this.until(`${JSON.stringify(query)} on the screen`, mark, [query, id]);
  }

  async click(query: Query) {
    await this.tab.click(await this.find(query));
  }

  /** Clicks something that starts the page afresh (locking does, to forget the words), and
   * waits for the new page's first screen. */
  async clickAndReload(query: Query) {
    await this.tab.run(() => ((window as any).beforeReload = true));
    await this.click(query);
    await this.until('the page started afresh', () => !(window as any).beforeReload);
    await this.drawn();
  }

  async fill(query: Query, text: string) {
    await this.tab.type(await this.find(query), text);
  }

  /** Chooses an option of a select by its value, as a person picking from the list would. */
  async choose(query: Query, value: string) {
    const selector = await this.find(query);
    await this.tab.run((selector: string, value: string) => {
      const select = document.querySelector(selector) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, selector, value);
  }

  /** Waits until the screen shows `text` (in `within`, or anywhere). */
  async see(text: string, within = 'body') {
    await this.until(`"${text}" in ${within}`, (text: string, within: string) => {
      const words = (s: string) => s.replace(/\s+/g, ' ');
      return [...document.querySelectorAll(within)].some((el) => words((el as HTMLElement).innerText).includes(words(text)));
    }, [text, within]);
  }

  async heading(text: string) {
    await this.until(`the screen "${text}"`, (text: string) => document.querySelector('main h1')?.textContent?.trim() === text, [text]);
  }

  /** The values of every field matching `selector`. */
  values(selector: string) {
    return this.tab.run((selector: string) => [...document.querySelectorAll(selector)].map((f) => (f as HTMLInputElement).value), selector);
  }

  async saved() {
    await this.until('"Saved on this device"', () => document.querySelector('.save-state')?.getAttribute('data-state') === 'saved');
  }

  /** Everything the browser keeps for this site, as text: both storages and the caches. */
  stored() {
    return this.tab.run(storedText);
  }


  /** Catches the next file the app offers to save, as a person's Downloads folder would. */
  async download(button: Query) {
    await this.tab.run(() => {
      const w = window as any;
      const blobs = new Map<string, Blob>();
      const make = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        const url = make(blob);
        blobs.set(url, blob);
        return url;
      };
      w.saved = null;
      HTMLAnchorElement.prototype.click = function () {
        const blob = blobs.get(this.href);
        if (blob) blob.text().then((text) => (w.saved = { name: this.download, text }));
      };
    });
    await this.click(button);
    return this.until('a file to be saved', () => (window as any).saved as { name: string; text: string } | null);
  }

  /** Reads the QR code on the screen from a screenshot of it, as a phone camera would. */
  async scan() {
    await this.find({ css: 'svg.qr' });
    // Still, and wholly on the screen (clear of the bar along the bottom), as a camera needs it.
    await this.until('the code still and in full view', async () => {
      const where = () => JSON.stringify(document.querySelector('svg.qr')!.getBoundingClientRect());
      const before = where();
      await new Promise(requestAnimationFrame);
      const box = document.querySelector('svg.qr')!.getBoundingClientRect();
      const bar = document.querySelector('.tabs')?.getBoundingClientRect();
      const free = bar && bar.top > innerHeight / 2 ? bar.top : innerHeight;
      return before === where() && box.top >= 0 && box.bottom <= free;
    });
    const png = PNG.sync.read(await this.tab.screenshot());
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(found, `${this.engine}: a readable QR code`).not.toBeNull();
    return found!.data;
  }

  /** axe-core against WCAG 2.2 A and AA in this engine: no violations allowed. */
  async accessible() {
    await this.tab.inject(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await this.tab.run(async () => {
      const results = await (window as any).axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return results.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`);
    });
    expect(violations, `${this.engine}: accessibility violations`).toEqual([]);
  }

  /** Every address this page loaded came from the app's own site. */
  async stayedHome() {
    const elsewhere = await this.tab.run(() =>
      performance.getEntries().map((entry) => entry.name).filter((name) => /^https?:/.test(name) && new URL(name).origin !== location.origin),
    );
    expect(elsewhere, `${this.engine}: requests that left the origin`).toEqual([]);
  }
}

type Fixtures = { person: Person; another: () => Promise<Person> };
type WorkerFixtures = { engine: Engine; site: Site };

/** The phone-sized window WebKit gets (an iPhone's engine) and Firefox's desktop window. */
const viewports = { webkit: { width: 390, height: 844 }, firefox: { width: 1280, height: 800 } };

export const test = base.extend<Fixtures, WorkerFixtures>({
  engine: [
    async ({}, use, info) => {
      const engine = await engines[info.project.name as 'webkit' | 'firefox']();
      await use(engine);
      await engine.close();
    },
    { scope: 'worker' },
  ],
  site: [
    async ({}, use) => {
      const site = await openSite();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  // Each test starts in a browser with nothing stored, on a site with the test venue's settings.
  another: async ({ engine, site }, use, info) => {
    const opened: Tab[] = [];
    site.reset();
    await use(async () => {
      const tab = await engine.open(viewports[engine.name]);
      opened.push(tab);
      return new Person(tab, site, engine.name);
    });
    // What each window showed at the end, to look at (beside the failure, when it failed).
    const failed = info.status !== info.expectedStatus;
    const name = info.titlePath.at(-1)!.replace(/\W+/g, '-').slice(0, 40);
    mkdirSync('screenshots', { recursive: true });
    for (const [i, tab] of opened.entries()) {
      const body = await tab.screenshot().catch(() => null);
      if (body) writeFileSync(failed ? info.outputPath(`window-${i + 1}.png`) : `screenshots/${engine.name}-${name}-${i + 1}.png`, body);
    }
    for (const tab of opened) await tab.close();
  },
  person: async ({ another }, use) => {
    const person = await another();
    await use(person);
    await person.stayedHome();
  },
});

export { expect };
