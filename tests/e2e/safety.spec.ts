// My safety plan, step by step: each step filled from its own part of the plan, reached
// from "Need help now?", in order, with people to tap to call; an empty plan says where to
// write; Welsh; 320 px at 200 % text; the copy to bring along; and while locked, shown only
// if the person chose it, with nothing else of the notes readable.
import { test, expect, expectAccessible, expectSaved, openApp, snap, testConfig } from './fixtures';
import { SECRET, everythingStored, setLock, unlock, writeStatement } from './locking';
import type { Page } from '@playwright/test';

const STEPS = [
  'Signs that a crisis may be coming',
  'Things I can do on my own',
  'Places and people that take my mind off things',
  'People I can ask for help',
  'Services that can help',
  'Making my space safer',
  'My reasons to keep going',
];

/** Writes each step in the part of the plan it comes from. */
async function fillSafetyPlan(page: Page) {
  await openApp(page, '#/plan/triggers');
  await page.getByLabel("Early warning signs that I'm becoming unwell").fill('I stop sleeping and go quiet.');
  await page.goto('./#/plan/coping');
  await page.getByLabel('Things that help me cope').fill('A hot shower. Loud music.');
  await page.getByLabel('Places and people that take my mind off things').fill('The library café.');
  await page.goto('./#/plan/people');
  await page.getByRole('button', { name: 'Add a person or service' }).click();
  const person = page.locator('.person').first();
  await person.getByLabel('Name').fill('Kerry');
  await person.getByLabel('Phone', { exact: true }).fill('07700 900456');
  await person.getByRole('checkbox', { name: 'Show them in "Need help now?" to contact in a crisis' }).check();
  await page.goto('./#/plan/staying-safe');
  await expect(page.locator('main h1')).toHaveText('Staying safe');
  await expect(page.getByText('You can fill this in with someone you trust.')).toBeVisible();
  await page.getByLabel('Making my space safer').fill('Jo keeps my tablets at hers for now.');
  await page.getByLabel('My reasons to keep going').fill('Bess, my dog.\nSeeing my niece grow up.');
  await expectAccessible(page);
  await expectSaved(page);
}

async function stepTitles(page: Page) {
  return page.locator('.safety-step h2').allTextContents();
}

test('each step comes from its own part, in order, one tap from "Need help now?"', async ({ page }, info) => {
  test.slow();
  await fillSafetyPlan(page);
  await page.goto('./#/statements');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const dialog = page.getByRole('dialog');
  // The person's own steps come first in the dialog.
  await expect(dialog.getByRole('link').first()).toHaveText('My safety plan');
  await dialog.getByRole('link', { name: 'My safety plan' }).click();
  await expect(page.locator('main h1')).toHaveText('My safety plan');
  await expect(page.locator('main h1')).toBeFocused();
  expect(await stepTitles(page)).toEqual(STEPS);
  const step = (title: string) => page.locator('.safety-step').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(step(STEPS[0])).toContainText('I stop sleeping and go quiet.');
  await expect(step(STEPS[1])).toContainText('A hot shower. Loud music.');
  await expect(step(STEPS[2])).toContainText('The library café.');
  await expect(step(STEPS[3]).getByRole('link', { name: 'Call 07700 900456' })).toHaveAttribute('href', 'tel:07700900456');
  await expect(step(STEPS[4]).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(step(STEPS[4])).toContainText('Riverside drop-in');
  await expect(step(STEPS[5])).toContainText('Jo keeps my tablets at hers for now.');
  await expect(step(STEPS[6]).locator('.own-words')).toHaveText('Bess, my dog.\nSeeing my niece grow up.');
  // Nothing left to fill in, so no pointers.
  await expect(page.getByText('Nothing here yet.')).toHaveCount(0);
  await expectAccessible(page);
  await snap(page, 'safety-plan', info.project.name);
  // Reached from the plan's overview too.
  await page.goto('./#/plan');
  await page.getByRole('link', { name: 'See my safety plan, step by step' }).click();
  await expect(page.locator('main h1')).toHaveText('My safety plan');

  // In the copy to bring along: first, and on a side of its own.
  await page.goto('./#/plan/copy');
  const sections = page.locator('.copy-section h3');
  await expect(sections.first()).toHaveText('My safety plan');
  const safety = page.locator('.copy-section[data-section="safety"]');
  await expect(safety.locator('h4')).toHaveText(STEPS);
  // Only the safety plan chosen: one page.
  for (const box of await page.locator('fieldset.steps input[type=checkbox]').all()) {
    if ((await box.getAttribute('value')) !== 'safety') await box.uncheck();
  }
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ path: `screenshots/${info.project.name}-safety-${format}.pdf`, format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
});

test('an empty safety plan says gently where each step is written', async ({ page }) => {
  await openApp(page, '#/safety');
  expect(await stepTitles(page)).toEqual(STEPS);
  await expect(page.getByText('Nothing here yet.')).toHaveCount(6);
  await page.getByRole('link', { name: 'Add this in “Staying safe”' }).first().click();
  await expect(page.locator('main h1')).toHaveText('Staying safe');
  // Nothing written: "Need help now?" does not offer it yet.
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'My safety plan' })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });
  test('the first visit shows the services, and no pointers to a plan not begun', async ({ page }) => {
    await openApp(page, '#/safety');
    expect(await stepTitles(page)).toEqual(['Services that can help']);
    await expect(page.getByText('Your safety plan fills in as you write your plan.')).toBeVisible();
    await expectAccessible(page);
  });
});

