// Keeping notes safe without a server: a kind nudge on Home to keep a copy (never on a
// shared device), a review's date as a calendar event that holds none of the plan's words,
// and the version shown in About.
import { test, expect, expectAccessible, openApp, seed, testConfig } from './fixtures';
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
