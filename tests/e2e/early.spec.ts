// Help before the app: the welcome, "Need help now?" and "Leave quickly" work from plain HTML
// and a few lines of script, before the app's code arrives and where it cannot run at all.
import { test, expect, expectAccessible, loneShift, openApp, snap, neutral } from './fixtures';


test('with the app\'s code blocked: the welcome, help with the venue\'s contacts, and Leave quickly', async ({ page, crashes }, info) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Welcome to Alongside' })).toBeVisible();
  await expect(page.getByText('Offered by Riverside Library.')).toBeVisible();
  await page.getByRole('link', { name: 'Need help now?' }).click();
  const help = page.locator('#early-help');
  await expect(help).toBeFocused();
  await expect(help.getByRole('heading', { level: 3 }).first()).toHaveText('In danger now');
  await expect(help.getByRole('link', { name: 'Call 999' })).toHaveCount(1);
  await expect(help.getByRole('link', { name: 'Call 0161 496 0000' })).toHaveAttribute('href', 'tel:01614960000');
  await expect(help.getByRole('link', { name: 'Text 07700 900123' })).toHaveAttribute('href', 'sms:07700900123');
  await expect(help.getByRole('link', { name: 'Visit their website' })).toHaveAttribute('href', 'https://example.org/help');
  // A contact whose only address is not a web address is never shown.
  await expect(help.getByText('Never shown')).toHaveCount(0);
  await expectAccessible(page);
  await snap(page, 'early-help', info.project.name);
  await page.keyboard.press('A');
  await loneShift(page, 3);
  await expect(page).toHaveURL(neutral);
  crashes.splice(0); // the blocked code is this test's own doing
});

test('the Leave quickly button works before the app arrives', async ({ page, crashes }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./#/plan');
  // A deep link shows no welcome in between; help and leaving are there.
  await expect(page.getByRole('heading', { name: 'Welcome to Alongside' })).toBeHidden();
  await expect(page.locator('#early-help').getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveURL(neutral);
  crashes.splice(0);
});

test('Leave quickly pressed before the venue\'s settings arrive: blank at once, then the venue\'s own site', async ({ page, crashes }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  // The settings held back until the button has been pressed (a slow network).
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/config.json', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page.locator('body')).toBeEmpty();
  expect(await page.title()).toBe('');
  expect(page.url()).not.toBe(neutral);
  release();
  await expect(page).toHaveURL(neutral);
  crashes.splice(0);
});

test('where the browser cannot run the app, it says so kindly and help still works', async ({ page, crashes }) => {
  await page.addInitScript(() => delete (window as any).WebAssembly);
  await page.goto('./');
  await expect(page.getByText("This browser can't open Alongside's notes.")).toBeVisible();
  await expect(page.getByText('Loading your notes')).toBeHidden();
  await expect(page.locator('#early-help').getByRole('link', { name: 'Call 116 123' })).toBeVisible();
  crashes.splice(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('help is still there to read and call', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Welcome to Alongside' })).toBeVisible();
    // The standard contacts are in the page itself; nothing that needs a script is offered.
    await expect(page.locator('#early-help').getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('button', { name: 'Leave quickly' })).toBeHidden();
    await expect(page.getByText('Loading your notes')).toBeHidden();
  });
});

test('when the app starts it takes over: one header, one main, the same welcome', async ({ page }) => {
  const settings: string[] = [];
  page.on('request', (request) => request.url().endsWith('/config.json') && settings.push(request.url()));
  await openApp(page);
  // The venue's settings are asked for once, by the page, and the app reads that answer.
  await expect(page.getByText('Offered by Riverside Library.')).toBeVisible();
  expect(settings).toHaveLength(1);
  await expect(page.locator('#early')).toHaveCount(0);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveText('Welcome to Alongside');
});

test('on a host that compresses nothing, the app\'s code comes as its gzip copy and is unpacked here', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await openApp(page);
  expect(asked.filter((path) => path.endsWith('_bg.wasm.gz'))).toHaveLength(1);
  expect(asked.filter((path) => path.endsWith('_bg.wasm'))).toHaveLength(0);
});
