import { test, expect, expectAccessible, nav, openApp, snap, testConfig, neutral, FROM_SITE } from './fixtures';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';


/** The words `writeEverywhere` writes. */
const written = ['I want to be asked first.', 'A walk by the canal.'];

/** Every key the app could have left: web storage of both kinds and IndexedDB; and every
 * response in Cache Storage (the service worker's copy of the app) holding a written word. */
async function traces(page: Page) {
  return page.evaluate(async (written) => {
    const caught: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const text = new TextDecoder('latin1').decode(await (await cache.match(request))!.arrayBuffer());
        if (written.some((words) => text.includes(words))) caught.push(request.url);
      }
    }
    return {
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: caught,
    };
  }, written);
}
const none = { local: [], session: [], indexedDB: [], caches: [] };

async function writeEverywhere(page: Page) {
  await nav(page, 'Statements').click();
  await page.getByRole('textbox', { name: 'Your words' }).fill(written[0]);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement')).toHaveCount(1);
  await nav(page, 'Ladder').click();
  const form = page.locator('form.moment-form');
  await form.getByRole('combobox', { name: 'Service or team' }).fill('Ward 3');
  await form.getByRole('group', { name: 'Where was it on the ladder?' }).getByRole('radio', { name: /^Informing/ }).check();
  await form.getByRole('button', { name: 'Add this moment' }).click();
  await expect(page.locator('.moment')).toHaveCount(1);
  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^Keeping well/ }).click();
  await page.getByLabel('What I do to keep well').fill(written[1]);
  await nav(page, 'About').click();
  await page.getByRole('link', { name: 'Your settings' }).click();
  await page.getByLabel('Your name').fill('Sam');
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 2 } } });

  test('work is kept only for the visit, and "Finish and wipe" leaves no trace', async ({ page }, info) => {
    await openApp(page);
    const entries = await page.evaluate(() => history.length);
    await expect(page.getByText('This is a shared device.')).toBeVisible();
    await expectAccessible(page);
    await snap(page, 'kiosk-home', info.project.name);
    await writeEverywhere(page);
    const during = await traces(page);
    expect(during.local).toEqual([]);
    expect(during.session).toEqual(['alongside.document']);

    // The service worker has kept the app's files by now, so the check below reads them.
    await expect.poll(() => page.evaluate(() => caches.keys().then((names) => names.length))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Finish and wipe' }).click();
    const finish = page.getByRole('dialog', { name: 'Before you finish' });
    await expect(finish).toBeVisible();
    await expect(finish.getByRole('link', { name: 'Take my notes with me' })).toBeVisible();
    await expectAccessible(page);
    await snap(page, 'kiosk-finish', info.project.name);
    await finish.getByRole('button', { name: 'Wipe everything and finish' }).click();

    // A fresh welcome, nothing stored anywhere, and no way back to this visit's screens.
    await expect(page).toHaveURL(/\/app\/$/);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await traces(page)).toEqual(none);
    // Moving between screens and wiping added no history entries.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await nav(page, 'Statements').click();
    await expect(page.getByText("You haven't written any yet.")).toBeVisible();
  });

  test('after the idle minutes a warning counts down; "I\'m still here" keeps the work, silence wipes it', async ({ page }, info) => {
    await page.clock.install({ time: new Date('2026-11-22T10:00:00Z') });
    await openApp(page);
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt(new Date('2026-11-22T10:00:20Z'));
    await nav(page, 'Statements').click();
    await page.getByRole('textbox', { name: 'Your words' }).fill('Please knock before you come in.');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await expect(page.locator('.statement')).toHaveCount(1);

    const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await page.clock.runFor('01:55');
    await expect(warning).toBeHidden();
    for (let second = 0; second < 10 && !(await warning.isVisible()); second++) await page.clock.runFor(1000);
    await expect(warning).toBeVisible();
    // At least 20 seconds to answer (WCAG 2.2.1).
    await expect(warning.locator('.countdown')).toHaveText('Wiping in 30 seconds.');
    await expect(warning.getByRole('button', { name: "I'm still here" })).toBeFocused();
    await page.clock.runFor('00:05');
    await expect(warning.locator('.countdown')).toHaveText('Wiping in 25 seconds.');
    // axe needs time to run; a few real seconds pass on the countdown meanwhile.
    await page.clock.resume();
    await expectAccessible(page);
    await snap(page, 'kiosk-idle', info.project.name);
    await warning.getByRole('button', { name: "I'm still here" }).click();
    await expect(warning).toBeHidden();
    await expect(page.locator('.statement textarea')).toHaveValue('Please knock before you come in.');

    // Nobody answers this time.
    await page.clock.pauseAt(new Date(Date.parse(await page.evaluate(() => new Date().toISOString())) + 2000));
    await page.clock.runFor('02:05');
    await expect(warning).toBeVisible();
    await page.clock.runFor('00:31');
    await expect(page).toHaveURL(/\/app\/$/);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await traces(page)).toEqual(none);
  });

  test('"Leave quickly" also wipes a shared device', async ({ page }) => {
    await openApp(page);
    await writeEverywhere(page);
    await page.getByRole('button', { name: 'Leave quickly' }).click();
    await expect(page).toHaveURL(neutral);
    expect(await traces(page)).toEqual(none);
  });
});