test('in Welsh, and on a 320 px phone at 200 % text', async ({ page }, info) => {
  await fillSafetyPlan(page);
  await page.goto('./#/settings');
  await page.getByLabel('Text size').selectOption('200');
  await page.getByRole('combobox', { name: 'Language (Iaith)' }).selectOption('cy');
  await expect(page.locator('main h1')).toHaveText('Gosodiadau');
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#/safety');
  await expect(page.locator('main h1')).toHaveText('Fy nghynllun diogelwch');
  await expect(page.locator('.safety-step h2').first()).toHaveText('Arwyddion bod argyfwng ar y ffordd');
  await expect(page.locator('.safety-step').last()).toContainText('Bess, my dog.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
  await snap(page, 'safety-welsh-320-200', info.project.name);
});

test('while locked, the safety plan shows only if chosen, and nothing else of the notes', async ({ page }, info) => {
  test.slow();
  await writeStatement(page, `A statement about ${SECRET}.`);
  await fillSafetyPlan(page);
  await setLock(page);
  // Off by default: locked, there is no safety plan to see.
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See my safety plan' })).toHaveCount(0);
  await page.goto('./#/safety');
  await expect(page.locator('main h1')).toHaveText('Your notes are locked');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'My safety plan' })).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  expect(await everythingStored(page)).not.toContain('Bess');

  // Chosen in Settings: the safety plan's steps, and only those, are kept unsealed.
  await unlock(page);
  await page.goto('./#/settings');
  await page.getByRole('checkbox', { name: 'Show my safety plan without the passphrase' }).check();
  await expectSaved(page);
  await expect(page.getByText('It is kept on this phone without a lock. Everything else stays locked.')).toBeVisible();
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  const stored = await everythingStored(page);
  expect(stored).toContain('Bess, my dog.');
  expect(stored).not.toContain(SECRET);
  expect(stored).not.toContain('A walk');
  await page.getByRole('link', { name: 'See my safety plan' }).click();
  await expect(page.locator('main h1')).toHaveText('My safety plan');
  await expect(page.getByText('Only your safety plan shows here. Your other notes stay locked.')).toBeVisible();
  expect(await stepTitles(page)).toEqual(STEPS);
  await expect(page.getByText('Nothing here yet.')).toHaveCount(0);
  await expect(page.getByText(SECRET)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expectAccessible(page);
  await snap(page, 'safety-locked', info.project.name);
  // From "Need help now?" too, while locked.
  await page.getByRole('link', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'My safety plan' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // Turned off again: nothing of it is left unsealed.
  await unlock(page);
  await page.goto('./#/settings');
  await page.getByRole('checkbox', { name: 'Show my safety plan without the passphrase' }).uncheck();
  await expectSaved(page);
  expect(await page.evaluate(() => localStorage.getItem('alongside.safety'))).toBeNull();
  expect(await everythingStored(page)).not.toContain('Bess');
});

test('a phone that installs Alongside gets a shortcut to the safety plan', async ({ page }) => {
  const manifest = await (await page.request.get('./manifest.webmanifest')).json();
  expect(manifest.shortcuts).toEqual([{ name: 'My safety plan', url: './#/safety' }]);
});
