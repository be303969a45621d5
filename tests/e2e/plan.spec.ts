import { test, expect, expectAccessible, expectSaved, nav, openApp, seed, snap } from './fixtures';
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

async function part(page: Page, name: string) {
  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await expect(page.locator('main h1')).toHaveText(name);
}

async function reloadAndOpen(page: Page, name: string) {
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(name);
}

test('every part of the plan is reachable from the overview and passes axe', async ({ page }, info) => {
  // Ten screens, each checked by axe: more than the usual time on a busy machine.
  test.slow();
  await openApp(page, '#/plan');
  await expect(page.getByText('Next, you could look at:')).toBeVisible();
  await expect(page.locator('.status')).toHaveText(Array(7).fill('Not started yet'));
  await expectAccessible(page);
  await snap(page, 'plan-overview', info.project.name);
  for (const name of ['My goals', 'Keeping well', 'Triggers and early warning signs', 'What helps me cope', 'Staying safe', 'My crisis plan', 'People and services', 'Who can see my plan', 'Reviews', 'A copy to bring along']) {
    await part(page, name);
    await expect(nav(page, 'Plan')).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
  }
});

test('a goal with small steps, ticked off, finished and kept', async ({ page }, info) => {
  await openApp(page, '#/plan/goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.locator('.goal').first();
  await expect(goal.getByLabel('My goal')).toBeFocused();
  await goal.getByLabel('My goal').fill('Paint the kitchen door');
  await goal.getByLabel('Why it matters to me').fill('It makes the flat feel like mine.');
  for (const step of ['Choose a colour', 'Buy the paint', 'Paint it on a dry day']) {
    await goal.getByRole('button', { name: 'Add a step' }).click();
    await expect(goal.locator('.step textarea').last()).toBeFocused();
    await page.keyboard.type(step);
  }
  await goal.getByRole('checkbox', { name: 'Step 1 done' }).check();
  await goal.getByRole('checkbox', { name: 'Step 2 done' }).check();
  await expect(goal.getByLabel('How far along')).toContainText('Work it out from my steps (About halfway)');
  await goal.getByLabel('What might get in the way').fill('Money is tight.');
  await goal.getByLabel("What I'll do about it").fill('Ask about the paint swap at the library.');
  await expectAccessible(page);
  await snap(page, 'plan-goal', info.project.name);

  await reloadAndOpen(page, 'My goals');
  await expect(goal.getByRole('heading', { name: 'Paint the kitchen door' })).toBeVisible();
  await expect(goal.getByRole('textbox', { name: 'Step 3' })).toHaveValue('Paint it on a dry day');
  await expect(goal.getByRole('checkbox', { name: 'Step 2 done' })).toBeChecked();
  await expect(goal.getByRole('checkbox', { name: 'Step 3 done' })).not.toBeChecked();
  await goal.getByRole('checkbox', { name: 'Step 3 done' }).check();
  await expect(goal.getByLabel('How far along')).toContainText('(Done)');

  await goal.getByRole('button', { name: "I've finished this goal" }).click();
  await expect(page.getByRole('heading', { name: 'Finished goals' })).toBeVisible();
  await expect(page.locator('.goal[data-finished]')).toHaveCount(1);
  await nav(page, 'Plan').click();
  await expect(page.locator('.status').first()).toHaveText('Filled in');
});

test('a crisis plan with a nominated person and a treatment I do not want', async ({ page }, info) => {
  await openApp(page, '#/plan/crisis');
  await page.getByLabel('Signs that others should step in').fill('I stop answering the phone.\nI stop eating.');
  await page.getByRole('textbox', { name: 'My nominated person', exact: true }).fill('Jo Adeyemi (my sister)');
  await page.getByLabel('How to contact my nominated person').fill('07700 900123');
  await page.getByRole('button', { name: 'Add a treatment or place' }).click();
  const treatment = page.locator('.treatment').first();
  await expect(treatment.getByLabel('Treatment or place')).toBeFocused();
  await treatment.getByLabel('Treatment or place').fill('Ward 3 at the General');
  await treatment.getByRole('radio', { name: "I don't want" }).check();
  await treatment.getByLabel('Why').fill('I was not listened to there.');
  await page.getByLabel('Practical things to sort out').fill('Feed the cat: my neighbour has a key.');
  await expectAccessible(page);
  await snap(page, 'plan-crisis', info.project.name);

  await reloadAndOpen(page, 'My crisis plan');
  await expect(page.getByLabel('Signs that others should step in')).toHaveValue('I stop answering the phone.\nI stop eating.');
  await expect(page.getByRole('textbox', { name: 'My nominated person', exact: true })).toHaveValue('Jo Adeyemi (my sister)');
  await expect(treatment).toHaveAttribute('data-choice', 'refuse');
  await expect(treatment.getByRole('radio', { name: "I don't want" })).toBeChecked();
  await expect(treatment.getByLabel('Why')).toHaveValue('I was not listened to there.');
  await nav(page, 'Plan').click();
  await expect(page.locator('.status').nth(5)).toContainText('Started. Still to fill in: Who I want to be involved');
});

test('a contact with a number to tap, and a kind message for a number that is not one', async ({ page }, info) => {
  await openApp(page, '#/plan/people');
  await page.getByRole('button', { name: 'Add a person or service' }).click();
  const person = page.locator('.person').first();
  await person.getByLabel('Name').fill('Jo');
  await person.getByLabel('Relationship or role').fill('My sister');
  const phone = person.getByLabel('Phone', { exact: true });
  await expect(phone).toHaveAttribute('type', 'tel');
  await phone.fill('call me');
  await person.getByLabel('When to contact them').focus();
  await expect(phone).toHaveAccessibleDescription("This doesn't look like a phone number. Use numbers, spaces and a + at the start if you need one.");
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await snap(page, 'plan-person-error', info.project.name);
  await phone.fill('07700 900123');
  await expect(phone).toHaveAccessibleDescription('');
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  await person.getByLabel('Email').fill('jo@example.org');
  await person.getByLabel('When to contact them').fill('Any time, day or night');
  await expect(person.getByRole('link', { name: 'Call Jo' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(person.getByRole('link', { name: 'Email Jo' })).toHaveAttribute('href', 'mailto:jo@example.org');
  await reloadAndOpen(page, 'People and services');
  await expect(person.getByRole('heading', { name: 'Jo' })).toBeVisible();
  await expect(person.getByRole('link', { name: 'Call Jo' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(person.getByLabel('When to contact them')).toHaveValue('Any time, day or night');
});

test('a copy leaves out the part kept for me only, prints cleanly, and copies as text', async ({ page, context }, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '#/settings');
  await page.getByLabel('Your name').fill('Sam');
  await part(page, 'Keeping well');
  await page.getByLabel('What I do to keep well').fill('A walk by the canal most mornings.');
  await part(page, 'Triggers and early warning signs');
  await page.getByLabel('Things that can trigger me').fill('Crowded buses.');
  await part(page, 'Who can see my plan');
  const triggers = page.locator('.share[data-section="triggers"]');
  await triggers.getByRole('checkbox', { name: 'Only me: leave it out of copies' }).check();
  await page.locator('.share[data-section="keeping_well"]').getByRole('checkbox', { name: 'My GP' }).check();
  await reloadAndOpen(page, 'Who can see my plan');
  await expect(triggers.getByRole('checkbox', { name: 'Only me: leave it out of copies' })).toBeChecked();

  await part(page, 'A copy to bring along');
  await expect(page.getByRole('checkbox', { name: 'Triggers and early warning signs' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Keeping well' })).toBeChecked();
  const copy = page.locator('.plan-copy');
  await expect(copy.getByRole('heading', { name: "Sam's plan" })).toBeVisible();
  await expect(copy).toContainText('A walk by the canal most mornings.');
  await expect(copy).not.toContainText('Crowded buses.');
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.bar')).toBeHidden();
  await expect(page.locator('nav.tabs')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(copy).toBeVisible();
  await snap(page, 'plan-print', info.project.name);
  mkdirSync('screenshots', { recursive: true });
  const pdf = await page.pdf({ path: `screenshots/${info.project.name}-plan.pdf`, format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.pdf({ path: `screenshots/${info.project.name}-plan-letter.pdf`, format: 'Letter' });
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied. You can paste it into a message.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Sam's plan");
  expect(text).toContain('What I do to keep well: A walk by the canal most mornings.');
  expect(text).not.toContain('Crowded buses.');

  // The person can still choose to include it in this copy.
  await page.getByRole('checkbox', { name: 'Triggers and early warning signs' }).check();
  await expect(copy).toContainText('Crowded buses.');
});

test('a copy holds my statements and ladder in words, crisis plan and people first', async ({ page }, info) => {
  const stored = JSON.parse(readFileSync('tests/fixtures/stored/schema-3.json', 'utf8'));
  stored.data.statements.push({ id: 's-new', theme: 'who_i_am', text: 'I speak Welsh at home.', created: 1, updated: 1 });
  stored.data.statements[0].ratings = [{ day: '2026-11-02', truth: 'mostly' }];
  await seed(page, stored.data, '#/plan/copy');
  await expect(page.locator('main h1')).toHaveText('A copy to bring along');
  const copy = page.locator('.plan-copy');
  // The crisis plan is kept for some people only in this fixture: it is still in, first.
  expect(await copy.locator('.copy-section').evaluateAll((parts) => parts.map((p) => p.getAttribute('data-section'))))
    .toEqual(['safety', 'crisis', 'people', 'keeping_well', 'goals', 'statements', 'ladder']);
  const statements = copy.locator('[data-section="statements"]');
  await expect(statements.getByRole('heading', { name: 'Who I am' })).toBeVisible();
  await expect(statements).toContainText('I am asked what helps me before a crisis, not after.');
  await expect(statements).toContainText('How true this is now: Mostly on 2 November 2026');
  await expect(statements).toContainText('I speak Welsh at home.Not answered yet');
  await expect(copy.locator('[data-section="ladder"]')).toContainText(
    'With Community team, the one moment so far was at the Co-design step. You wanted Co-production.',
  );
  await expectAccessible(page);
  mkdirSync('screenshots', { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `screenshots/${info.project.name}-copy-everything.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  // Statements and the ladder have sharing choices like the plan's parts.
  await part(page, 'Who can see my plan');
  await page.locator('.share[data-section="statements"]').getByRole('checkbox', { name: 'Only me: leave it out of copies' }).check();
  await expectAccessible(page);
  await part(page, 'A copy to bring along');
  await expect(page.getByRole('checkbox', { name: 'My I statements' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'My ladder' })).toBeChecked();
  await expect(copy.locator('[data-section="statements"]')).toHaveCount(0);
  await expect(copy.locator('[data-section="ladder"]')).toHaveCount(1);
});

test('words typed just before moving to another part are kept', async ({ page }) => {
  await openApp(page, '#/plan/coping');
  await page.getByLabel('Things that help me cope').fill('Music, loud.');
  // Straight away, before the short pause after typing has passed.
  await page.locator('a.back').or(page.getByRole('link', { name: 'Back to my plan' })).first().click();
  await page.locator('.plan-parts').getByRole('link', { name: /^People and services/ }).click();
  await part(page, 'What helps me cope');
  await expect(page.getByLabel('Things that help me cope')).toHaveValue('Music, loud.');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Things that help me cope')).toHaveValue('Music, loud.');
});

test('a review keeps the plan as it was, says when the next is due, and shows what changed', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z'));
  await openApp(page, '#/plan/keeping-well');
  await page.getByLabel('What I do to keep well').fill('A walk most mornings.');
  await part(page, 'Reviews');
  await expect(page.getByText('Your plan has not been reviewed yet.')).toBeVisible();
  await page.getByLabel('Date of the review').fill('2026-05-01');
  await page.getByLabel('Who I looked at it with').fill('My care coordinator');
  await page.getByLabel('What changed').fill('Added my walks.');
  await page.getByLabel('When to look at it again').fill('2026-11-01');
  await page.getByRole('button', { name: 'Save a review' }).click();
  await expect(page.getByText('Review saved, with a copy of your plan as it is today.')).toBeVisible();
  await expect(page.getByText('Your plan is due for a review. It was due on 1 November 2026.')).toBeVisible();

  await part(page, 'Keeping well');
  await page.getByLabel('What I do to keep well').fill('A walk most mornings, and a swim on Saturdays.');
  await nav(page, 'Plan').click();
  await expect(page.locator('.review-due[data-due]')).toContainText('It was due on 1 November 2026.');
  await part(page, 'Reviews');
  const review = page.locator('.review').first();
  await expect(review.getByRole('heading', { name: '1 May 2026' })).toBeVisible();
  await review.getByRole('button', { name: 'See the plan as it was' }).click();
  await expect(review.locator('.plan-copy')).toContainText('A walk most mornings.');
  await expect(review.locator('.plan-copy')).not.toContainText('swim');
  const difference = page.locator('.difference');
  await expect(difference).toHaveCount(1);
  await expect(difference.locator('.before')).toHaveText('A walk most mornings.');
  await expect(difference.locator('.after')).toHaveText('A walk most mornings, and a swim on Saturdays.');
  await expectAccessible(page);
  await snap(page, 'plan-reviews', info.project.name);
  await reloadAndOpen(page, 'Reviews');
  await expect(page.locator('.review')).toHaveCount(1);
});
