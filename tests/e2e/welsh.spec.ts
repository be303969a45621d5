import { test, expect, expectAccessible, expectNothingOutside, expectSaved, openApp, snap, testConfig } from './fixtures';
import type { Page } from '@playwright/test';

// Cymraeg: chosen in Settings, kept on the device, the venue's default, the page before the
// app, and an English visitor who never downloads a Welsh word.

const welshScreens = [
  { nav: 'Hafan', heading: 'Croeso i Alongside' },
  { nav: 'Datganiadau', heading: 'Fy natganiadau ‘Fi’' },
  { nav: 'Cynllun', heading: 'Fy nghynllun' },
  { nav: 'Ysgol', heading: 'Fy ysgol' },
  { nav: 'Ynghylch', heading: 'Ynghylch a phreifatrwydd' },
];

function welshRequests(page: Page) {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/cy.txt')) asked.push(request.url());
  });
  return asked;
}

async function chooseWelsh(page: Page) {
  await page.goto('./#/settings');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await page.getByRole('combobox', { name: 'Language (Iaith)' }).selectOption('cy');
  await expect(page.locator('main h1')).toHaveText('Gosodiadau');
}

test('a person chooses Cymraeg, drawn again in place, and every screen speaks Welsh', async ({ page }, info) => {
  await openApp(page);
  await chooseWelsh(page);
  // The same place, drawn again in Welsh: focus is back on the choice, the page says cy.
  const choice = page.getByRole('combobox', { name: 'Iaith (Language)' });
  await expect(choice).toBeFocused();
  await expect(choice).toHaveValue('cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle('Gosodiadau – Alongside');
  await expect(page.getByText('Yn cael ei chadw ar y ddyfais hon.', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'welsh-settings', info.project.name);

  const nav = page.getByRole('navigation', { name: 'Prif ddewislen' });
  for (const screen of welshScreens) {
    await nav.getByRole('link', { name: screen.nav, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expect(page).toHaveTitle(`${screen.heading} – Alongside`);
    await expectAccessible(page);
    await snap(page, `welsh-${screen.nav.toLowerCase()}`, info.project.name);
  }
});

// Its own test: every screen above runs axe, which is the slow part.
test('in Welsh, a starter statement, a date, a count and help; kept after a reload, and back to English with every word', async ({ page }, info) => {
  const asked = welshRequests(page);
  await openApp(page);
  await chooseWelsh(page);
  const nav = page.getByRole('navigation', { name: 'Prif ddewislen' });

  // A starter statement in Welsh, added and kept as the person's own words.
  await nav.getByRole('link', { name: 'Datganiadau', exact: true }).click();
  await page.getByText('Dechrau o enghraifft').click();
  const example = page.locator('.example').filter({ hasText: 'Mae pobl yn parchu fy niwylliant, fy ffydd a’r iaith rydw i’n ei siarad.' });
  await example.getByRole('button', { name: 'Ychwanegu hwn' }).click();
  await page.getByRole('textbox', { name: 'Eich geiriau' }).fill('Rydw i eisiau siarad Cymraeg gyda fy nhîm.');
  await page.getByRole('button', { name: 'Ychwanegu datganiad' }).click();
  await expect(page.locator('.statement textarea')).toHaveCount(2);
  await expectSaved(page);

  // A moment on the ladder, with its date in Welsh words.
  await nav.getByRole('link', { name: 'Ysgol', exact: true }).click();
  const form = page.locator('form.moment-form');
  await form.getByLabel('Pryd digwyddodd e?').fill('2026-11-12');
  await form.getByRole('combobox', { name: 'Gwasanaeth neu dîm' }).fill('Tîm cymunedol');
  await form.getByRole('group', { name: 'Ble roedd e ar yr ysgol?' }).getByRole('radio', { name: /^Ymgynghori/ }).check();
  await form.getByRole('button', { name: 'Ychwanegu’r achlysur hwn' }).click();
  await expect(page.locator('.moment').first()).toContainText('12 Tachwedd 2026');
  await expectAccessible(page);

  // Welsh counts: "2 ddatganiad" (two), not a hand-made plural.
  await page.goto('./#/take');
  await page.getByRole('button', { name: 'Dangos cod ar gyfer fy ffôn' }).click();
  await expect(page.getByText('Mae’r cod hwn yn dal 2 ddatganiad, 1 achlysur.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'welsh-take', info.project.name);

  // "Angen help nawr?" in Welsh, with the venue's own contacts as the venue wrote them.
  await page.getByRole('button', { name: 'Angen help nawr?' }).click();
  const help = page.getByRole('dialog', { name: 'Angen help nawr?' });
  await expect(help).toContainText('Riverside drop-in');
  await expect(help.getByRole('link', { name: 'Ffonio 999' })).toBeVisible();
  await expectAccessible(page);
  await help.getByRole('button', { name: 'Cau' }).click();

  // Kept on the device: a reload opens in Welsh, and the words were fetched once.
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Mynd ag ef gyda chi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(await page.evaluate(() => localStorage.getItem('alongside.lang'))).toBe('cy');
  expect(asked.length).toBeGreaterThanOrEqual(1);

  // Back to English, and every word the person wrote is still theirs.
  await page.goto('./#/settings');
  await page.getByRole('combobox', { name: 'Iaith (Language)' }).selectOption('en-GB');
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea').last()).toHaveValue('Rydw i eisiau siarad Cymraeg gyda fy nhîm.');
});

test('the page before the app is in Welsh for a person who chose it', async ({ page, crashes }, info) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('alongside.lang', 'cy'));
  // Without the app's code, only the early page shows: it must already speak Welsh.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.reload();
  await expect(page.locator('#early h1')).toHaveText('Croeso i Alongside');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await page.getByRole('link', { name: 'Angen help nawr?' }).click();
  await expect(page.locator('#early-help')).toBeFocused();
  await expect(page.locator('#early-help')).toContainText('Ffonio 999');
  await expect(page.locator('#early-contacts')).toContainText('Riverside drop-in');
  await expect(page.getByRole('button', { name: 'Gadael yn gyflym' })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'welsh-early', info.project.name);
  crashes.splice(0); // the blocked code is this test's own doing
});

test.describe('a venue whose default is Welsh', () => {
  test.use({ hostConfig: { ...testConfig, language: 'cy', contacts: undefined } });

  test('opens in Welsh with the standard contacts in Welsh, and a person can choose English', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('main h1')).toHaveText('Croeso i Alongside');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('navigation', { name: 'Prif ddewislen' })).toBeVisible();
    await page.getByRole('button', { name: 'Angen help nawr?' }).click();
    await expect(page.getByRole('dialog')).toContainText('GIG 111 Cymru');
    await page.getByRole('button', { name: 'Cau' }).click();
    await expectAccessible(page);

    // The person's own choice wins over the venue's, and is kept.
    await page.goto('./#/settings');
    await page.getByRole('combobox', { name: 'Iaith (Language)' }).selectOption('en-GB');
    await expect(page.locator('main h1')).toHaveText('Settings');
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await expect(page.getByRole('dialog')).toContainText('NHS 111');
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Settings');
  });
});

test.describe('when the Welsh words cannot be fetched', () => {
  test.use({ hostConfig: { ...testConfig, language: 'cy' } });

  test('the app says so kindly in both languages, stays in English and loses nothing', async ({ page }) => {
    await page.route('**/cy.txt', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await openApp(page);
    // The venue asked for Welsh: a notice says why it is English, in both languages.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('.notice')).toContainText('Welsh (Cymraeg) could not be loaded');
    await expect(page.locator('.notice')).toContainText('Nid oedd modd llwytho’r Gymraeg');
    await page.goto('./#/settings');
    await page.getByLabel('Your name (you don\'t have to give it)').fill('Dafydd');
    await expectSaved(page);
    const choice = page.getByRole('combobox', { name: 'Language (Iaith)' });
    await choice.selectOption('cy');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toBeVisible();
    await expect(choice).toHaveValue('en-GB');
    await expect(page.getByLabel('Your name (you don\'t have to give it)')).toHaveValue('Dafydd');
    expect(await page.evaluate(() => localStorage.getItem('alongside.lang'))).toBeNull();
    await expectAccessible(page);
  });
});

test('an English visitor downloads no Welsh words', async ({ page }) => {
  const asked = welshRequests(page);
  await openApp(page);
  for (const hash of ['#/statements', '#/plan', '#/ladder', '#/settings', '#/about']) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await page.waitForTimeout(3500); // past the service worker's start
  expect(asked).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('the layout is ready for a right-to-left language on every screen', async ({ page }, info) => {
  await openApp(page);
  // Something on each screen, so lists, forms and notices are drawn too.
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('I want to be asked first.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await page.getByText('Start from an example').click();
  const screens = ['#/', '#/statements', '#/plan', '#/plan/crisis', '#/plan/goals', '#/ladder', '#/raise', '#/take', '#/settings', '#/about'];
  for (const hash of screens) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await expectNothingOutside(page, `${hash} in right-to-left`);
    // Text starts on the right: the heading's start edge is the right one.
    const heading = await page.locator('main h1').evaluate((h) => getComputedStyle(h).direction);
    expect(heading).toBe('rtl');
    await expectAccessible(page);
    if (hash === '#/plan/crisis') await snap(page, 'rtl-crisis', info.project.name);
  }
});

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });

  test('Welsh and a bigger text are kept for the visit only, and the next person starts afresh', async ({ page }) => {
    await openApp(page);
    await page.goto('./#/settings');
    await expect(page.locator('#language-hint')).toHaveText('Kept until you finish on this shared device.');
    await expect(page.getByText('Kept until you finish on this shared device. Changes show straight away.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Language (Iaith)' }).selectOption('cy');
    await expect(page.locator('main h1')).toHaveText('Gosodiadau');
    await page.getByLabel('Maint y testun').selectOption('150');
    // For the visit: in sessionStorage, never in the browser's long-term storage.
    const kept = await page.evaluate(() => ({
      local: Object.keys(localStorage).filter((k) => k.startsWith('alongside.')),
      lang: sessionStorage.getItem('alongside.lang'),
      look: sessionStorage.getItem('alongside.look'),
    }));
    expect(kept).toEqual({ local: [], lang: 'cy', look: 'text-150' });
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Gosodiadau');
    await expect(page.locator('html')).toHaveAttribute('data-look', 'text-150');

    await page.getByRole('button', { name: 'Gorffen a chlirio' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clirio popeth a gorffen' }).click();
    await expect(page).toHaveURL(/\/app\/$/);
    await expect(page.locator('main h1')).toHaveText('Welcome to Alongside');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('html')).toHaveAttribute('data-look', '');
  });
});
