import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible, expectSaved, fillableDevice, openApp, snap, storedKeys } from './fixtures';
import type { Page } from '@playwright/test';

async function addStatement(page: Page, text: string, theme = 'Who I am') {
  await page.getByLabel('Theme').selectOption({ label: theme });
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('');
  await expect.poll(() => statementTexts(page)).toContain(text);
}

async function statementTexts(page: Page) {
  return page.locator('.statement textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}

test('what a person writes is still there after a reload', async ({ page }, info) => {
  await openApp(page, '#/statements');
  await expect(page.getByText("You haven't written any yet.")).toBeVisible();
  await expectAccessible(page);
  // Adding nothing gets a kind message next to the field, and nothing is added.
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.getByText('Write a few words first, then add it.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await expectAccessible(page);

  const long = 'I want people to ask me what helps. 🌱\n\nNot to guess.';
  await addStatement(page, long, 'How people behave with me');
  await addStatement(page, 'أريد أن يستمع إلي الناس', 'Who I am');
  await expectSaved(page);
  await expect.poll(() => statementTexts(page)).toEqual([long, 'أريد أن يستمع إلي الناس']);
  await expect(page.locator('.statement .theme-tag')).toHaveText(['How people behave with me', 'Who I am']);

  // Rewrite the first one in place.
  const first = page.getByRole('textbox', { name: 'Statement 1' });
  await first.fill('I want people to ask me what helps.');
  await expectSaved(page);
  await snap(page, 'statements', info.project.name);
  await expectAccessible(page);

  await openApp(page, '#/settings');
  await page.getByLabel("Your name (you don't have to give it)").fill('Sam');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel("Your name (you don't have to give it)")).toHaveValue('Sam');
  await openApp(page, '#/statements');
  await expect.poll(() => statementTexts(page)).toEqual(['I want people to ask me what helps.', 'أريد أن يستمع إلي الناس']);
});

test('a statement removed by mistake comes back with undo', async ({ page }) => {
  await openApp(page, '#/statements');
  await addStatement(page, 'First');
  await addStatement(page, 'Second');
  await page.getByRole('button', { name: 'Delete statement 1' }).click();
  await expect.poll(() => statementTexts(page)).toEqual(['Second']);
  await expect(page.getByText('Statement deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => statementTexts(page)).toEqual(['First', 'Second']);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.statement textarea')).toHaveCount(2);
});

test('words typed just before closing are saved', async ({ page }) => {
  await openApp(page, '#/settings');
  await page.getByLabel("Your name (you don't have to give it)").fill('Typed quickly');
  // Leaving the page saves at once, without waiting for the pause after typing.
  await page.goto('about:blank');
  await openApp(page, '#/settings');
  await expect(page.getByLabel("Your name (you don't have to give it)")).toHaveValue('Typed quickly');
});

test('unreadable saved data is kept safe and offered for download', async ({ page }, info) => {
  const garbage = '{"format":"alongside","schema":1,"data":{"statements":[{"id":7, "text": "half a sente';
  await openApp(page);
  await page.evaluate((raw) => localStorage.setItem('alongside.document', raw), garbage);
  await page.reload();
  const notice = page.locator('.notice').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'unreadable', info.project.name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^alongside-kept-safe-\d{4}-\d{2}-\d{2}\.json$/);
  expect(readFileSync(await download.path(), 'utf8')).toBe(garbage);
  // The app starts clean and saves new words without touching the kept copy.
  await openApp(page, '#/settings');
  await page.getByLabel("Your name (you don't have to give it)").fill('New start');
  await expectSaved(page);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('alongside.aside.')).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([garbage]);
  await openApp(page, '#/about');
  await expect(page.getByRole('button', { name: 'Download copy 1' })).toBeVisible();
});

test('notes from a newer version open read-only and are never written over', async ({ page }) => {
  const newer = JSON.stringify({
    format: 'alongside',
    schema: 99,
    rev: 3,
    saved_at: '2027-01-01T00:00:00Z',
    data: { settings: { display_name: 'From the future' }, statements: [], new_things: [1, 2] },
  });
  await openApp(page);
  await page.evaluate((raw) => localStorage.setItem('alongside.document', raw), newer);
  await openApp(page, '#/settings');
  await page.reload();
  await expect(page.getByText('saved by a newer version of Alongside')).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Read only');
  const name = page.getByLabel("Your name (you don't have to give it)");
  await expect(name).toHaveValue('From the future');
  await expect(name).toBeDisabled();
  await page.goto('about:blank');
  await openApp(page);
  expect(await page.evaluate(() => localStorage.getItem('alongside.document'))).toBe(newer);
});

