// Keeping notes safe without a server: a kind nudge on Home to keep a copy (never on a
// shared device), a review's date as a calendar event that holds none of the plan's words,
// and the version shown in About.
import { test, expect, expectAccessible, openApp, seed, snap, testConfig } from './fixtures';
import { readFileSync } from 'node:fs';

const nudge = (page: import('@playwright/test').Page) => page.locator('.keep-copy');

test('Home says kindly when a copy was last kept, and goes once one is', async ({ page }) => {
  await openApp(page);
  await expect(nudge(page)).toBeHidden();
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('I am asked first.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await page.goto('./#/');
  await expect(nudge(page)).toContainText('You have not saved a copy of your notes yet. They are only on this device.');
  await expectAccessible(page);
  await nudge(page).getByRole('link', { name: 'Save a copy' }).click();
  await expect(page.locator('main h1')).toHaveText('Take it with you');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file' }).click();
  await downloading;
  await page.goto('./#/');
  await expect(page.locator('main h1')).toHaveText('Welcome to Alongside');
  await expect(nudge(page)).toBeHidden();
});

test('a copy kept weeks ago is said in weeks, and "Hide" puts it away', async ({ page }) => {
  const today = new Date();
  const weeksAgo = new Date(today.getTime() - 43 * 86400000).toISOString().slice(0, 10);
  await seed(page, { statements: [{ id: 'a', text: 'Kept.' }], settings: { display_name: '', copied_on: weeksAgo } }, '#/', 5);
  await expect(nudge(page)).toContainText('You last saved a copy of your notes 6 weeks ago.');
  await nudge(page).getByRole('button', { name: 'Hide' }).click();
  await expect(nudge(page)).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Welcome to Alongside');
  await expect(nudge(page)).toBeHidden();
});

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });
  test('there is no nudge: "Finish and wipe" offers a copy', async ({ page }) => {
    await openApp(page, '#/statements');
    await page.getByRole('textbox', { name: 'Your words' }).fill('On a shared device.');
    await page.getByRole('button', { name: 'Add statement' }).click();
    await page.goto('./#/');
    await expect(page.locator('main h1')).toHaveText('Welcome to Alongside');
    await expect(nudge(page)).toBeHidden();
  });
});

test("the next review goes in my calendar, with a reminder and none of the plan's words", async ({ page }) => {
  await openApp(page, '#/plan/reviews');
  await expect(page.getByRole('heading', { name: 'A reminder in my calendar' })).toBeHidden();
  await page.getByLabel('Who I looked at it with').fill('Dr Okafor');
  await page.getByLabel('What changed').fill('Secret-Plan-Words about my medication.');
  await page.getByLabel('When to look at it again').fill('2027-03-15');
  await page.getByRole('button', { name: 'Save a review' }).click();
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'A reminder in my calendar' }) });
  await expect(section.getByLabel('Name in my calendar')).toHaveValue('Review my plan');
  await section.getByLabel('Name in my calendar').fill('See the team, bring notes; ask about Tuesdays');
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Add to my calendar' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('review-2027-03-15.ics');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  expect(lines).toContain('DTSTART;VALUE=DATE:20270315');
  expect(lines).toContain('DTEND;VALUE=DATE:20270316');
  expect(lines).toContain('TRIGGER:-P1D');
  expect(lines).toContain('SUMMARY:See the team\\, bring notes\\; ask about Tuesdays');
  expect(text).not.toContain('Secret-Plan-Words');
  expect(text).not.toContain('Okafor');
});

test('About says which version this is', async ({ page }) => {
  const version = readFileSync('Cargo.toml', 'utf8').match(/^version = "([^"]+)"/m)![1];
  await openApp(page, '#/about');
  await expect(page.locator('.version')).toHaveText(`Alongside version ${version}`);
});

