import { test, expect, expectAccessible, expectSaved, openApp, snap } from './fixtures';
import type { Page } from '@playwright/test';

async function texts(page: Page) {
  return page.locator('.statement textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}

async function write(page: Page, text: string, theme = 'Who I am') {
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: theme });
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect.poll(() => texts(page)).toContain(text);
}

test('a first-time visitor is welcomed and can start from an example', async ({ page }, info) => {
  await openApp(page, '#/statements');
  await expect(page.getByText("You haven't written any yet.")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What has changed?' })).toHaveCount(0);
  await expectAccessible(page);
  await snap(page, 'statements-empty', info.project.name);

  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'How I want to be supported' });
  // The chosen theme is explained in one line; all four can be read together.
  await expect(page.getByLabel('Theme', { exact: true })).toHaveAccessibleDescription('The kind of help I want, and how I want to get it.');
  await page.getByText('What the four themes mean').click();
  await expect(page.locator('.examples dt')).toHaveText(['Who I am', "What's important to me", 'How I want to be supported', 'How people behave with me']);
  await page.getByText('Start from an example').click();
  const examples = page.locator('.example');
  await expect(examples).toHaveCount(8);
  const crisis = examples.filter({ hasText: 'I am asked what helps me before a crisis, not after.' });
  await expectAccessible(page);
  await crisis.getByRole('button', { name: 'Add this' }).click();
  await expect(crisis.getByRole('button', { name: 'Added' })).toBeDisabled();
  await expect.poll(() => texts(page)).toEqual(['I am asked what helps me before a crisis, not after.']);
  await expect(page.locator('.statement .theme-tag')).toHaveText(['How I want to be supported']);

  // Make it mine.
  const mine = 'I am asked what helps me before a crisis, not after. Ask me in the spring.';
  await page.getByRole('textbox', { name: 'Statement 1' }).fill(mine);
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => texts(page)).toEqual([mine]);
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'How I want to be supported' });
  await page.getByText('Start from an example').click();
  await expect(crisis.getByRole('button', { name: 'Added' })).toBeDisabled();
});

test('long text, emoji and right-to-left words are kept whole, with a gentle length guide', async ({ page }) => {
  await openApp(page, '#/statements');
  const long = `${'I want to be asked, not told. '.repeat(12)}\n\nSecond paragraph 🌻.`;
  await write(page, long, 'How people behave with me');
  await write(page, 'أريد أن يستمع إلي الناس', 'Who I am');
  await expect(page.getByText('This is quite long.')).toHaveCount(1);
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => texts(page)).toEqual([long, 'أريد أن يستمع إلي الناس']);
  const direction = await page
    .getByRole('textbox', { name: 'Statement 2' })
    .evaluate((field) => getComputedStyle(field).unicodeBidi);
  expect(direction).toBe('plaintext');
});

