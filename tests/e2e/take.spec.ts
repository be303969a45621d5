import { test, expect, expectAccessible, expectSaved, freshBrowser, nav, openApp, scan, snap } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function writeStatement(page: Page, text: string) {
  await nav(page, 'Statements').click();
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement textarea').last()).toHaveValue(text);
}

async function writeMoment(page: Page, service: string) {
  await nav(page, 'Ladder').click();
  const form = page.locator('form.moment-form');
  await form.getByRole('combobox', { name: 'Service or team' }).fill(service);
  await form.getByRole('group', { name: 'Where was it on the ladder?' }).getByRole('radio', { name: /^Consultation/ }).check();
  await form.getByRole('button', { name: 'Add this moment' }).click();
  await expect(page.locator('.moment')).toContainText([service]);
}

async function statementTexts(page: Page) {
  await nav(page, 'Statements').click();
  await expect(page.locator('main h1')).toHaveText('My I statements');
  return page.locator('.statement textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}


async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Choose a file').setInputFiles(file);
}

test('a saved file comes back in a fresh browser: replaced, added, and never twice', async ({ page, browser, baseURL, offsite, viewport }, info) => {
  await openApp(page);
  await writeStatement(page, 'I am asked before my medication changes.');
  await writeMoment(page, 'Community team');
  await nav(page, 'Home').click();
  await page.getByRole('link', { name: 'Take your notes with you' }).click();
  await expect(page.locator('main h1')).toHaveText('Take it with you');
  await expectAccessible(page);
  await snap(page, 'take', info.project.name);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file' }).click();
  const download = await downloading;
  // The date, and no personal words, in the name.
  expect(download.suggestedFilename()).toMatch(/^alongside-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = readFileSync(await download.path());
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: saved };
  expect(JSON.parse(saved.toString()).schema).toBe(6);

  const fresh = await freshBrowser(browser, baseURL!, offsite, viewport);
  const other = fresh.page;
  await openApp(other, '#/take');
  await chooseFile(other, file);
  await expect(other.getByRole('heading', { name: 'Notes ready to bring in' })).toBeFocused();
  await expect(other.locator('.review .holds')).toHaveText('This file holds 1 statement, 1 moment.');
  await expect(other.locator('.review')).toContainText('Here now: nothing yet.');
  await expectAccessible(other);
  await snap(other, 'take-review', info.project.name);
  // Nothing is here yet, so replacing needs no warning.
  await other.getByRole('button', { name: 'Replace what is here' }).click();
  await expect(other.getByText('Done. Your notes are now the ones you brought in.')).toBeVisible();
  expect(await statementTexts(other)).toEqual(['I am asked before my medication changes.']);
  await nav(other, 'Ladder').click();
  await expect(other.locator('.moment')).toContainText(['Community team']);

  // The same file added again adds nothing.
  await openApp(other, '#/take');
  await chooseFile(other, file);
  await other.getByRole('button', { name: 'Add them to what is here' }).click();
  await expect(other.getByText('Everything in it was already here, so nothing has changed.')).toBeVisible();
  expect(await statementTexts(other)).toEqual(['I am asked before my medication changes.']);

  // Adding to different notes keeps both.
  await writeStatement(other, 'I want my sister told if I go into hospital.');
  await openApp(other, '#/take');
  await chooseFile(other, file);
  await expect(other.locator('.review')).toContainText('Here now: 2 statements, 1 moment.');
  await other.getByRole('button', { name: "Don't bring them in" }).click();
  await expect(other.locator('.review')).toHaveCount(0);

  // Replacing notes that are here asks first, and offers a copy.
  await chooseFile(other, file);
  await other.getByRole('button', { name: 'Replace what is here' }).click();
  const confirm = other.getByRole('dialog', { name: 'Replace what is here?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('2 statements, 1 moment');
  await expectAccessible(other);
  await snap(other, 'take-replace-confirm', info.project.name);
  await confirm.getByRole('button', { name: 'Yes, replace' }).click();
  await expectSaved(other);
  expect(await statementTexts(other)).toEqual(['I am asked before my medication changes.']);
  await other.reload();
  expect(await statementTexts(other)).toEqual(['I am asked before my medication changes.']);
  await fresh.context.close();
});

test('a file that is not ours, damaged or too big is turned away and nothing changes', async ({ page }, info) => {
  await openApp(page);
  await writeStatement(page, 'My words, which must not change.');
  await expectSaved(page);
  const before = await page.evaluate(() => localStorage.getItem('alongside.document'));
  await openApp(page, '#/take');
  const cases: [string, Buffer, string][] = [
    ['notes.txt', Buffer.from('These are my notes from Tuesday.'), "This is not a file Alongside can read."],
    ['other.json', readFileSync('tests/fixtures/import/16-other-app-notes.json'), 'This file was not made by Alongside.'],
    ['parts.json', readFileSync('tests/fixtures/import/37-unknown-statement-part.json'), "This file has parts this version of Alongside doesn't know"],
    ['newer.json', readFileSync('tests/fixtures/import/20-newer-version.json'), 'This file was made by a newer version of Alongside.'],
    ['broken.json', readFileSync('tests/fixtures/import/27-id-a-number.json'), 'This file seems to be damaged'],
    ['huge.json', Buffer.alloc(6 * 1024 * 1024, 32), 'This file is too big to be notes from Alongside.'],
  ];
  for (const [name, buffer, message] of cases) {
    await chooseFile(page, { name, mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.locator('.review')).toHaveCount(0);
  }
  await expectAccessible(page);
  await snap(page, 'take-refused', info.project.name);
  expect(await page.evaluate(() => localStorage.getItem('alongside.document'))).toBe(before);
  expect(await statementTexts(page)).toEqual(['My words, which must not change.']);
});


test('a QR code opens the notes on a phone, ready to add', async ({ page, browser, baseURL, offsite, viewport }, info) => {
  await openApp(page);
  await writeStatement(page, 'I am asked what helps me before a crisis, not after. 🌻');
  await writeMoment(page, 'Ward 3');
  await openApp(page, '#/take');
  await expect(page.getByText('There is nothing to send yet.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(page.getByRole('img', { name: "A code to scan with your phone's camera" })).toBeVisible();
  await expect(page.getByText('This code holds 1 statement, 1 moment.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'take-qr', info.project.name);
  await expect(page.locator('.code-count')).toHaveText('Code 1 of 1');
  await expect(page.getByRole('button', { name: 'Next code' })).toHaveCount(0);
  const link = await scan(page);
  expect(link.startsWith(`${baseURL}#T1:`)).toBe(true);

  const phone = await freshBrowser(browser, baseURL!, offsite, viewport);
  await phone.page.goto(link);
  await expect(phone.page.getByRole('heading', { name: 'Notes ready to bring in' })).toBeVisible();
  await expect(phone.page.locator('.review .holds')).toHaveText('The code you scanned holds 1 statement, 1 moment.');
  // The notes do not stay in the address or its history.
  expect(new URL(phone.page.url()).hash).toBe('#/take');
  await phone.page.getByRole('button', { name: 'Add them to what is here' }).click();
  await expect(phone.page.getByText('Added 1 statement, 1 moment.')).toBeVisible();
  expect(await statementTexts(phone.page)).toEqual(['I am asked what helps me before a crisis, not after. 🌻']);

  // A code cut short says so and changes nothing. Scanned while Alongside is open, the
  // app starts again to read it.
  await phone.page.goto(`${link.slice(0, link.length - 40)}`);
  await expect(phone.page.getByRole('alert').filter({ hasText: 'This link is not complete' })).toBeVisible();
  // So does a code from a version that packs notes another way.
  await phone.page.goto(link.replace('#T1:', '#T9:'));
  await expect(phone.page.getByRole('alert').filter({ hasText: 'made by a different version of Alongside' })).toBeVisible();
  // A link made by an earlier version (`#import=`) still opens.
  await phone.page.goto(`${baseURL}#import=${OLD_LINK}`);
  await expect(phone.page.locator('.review .holds')).toHaveText('The code you scanned holds 1 statement.');
  expect(await statementTexts(phone.page)).toEqual(['I am asked what helps me before a crisis, not after. 🌻']);
  await phone.context.close();
});

/** A heavy user's notes (60 statements with answers and notes, a full plan, 40 moments). */
const HEAVY = JSON.parse(readFileSync('tests/fixtures/take/heavy.json', 'utf8'));
/** "I want to be asked." as an earlier version's one-code link. */
const OLD_LINK = 'NU_NDoIwDH4V0jMYwMTD3sC7J41ZKquyyDbCKmjI3t2OaNJD-_X7aVe4h8khgwIcgn9EawhKiF1PDkHtS5hoBlULhDMZvTHbuj1UTVO17ampVZ3rLCKDLJIVIiOTI88R1GUFa0QSGyGwmJIMSx-01egyRO_seCwW9FxwKG5UYHyS2cmym0iczBb_Gs2vT9cSxgG9RKUSXPgnCRyJ2coT-Qpjo7A-2uOWCSmlLw';

async function storedData(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('alongside.document') ?? 'null')?.data);
}

/** The notes as a saved file holds them. */
async function fileData(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file' }).click();
  return JSON.parse(readFileSync(await (await downloading).path(), 'utf8')).data;
}

test('heavy notes reach a phone by scanning several codes, in any order, one twice', async ({ page, browser, baseURL, offsite, viewport }, info) => {
  // Fifteen codes read from screenshots, and sixteen pages opened on the phone.
  test.setTimeout(180_000);
  await openApp(page);
  await page.evaluate((doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)), HEAVY);
  await openApp(page, '#/take');
  await page.reload();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  const holds = page.getByText(/^Together, these \d+ codes hold 60 statements, a plan, 40 moments\.$/);
  await expect(page.getByRole('group', { name: /^Together, these/ })).toBeFocused();
  await expect(page.locator('svg.qr')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Next code' })).toBeInViewport();
  const count = Number((await holds.textContent())!.match(/\d+/)![0]);
  expect(count).toBeGreaterThan(1);
  await expectAccessible(page);
  await snap(page, 'take-codes', info.project.name);
  // Next, previous, and the arrow keys; next after the last goes back to the first.
  const next = page.getByRole('button', { name: 'Next code' });
  await next.click();
  await expect(page.locator('.code-count')).toHaveText(`Code 2 of ${count}`);
  await page.getByRole('button', { name: 'Previous code' }).click();
  await expect(page.locator('.code-count')).toHaveText(`Code 1 of ${count}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.code-count')).toHaveText(`Code ${count} of ${count}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.code-count')).toHaveText(`Code 1 of ${count}`);
  const links: string[] = [];
  for (let i = 1; i <= count; i++) {
    await expect(page.locator('.code-count')).toHaveText(`Code ${i} of ${count}`);
    links.push(await scan(page));
    await next.click();
  }
  expect(new Set(links).size).toBe(count);

  // The phone opens each link as its camera would: a new page each time, shuffled, one twice.
  const order = [...links.keys()].sort((a, b) => ((a * 7 + 3) % count) - ((b * 7 + 3) % count));
  order.splice(2, 0, order[1]);
  const phone = await freshBrowser(browser, baseURL!, offsite, viewport);
  let last: Page | null = null;
  for (const [step, i] of order.entries()) {
    const tab = await phone.context.newPage();
    await tab.goto(links[i]);
    await expect(tab.locator('main h1')).toHaveText('Take it with you');
    expect(new URL(tab.url()).hash).toBe('#/take');
    if (step < order.length - 1) {
      const have = new Set(order.slice(0, step + 1)).size;
      await expect(tab.locator('.review .holds')).toHaveText(`This phone has ${have} of ${count} codes.`);
      if (step === 2) {
        await expect(tab.getByText(/^Still to scan: /)).toBeVisible();
        await expectAccessible(tab);
        await snap(tab, 'take-gathering', info.project.name);
      }
      await tab.close();
    }
    last = tab;
  }
  await expect(last!.locator('.review .holds')).toHaveText('The code you scanned holds 60 statements, a plan, 40 moments.');
  await last!.getByRole('button', { name: 'Replace what is here' }).click();
  await expectSaved(last!);
  expect(await storedData(last!)).toEqual(await fileData(page));
  // Nothing of the codes is kept once the notes are in.
  expect(await last!.evaluate(() => localStorage.getItem('alongside.parts'))).toBeNull();
  await phone.context.close();
});

test('unfinished codes are removed after a day, and by "Remove everything"', async ({ page, baseURL }) => {
  await openApp(page);
  await page.evaluate((doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)), HEAVY);
  await openApp(page, '#/take');
  await page.reload();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  const first = await scan(page);
  await page.evaluate(() => localStorage.clear());
  await page.clock.install();
  await page.goto(first);
  await expect(page.locator('.review .holds')).toHaveText(/^This phone has 1 of \d+ codes\.$/);
  expect(await page.evaluate(() => localStorage.getItem('alongside.parts'))).toMatch(/^[0-9A-Z]{7} \d+ \d+\n1 [0-9A-Z$*+.\/-]+\n$/);
  await page.clock.fastForward('25:00:00');
  await openApp(page, '#/about');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('About and privacy');
  expect(await page.evaluate(() => localStorage.getItem('alongside.parts'))).toBeNull();
  await page.goto(first);
  await expect(page.locator('.review .holds')).toHaveText(/^This phone has 1 of \d+ codes\.$/);
  await openApp(page, '#/about');
  // About says plainly what a phone's history may still hold.
  await expect(page.getByRole('heading', { name: "Codes and your phone's history" })).toBeVisible();
  await page.getByRole('button', { name: 'Remove everything' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Yes/ }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('alongside.')))).toEqual([]);
  void baseURL;
});

test('notes too long for codes say so and point to a file', async ({ page }) => {
  await openApp(page);
  // Words that do not compress: far more than 60 codes hold.
  const statements = Array.from({ length: 1400 }, (_, i) => ({ id: `s${i}`, theme: 'who_i_am', text: Array.from({ length: 12 }, () => Math.random().toString(36).slice(2)).join(' ') }));
  await page.evaluate(
    (doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)),
    { format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { statements } },
  );
  await openApp(page, '#/take');
  await page.reload();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'too long to send by codes' })).toBeVisible();
  await expect(page.locator('svg.qr')).toHaveCount(0);
});

test('where the browser has a share sheet, the file can be shared', async ({ page }) => {
  // Headless Chromium has no share sheet, so stand in for the phone's one and note what it was given.
  await page.addInitScript(() => {
    const nav = navigator as Navigator & { canShare: (data: ShareData) => boolean; share: (data: ShareData) => Promise<void> };
    nav.canShare = (data) => Boolean(data.files?.length);
    nav.share = async (data) => {
      const file = data.files![0];
      (window as unknown as { shared: unknown }).shared = { name: file.name, type: file.type, text: await file.text() };
    };
  });
  await openApp(page);
  await writeStatement(page, 'Shared through the sheet.');
  await openApp(page, '#/take');
  await page.getByRole('button', { name: 'Share the file' }).click();
  const shared = await page.waitForFunction(() => (window as unknown as { shared?: object }).shared).then((h) => h.jsonValue()) as { name: string; type: string; text: string };
  expect(shared.name).toMatch(/^alongside-\d{4}-\d{2}-\d{2}\.json$/);
  expect(shared.type).toBe('application/json');
  expect(JSON.parse(shared.text).data.statements[0].text).toBe('Shared through the sheet.');
});