/** The browser's answer to "keep this site's notes", and how often it was asked. */
async function browserKeeps(page: import('@playwright/test').Page, answer: boolean) {
  await page.addInitScript((agrees) => {
    const w = window as any;
    w.keepAsked = 0;
    let kept = false;
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(kept) });
    Object.defineProperty(navigator.storage, 'persist', { value: () => { w.keepAsked++; kept = agrees; return Promise.resolve(agrees); } });
  }, answer);
}
const asked = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).keepAsked);

async function addStatement(page: import('@playwright/test').Page, words: string) {
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill(words);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.save-state')).toHaveAttribute('data-state', 'saved');
}

for (const agrees of [true, false]) {
  test(`the browser is asked once to keep the notes, after the first save, and About says it ${agrees ? 'agreed' : 'may clear them'}`, async ({ page }) => {
    await browserKeeps(page, agrees);
    await openApp(page, '#/about');
    await expect(page.getByText('This browser may clear your notes if the phone runs short of space or you do not open Alongside for a while.')).toBeVisible();
    expect(await asked(page)).toBe(0);
    await addStatement(page, 'I am asked first.');
    await expect.poll(() => asked(page)).toBe(1);
    await addStatement(page, 'I have time to think.');
    await page.goto('./#/about');
    await expect(page.getByText(agrees ? 'This browser has agreed to keep your notes.' : 'This browser may clear your notes', { exact: false })).toBeVisible();
    // "Keep a copy" is in the same part of the screen.
    await expect(page.getByRole('button', { name: 'Download a copy' })).toBeVisible();
    await expectAccessible(page);
    expect(await asked(page)).toBe(1);
  });
}

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });
  test('the browser is never asked to keep anything, and About does not talk of it', async ({ page }) => {
    await browserKeeps(page, true);
    await openApp(page);
    await addStatement(page, 'Only for this visit.');
    await page.goto('./#/about');
    await expect(page.locator('main h1')).toHaveText('About and privacy');
    await expect(page.getByText('This browser has agreed')).toBeHidden();
    await expect(page.getByText('This browser may clear')).toBeHidden();
    expect(await asked(page)).toBe(0);
  });
});

test.describe('in Safari on an iPhone, not opened from the Home Screen', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1' });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: false }));
  });

  test('Home says once that Safari clears notes after a week, with how to keep them, and then nudges weekly', async ({ page }, info) => {
    await seed(page, { statements: [{ id: 'a', text: 'Kept.' }] }, '#/', 5);
    await expect(nudge(page)).toContainText('Safari may clear your notes if you do not open Alongside for about a week.');
    await nudge(page).getByText('How to keep your notes for longer on an iPhone or iPad').click();
    await expect(nudge(page).getByRole('listitem')).toHaveText([
      'Keep a copy of your notes.',
      'In Safari, tap Share, then "Add to Home Screen".',
      'Open Alongside from your Home Screen and bring your copy in. Notes kept there are not cleared after a week.',
    ]);
    await expect(nudge(page).getByRole('link', { name: 'Save a copy' })).toBeVisible();
    await expectAccessible(page);
    await snap(page, 'keeping-safari', info.project.name);
    await nudge(page).getByRole('button', { name: 'Hide' }).click();
    await expect(nudge(page)).toBeHidden();

    // Eight days on: the usual words, after a week rather than four.
    const eightDaysAgo = new Date(Date.now() - 8 * 86400000).toISOString().slice(0, 10);
    await seed(page, { statements: [{ id: 'a', text: 'Kept.' }], settings: { display_name: '', nudge_hidden_on: eightDaysAgo } }, '#/', 5);
    await expect(nudge(page)).toContainText('You have not saved a copy of your notes yet.');
    await page.goto('./#/about');
    await expect(page.getByText('Safari may clear your notes if you do not open Alongside for about a week.')).toBeVisible();
    await expect(page.getByText('How to keep your notes for longer on an iPhone or iPad')).toBeVisible();
  });
});