test('"how true is this now?" answers on different days build a history', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-09-01T10:00:00'));
  await openApp(page, '#/statements');
  await write(page, 'I see the same people where I can.', 'How I want to be supported');
  await write(page, 'People listen to me.', 'How people behave with me');
  const card = page.locator('.statement').filter({ has: page.getByRole('textbox', { name: 'Statement 1' }) });
  await expect(card.locator('.latest')).toHaveText('Not answered yet');

  const answer = async (truth: string, note = '') => {
    await card.getByText('How true is this for me now?', { exact: true }).first().click();
    const form = card.getByRole('group', { name: 'How true is this for me now?' });
    await form.getByRole('radio', { name: truth }).check();
    if (note) await form.getByLabel("Add a note (you don't have to)").fill(note);
    await form.getByRole('button', { name: 'Save my answer' }).click();
    await expect(form.getByText('Answer saved.')).toBeVisible();
    await card.getByText('How true is this for me now?', { exact: true }).first().click();
  };

  // Saving with no answer chosen says so, next to the answers.
  await card.getByText('How true is this for me now?', { exact: true }).first().click();
  await card.getByRole('button', { name: 'Save my answer' }).click();
  await expect(card.getByText('Choose an answer first.')).toBeVisible();
  await expectAccessible(page);
  await card.getByText('How true is this for me now?', { exact: true }).first().click();

  await answer('Not yet', 'New worker again.');
  await page.clock.setFixedTime(new Date('2026-10-15T10:00:00'));
  await answer('Sometimes');
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await answer('Mostly', 'Same nurse three times.');

  await expect(card.locator('.latest')).toHaveText('Now: Mostly (20 November 2026)');
  await expect(card.getByRole('img')).toHaveAttribute(
    'aria-label',
    'How your answers changed: Not yet on 1 September 2026, Sometimes on 15 October 2026, Mostly on 20 November 2026',
  );
  await card.getByText('Answers so far').click();
  await expect(card.locator('.history-list li')).toHaveText([
    'Mostly on 20 November 2026 – Same nurse three times.',
    'Sometimes on 15 October 2026',
    'Not yet on 1 September 2026 – New worker again.',
  ]);

  // What has changed since a chosen day.
  const changes = page.locator('.changes');
  await changes.getByLabel('Since').fill('2026-10-01');
  await expect(changes.locator('[data-change="up"] li')).toHaveText(['I see the same people where I can.']);
  await expect(changes.locator('[data-change="never"] li')).toHaveText(['People listen to me.']);
  // A change made today (the chosen day) counts; from tomorrow, nothing has moved.
  await changes.getByLabel('Since').fill('2026-11-20');
  await expect(changes.locator('[data-change="up"] li')).toHaveText(['I see the same people where I can.']);
  await changes.getByLabel('Since').fill('2026-11-21');
  await expect(changes.getByText('Nothing has moved since then.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'statements-history', info.project.name);

  await expectSaved(page);
  await page.reload();
  await expect(card.locator('.latest')).toHaveText('Now: Mostly (20 November 2026)');
});

test('statements can be reordered with the keyboard', async ({ page }) => {
  await openApp(page, '#/statements');
  for (const text of ['First', 'Second', 'Third']) await write(page, text);
  await page.getByRole('button', { name: 'Move up, statement 3' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => texts(page)).toEqual(['First', 'Third', 'Second']);
  // Focus stays on the button just used, now on the moved statement.
  await expect(page.getByRole('button', { name: 'Move up, statement 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => texts(page)).toEqual(['Third', 'First', 'Second']);
  await page.getByRole('button', { name: 'Move down, statement 1' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => texts(page)).toEqual(['First', 'Third', 'Second']);
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(['First', 'Third', 'Second']);
});

test('put away, bring back, delete and undo', async ({ page }) => {
  await openApp(page, '#/statements');
  for (const text of ['Keep me', 'Put me away', 'Delete me']) await write(page, text);
  await page.locator('.statement').filter({ has: page.getByRole('textbox', { name: 'Statement 2' }) }).getByRole('button', { name: 'Put away' }).click();
  await expect.poll(() => texts(page)).toEqual(['Keep me', 'Delete me']);
  await page.getByText('Put away (1)').click();
  await expect(page.locator('.put-away-row')).toHaveText([/Put me away/]);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Delete statement 2' }).click();
  await expect.poll(() => texts(page)).toEqual(['Keep me']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => texts(page)).toEqual(['Keep me', 'Delete me']);
  await page.getByRole('button', { name: 'Bring back' }).click();
  await expect(page.getByText('Put away (1)')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(['Keep me', 'Put me away', 'Delete me']);
});

test('statements can be filtered by theme and searched', async ({ page }, info) => {
  await openApp(page, '#/statements');
  await write(page, 'My faith matters to me.', 'Who I am');
  await write(page, 'I can talk to a peer supporter.', 'How I want to be supported');
  await write(page, 'People are honest with me.', 'How people behave with me');
  await page.getByLabel('Show').selectOption({ label: 'How I want to be supported' });
  await expect.poll(() => texts(page)).toEqual(['I can talk to a peer supporter.']);
  await page.getByLabel('Show').selectOption({ label: 'All themes' });
  await page.getByRole('searchbox', { name: 'Search my statements' }).fill('HONEST');
  await expect.poll(() => texts(page)).toEqual(['People are honest with me.']);
  await page.getByRole('searchbox', { name: 'Search my statements' }).fill('nothing like this');
  await expect(page.getByText('No statements match.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'statements-filtered', info.project.name);
});

test('a long list shows 25 at a time, with "Show more"', async ({ page }) => {
  await openApp(page);
  const statements = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, theme: 'who_i_am', text: `Statement number ${i + 1}` }));
  await page.evaluate(
    (doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)),
    { format: 'alongside', schema: 1, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { statements } },
  );
  await openApp(page, '#/statements');
  await page.reload();
  await expect(page.locator('.statement')).toHaveCount(25);
  await expect(page.getByText('Showing 25 of 30')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(page.locator('.statement')).toHaveCount(30);
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
});