test('"Leave quickly" hides the page and Back does not bring it back', async ({ page }, info) => {
  await page.goto('about:blank');
  await openApp(page, '#/statements');
  await expectAccessible(page);
  await snap(page, 'leave-button', info.project.name);
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveURL(neutral);
  await page.goBack();
  expect(page.url()).not.toContain('/app/');
});

test('"Leave quickly" can be reached from inside an open dialog', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const help = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(help).toBeVisible();
  // Opening the dialog does not put focus on the button that leaves.
  await expect(help.getByRole('heading', { name: 'Need help now?' })).toBeFocused();
  await help.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveURL(neutral);
});

test('pressing Shift three times leaves quickly, from any screen', async ({ page }) => {
  await page.goto('about:blank');
  await openApp(page, '#/ladder');
  await page.getByRole('combobox', { name: 'Service or team' }).focus();
  // Two presses do nothing.
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.locator('main h1')).toHaveText('My ladder');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(neutral);
});

test('About explains what "Leave quickly" does and does not hide', async ({ page }) => {
  await openApp(page, '#/about');
  await expect(page.getByText('Pressing Back in that tab goes to the everyday website again, not to your notes.')).toBeVisible();
  await expect(page.getByText('Typing capital letters never does this.')).toBeVisible();
  await expect(page.getByText('It does not clear the rest of your browser history')).toBeVisible();
});

test.describe('a venue updating its copy', () => {
  // The server's own files, config.json included: nothing replaced by the test.
  test.use({ hostConfig: FROM_SITE });

  test('a release copied over the site keeps its settings, and the next visit is still a shared device', async ({ page, baseURL }, info) => {
    const release = 'target/e2e-site/app';
    expect(existsSync(`${release}/config.json`), 'a release holds no config.json').toBe(false);
    expect(existsSync(`${release}/config.example.json`)).toBe(true);
    // The venue's site: last year's copy, its own settings, then the README's update steps
    // (copy the new dist/ over the old one).
    const folder = `updated-${info.project.name}`;
    const site = `target/e2e-site/${folder}`;
    rmSync(site, { recursive: true, force: true });
    cpSync(release, site, { recursive: true, dereference: true });
    const own = JSON.stringify({ ...testConfig, venue: 'Hillside Hub', kiosk: { enabled: true, idle_minutes: 10 } });
    writeFileSync(`${site}/config.json`, own);
    cpSync(release, site, { recursive: true, dereference: true, force: true });
    expect(readFileSync(`${site}/config.json`, 'utf8')).toBe(own);

    await page.goto(new URL(`../${folder}/`, baseURL).href);
    await expect(page.locator('#early')).toHaveCount(0);
    await expect(page.getByText('Offered by Hillside Hub.')).toBeVisible();
    await expect(page.getByText('This is a shared device.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Finish and wipe' })).toBeVisible();
    await expectAccessible(page);
    rmSync(site, { recursive: true, force: true });
  });
});
