// "What I want to raise": suggestions from the person's own notes, nothing on the page unless
// chosen, their own questions, one printed page, and a copy as text.
import { test, expect, expectAccessible, expectSaved, openApp, seed, snap } from './fixtures';
import { mkdirSync } from 'node:fs';

const rating = (day: string, truth: string, note = '') => ({ day, truth, ...(note ? { note } : {}) });
const notes = {
  statements: [
    { id: 's1', theme: 'how_supported', text: 'I am asked before my medication changes.', ratings: [rating('2026-10-01', 'mostly'), rating('2026-11-02', 'sometimes')] },
    { id: 's2', theme: 'how_people_behave', text: 'I see the same nurse each time.', ratings: [rating('2026-11-02', 'not_yet')] },
    { id: 's3', theme: 'who_i_am', text: 'People know I speak Welsh at home.', ratings: [rating('2026-11-02', 'yes')] },
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `x${i}`, theme: 'what_matters', text: `I can talk about my ${['sleep', 'money', 'housing', 'family', 'work', 'faith'][i]} without being rushed, and people take the time to understand what it means for me.`,
      ratings: [rating('2026-11-02', 'not_yet')],
    })),
  ],
  plan: {
    goals: [
      { id: 'g1', title: 'Go back to the choir', obstacles: 'The bus fare, and feeling anxious in big groups.', steps: [] },
      { id: 'g2', title: 'Paint the kitchen door', finished: true, steps: [] },
      { id: 'g3', title: 'Walk to the park twice a week', obstacles: 'My knee hurts in the cold.', steps: [] },
    ],
  },
  moments: [
    { id: 'm1', date: '2026-11-20', service: 'Ward 3', experienced: 'informing', wanted: 'co_production' },
    { id: 'm2', date: '2026-11-21', service: 'GP surgery', experienced: 'co_design', wanted: 'co_design' },
    { id: 'm3', date: '2026-11-22', service: 'Community team', experienced: 'consultation', wanted: 'co_design' },
  ],
  settings: { display_name: 'Sam' },
};

test('what I want to raise: chosen from my notes, my own questions, one printed page', async ({ page, context }, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, notes);
  await page.getByRole('link', { name: 'What I want to raise at my next appointment' }).click();
  await expect(page.locator('main h1')).toHaveText('What I want to raise');
  const statements = page.getByRole('group', { name: 'From my statements' });
  // The least true first; a statement that is true now is not suggested.
  await expect(statements.locator('label').first()).toContainText('I see the same nurse each time.');
  await expect(statements).toContainText('Less true than before: Sometimes on 2 November 2026 (was Mostly on 1 October 2026)');
  await expect(statements).not.toContainText('Welsh');
  await expect(page.getByRole('group', { name: 'From my goals' })).toContainText('In the way: The bus fare');
  await expect(page.getByRole('group', { name: 'From my goals' })).not.toContainText('Paint the kitchen door');
  const ladder = page.getByRole('group', { name: 'From my ladder' });
  await expect(ladder).toContainText('Ward 3');
  await expect(ladder).not.toContainText('GP surgery');

  // Nothing is on the page until it is chosen.
  const sheet = page.locator('.plan-copy');
  await expect(sheet.getByRole('heading', { name: 'Sam: what I want to raise' })).toBeVisible();
  await expect(sheet.locator('.copy-section')).toHaveCount(0);
  await statements.getByRole('checkbox', { name: /I see the same nurse/ }).check();
  await ladder.getByRole('checkbox', { name: /Ward 3/ }).check();
  await page.getByLabel('My own questions').fill('Can I have my appointments in the afternoon?\nWho do I call if my medication runs out?');
  await expectSaved(page);
  await page.reload();
  await expect(statements.getByRole('checkbox', { name: /I see the same nurse/ })).toBeChecked();
  await expect(page.getByLabel('My own questions')).toHaveValue(/Who do I call/);
  await expect(sheet).toContainText('I see the same nurse each time.');
  await expect(sheet).toContainText('Who do I call if my medication runs out?');
  await expect(sheet).not.toContainText('medication changes');
  await expectAccessible(page);
  await snap(page, 'raise', info.project.name);

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied. You can paste it into a message.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Sam: what I want to raise');
  expect(text).toContain('My own questions\n----------------\nCan I have my appointments in the afternoon?\n');
  expect(text).not.toContain('medication changes');

  // Everything chosen still prints on one page, A4 or Letter.
  for (const box of await page.locator('.raise-ideas input[type="checkbox"]').all()) await box.check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await snap(page, 'raise-print', info.project.name);
  mkdirSync('screenshots', { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ path: `screenshots/${info.project.name}-raise-${format}.pdf`, format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });

  // Also reached from Take it with you.
  await openApp(page, '#/take');
  await page.getByRole('link', { name: 'What I want to raise' }).click();
  await expect(page.locator('main h1')).toHaveText('What I want to raise');
});

test('with no notes yet, it says where ideas come from and own questions still work', async ({ page }) => {
  await openApp(page, '#/raise');
  await expect(page.getByText('Ideas appear here as you answer your statements')).toBeVisible();
  await page.getByLabel('My own questions').fill('What are my options?');
  await expect(page.locator('.plan-copy')).toContainText('What are my options?');
  await expectAccessible(page);
});