test('two tabs: changes in one appear in the other, and both survive', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, '#/statements');
  await openApp(second, '#/statements');
  await first.bringToFront();
  await addStatement(first, 'Written in the first tab');
  await expectSaved(first);
  await expect.poll(() => statementTexts(second)).toEqual(['Written in the first tab']);
  await second.bringToFront();
  await addStatement(second, 'Written in the second tab');
  await expectSaved(second);
  await expect.poll(() => statementTexts(first)).toEqual(['Written in the first tab', 'Written in the second tab']);
  await first.reload();
  await expect(first.locator('.statement textarea')).toHaveCount(2);
});

test('two tabs editing different statements at the same moment both keep their words', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first, '#/statements');
  await addStatement(first, 'one');
  await addStatement(first, 'two');
  await expectSaved(first);
  const second = await context.newPage();
  await openApp(second, '#/statements');
  // Make the second tab deaf to the first, as if both saved at once.
  await second.evaluate(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await first.bringToFront();
  await first.getByRole('textbox', { name: 'Statement 1' }).fill('one, changed in the first tab');
  await expectSaved(first);
  await second.bringToFront();
  await second.getByRole('textbox', { name: 'Statement 2' }).fill('two, changed in the second tab');
  await expectSaved(second);
  await first.reload();
  await expect
    .poll(() => statementTexts(first))
    .toEqual(['one, changed in the first tab', 'two, changed in the second tab']);
});

test('a full device says "Not saved", keeps the words, and saves once there is room', async ({ page }, info) => {
  await fillableDevice(page);
  await openApp(page, '#/settings');
  const name = page.getByLabel("Your name (you don't have to give it)");
  await name.fill('Saved');
  await expectSaved(page);
  await page.evaluate(() => ((window as any).deviceFull = true));
  await name.fill('Not yet saved');
  await expect(page.locator('.save-state')).toHaveText('Not saved');
  const notice = page.locator('.notice').filter({ hasText: 'storage is full' });
  await expect(notice).toBeVisible();
  await expect(name).toHaveValue('Not yet saved');
  await expectAccessible(page);
  await snap(page, 'full', info.project.name);
  // The person can take a copy of what is not saved.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('"display_name":"Not yet saved"');
  await page.evaluate(() => ((window as any).deviceFull = false));
  await name.fill('Not yet saved, now saved');
  await expectSaved(page);
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(name).toHaveValue('Not yet saved, now saved');
});

test('when the browser blocks storage, the app still works and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await openApp(page, '#/statements');
  await expect(page.getByText('This browser is not letting Alongside save.')).toBeVisible();
  await addStatement(page, 'Kept while the page is open');
  await expect(page.locator('.save-state')).toHaveText('Kept until you close this page');
  await expect.poll(() => statementTexts(page)).toEqual(['Kept while the page is open']);
  await expectAccessible(page);
});

test('"Remove everything" asks first, then leaves nothing behind', async ({ page }, info) => {
  await openApp(page, '#/statements');
  await addStatement(page, 'Something private');
  await expectSaved(page);
  expect(await storedKeys(page)).toEqual(['alongside.document']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await page.getByRole('button', { name: 'Remove everything from this device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove everything?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'remove', info.project.name);
  // Changing one's mind keeps everything.
  await dialog.getByRole('button', { name: 'No, keep my notes' }).click();
  expect(await storedKeys(page)).toEqual(['alongside.document']);
  await page.getByRole('button', { name: 'Remove everything from this device' }).click();
  await dialog.getByRole('button', { name: 'Yes, remove everything' }).click();
  await expect(page.getByText('Everything has been removed from this device.')).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await openApp(page, '#/statements');
  await expect(page.getByText("You haven't written any yet.")).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
});

test('a copy of everything can be downloaded from About', async ({ page }) => {
  await openApp(page, '#/statements');
  await addStatement(page, 'Take this with me');
  await openApp(page, '#/about');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a copy' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^alongside-\d{4}-\d{2}-\d{2}\.json$/);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(copy.format).toBe('alongside');
  expect(copy.data.statements[0].text).toBe('Take this with me');
});

test('removing everything in one tab clears the other tab too', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first, '#/statements');
  await addStatement(first, 'Private words');
  await expectSaved(first);
  const second = await context.newPage();
  await openApp(second, '#/statements');
  await expect.poll(() => statementTexts(second)).toEqual(['Private words']);
  await first.bringToFront();
  await openApp(first, '#/about');
  await first.getByRole('button', { name: 'Remove everything from this device' }).click();
  await first.getByRole('button', { name: 'Yes, remove everything' }).click();
  await expect(second.getByText('Everything was removed from this device in another tab or window.')).toBeVisible();
  await expect.poll(() => statementTexts(second)).toEqual([]);
  // The second tab does not bring the words back.
  await second.waitForTimeout(500);
  expect(await storedKeys(second)).toEqual([]);
});
