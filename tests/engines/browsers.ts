// The two engines Playwright cannot drive here, behind one small interface: WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver, WebDriver classic, under a virtual screen) and Firefox
// ESR (puppeteer-core over WebDriver BiDi). Both are Debian's, installed by ./dev test.
// The WebDriver classic client is a dozen plain HTTP calls, so it is written here rather than
// pulling in a client library with a download step of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** One browser window with nothing stored in it. */
export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page with JSON arguments; a promise is awaited. */
  run<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Runs a script's source in the page (a library to use from `run`). */
  inject(source: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Focuses the field, selects what it holds and types `text` over it, key by key. */
  type(selector: string, text: string): Promise<void>;
  upload(selector: string, path: string): Promise<void>;
  /** The visible part of the page, as PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface Engine {
  name: 'webkit' | 'firefox';
  open(viewport: { width: number; height: number }): Promise<Tab>;
  close(): Promise<void>;
}

async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- Firefox ----

export async function firefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Nothing of Firefox's own goes out: no updates, telemetry, captive-portal or safe-browsing checks.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async open(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      return firefoxTab(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function firefoxTab(page: Page, close: () => Promise<void>): Tab {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: (fn, ...args) => page.evaluate(fn as any, ...args) as any,
    inject: async (source) => void (await page.evaluate(source)),
    click: (selector) => page.click(selector),
    async type(selector, text) {
      await page.$eval(selector, (field: any) => {
        field.focus();
        field.select?.();
      });
      if (await page.$eval(selector, (field: any) => field.value !== '')) await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    async upload(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector} to upload into`);
      await (input as any).uploadFile(path);
    },
    screenshot: async () => Buffer.from(await page.screenshot()),
    close,
  };
}

// ---- WebKit ----

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A virtual screen for MiniBrowser, which hangs when told to run headless. */
async function virtualScreen(): Promise<{ display: string; process?: ChildProcess }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY };
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): apt-get install xvfb`)));
  });
  return { display, process: xvfb };
}

export async function webkit(): Promise<Engine> {
  const screen = await virtualScreen();
  // One driver per window: each of its sessions is a browser with nothing stored.
  const drivers: ChildProcess[] = [];
  return {
    name: 'webkit',
    async open(viewport) {
      const port = await freePort();
      const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], {
        env: { ...process.env, DISPLAY: screen.display, GDK_BACKEND: 'x11' },
        stdio: 'ignore',
      });
      drivers.push(driver);
      const base = `http://127.0.0.1:${port}`;
      for (let tries = 0; ; tries++) {
        try {
          if ((await fetch(`${base}/status`)).ok) break;
        } catch {
          if (tries > 100) throw new Error('WebKitWebDriver did not start: apt-get install webkit2gtk-driver');
        }
        await pause(100);
      }
      const started = await command(base, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          },
        },
      });
      const session = `${base}/session/${started.sessionId}`;
      const tab = webkitTab(session, () => {
        driver.kill();
      });
      await command(session, 'POST', '/window/rect', viewport);
      return tab;
    },
    async close() {
      for (const driver of drivers) driver.kill();
      screen.process?.kill();
    },
  };
}

async function command(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${path}: ${answer.value?.error} ${answer.value?.message}`);
  return answer.value;
}

function webkitTab(session: string, stop: () => void): Tab {
  const element = async (selector: string) => {
    const found = await command(session, 'POST', '/element', { using: 'css selector', value: selector });
    return `/element/${found[ELEMENT]}`;
  };
  return {
    goto: async (url) => void (await command(session, 'POST', '/url', { url })),
    reload: async () => void (await command(session, 'POST', '/refresh')),
    async run(fn, ...args) {
      // The async form: the page's promise is awaited, and a thrown error comes back as one.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const result = await command(session, 'POST', '/execute/async', { script, args });
      if (result?.error) throw new Error(result.error);
      return result?.value;
    },
    inject: async (source) => void (await command(session, 'POST', '/execute/sync', { script: `${source};\nreturn true;`, args: [] })),
    click: async (selector) => void (await command(session, 'POST', `${await element(selector)}/click`)),
    async type(selector, text) {
      // Focused with its words selected, typing replaces them (WebDriver's own clear is
      // refused for some fields by this driver).
      await this.run((selector: string) => {
        const field = document.querySelector(selector) as HTMLInputElement;
        field.focus();
        field.select?.();
      }, selector);
      const field = await element(selector);
      // This driver drops characters beyond the first 65,536 (emoji): those go in through
      // the browser's own editing, as an on-screen keyboard's would.
      for (const part of text.match(/[\u0000-\uD7FF\uE000-\uFFFF]+|[^]/gu) ?? []) {
        if (part.codePointAt(0)! <= 0xffff) await command(session, 'POST', `${field}/value`, { text: part });
        else await this.run((part: string) => document.execCommand('insertText', false, part), part);
      }
    },
    upload: async (selector, path) => void (await command(session, 'POST', `${await element(selector)}/value`, { text: path })),
    screenshot: async () => Buffer.from(await command(session, 'GET', '/screenshot'), 'base64'),
    async close() {
      await command(session, 'DELETE', '').catch(() => {});
      stop();
    },
  };
}

export const engines = { webkit, firefox };
