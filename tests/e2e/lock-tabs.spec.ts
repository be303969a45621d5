// The ways out of the lock are as careful as the way in: removing it or changing the
// passphrase with another tab open rewrites every private text on the device, drafts and
// code pieces that tab wrote included, so nothing is left under the old key and nothing
// typed is lost; and the safety plan's unsealed copy holds only what the safety plan shows.
import { test, expect, expectAccessible, expectSaved, openApp, testConfig } from './fixtures';
import { PASSPHRASE, SECRET, codesFromElsewhere, everythingStored, setLock, unlock, writeStatement } from './locking';
import type { Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';

const NEW = 'green door opens wide';

/** A second tab, opened with the passphrase, holding a draft and a code piece. */
async function secondTabWithDraftAndPiece(page: Page, code: string) {
  const second = await page.context().newPage();
  await openApp(second);
  await unlock(second);
  await second.goto('./#/statements');
  await second.getByRole('textbox', { name: 'Your words' }).fill(`Second tab's draft ${SECRET}`);
  await expectSaved(second);
  // The code opens the app afresh: once the notes are open, its piece is kept, sealed.
  await second.goto(code);
  await unlock(second);
  await expect(second.locator('.review .holds')).toHaveText(/^This phone has 1 of \d+ codes\.$/);
  await expectSaved(second);
  return second;
}

/** The `"salt"` of every sealed text on the device, by key. */
async function salts(page: Page) {
  return page.evaluate(() => {
    const found: Record<string, string | null> = {};
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith('alongside.'))) {
      const text = localStorage.getItem(key)!;
      found[key] = text.includes('"locked":{') ? JSON.parse(text).locked.salt : null;
    }
    return found;
  });
}

test('removing the lock with another tab open leaves nothing sealed, and typing goes on', async ({ page, browser, baseURL, offsite, viewport }) => {
  test.setTimeout(120_000);
  const [code, next] = await codesFromElsewhere(browser, baseURL!, offsite, viewport, 2);
  await writeStatement(page, `Mine ${SECRET}.`);
  await setLock(page);
  const second = await secondTabWithDraftAndPiece(page, code);
  const before = await salts(page);
  expect(before['alongside.drafts']).toBe(before['alongside.document']);
  expect(before['alongside.parts']).toBe(before['alongside.document']);

  await page.bringToFront();
  await page.goto('./#/settings');
  const remove = page.locator('form').filter({ has: page.getByRole('button', { name: 'Remove the lock' }) });
  await remove.getByLabel('Passphrase you use now').fill(PASSPHRASE);
  await remove.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('The lock is removed. Your notes are kept as before.', { timeout: 20_000 });
  // Nothing on the device is sealed any more: not the other tab's draft, nor its code piece.
  expect(Object.values(await salts(page)).filter(Boolean)).toEqual([]);
  const stored = await everythingStored(page);
  expect(stored).toContain(`Second tab's draft ${SECRET}`);

  // Typing in this tab's form: kept, plain, and never a passphrase screen.
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill(`After the lock came off ${SECRET}`);
  await expectSaved(page);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(`After the lock came off ${SECRET}`);
  await expect(page.locator('.statement textarea').first()).toHaveValue(`Mine ${SECRET}.`);
  // The other tab's piece is kept, plain: the next code joins it, with no passphrase asked.
  await page.goto(next);
  await expect(page.locator('.review .holds')).toHaveText(/^This phone has 2 of \d+ codes\.$/);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toHaveCount(0);
  // The other tab goes on too, with the notes open.
  await expect(second.getByRole('heading', { name: 'Your notes are locked' })).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page);
});

test('changing the passphrase with another tab open: every draft and piece opens with the new one', async ({ page, browser, baseURL, offsite, viewport }) => {
  test.setTimeout(120_000);
  const [code, next] = await codesFromElsewhere(browser, baseURL!, offsite, viewport, 2);
  await writeStatement(page, `Mine ${SECRET}.`);
  await setLock(page);
  const second = await secondTabWithDraftAndPiece(page, code);
  const old = (await salts(page))['alongside.document'];

  await page.bringToFront();
  await page.goto('./#/settings');
  const change = page.locator('form').filter({ hasText: 'New passphrase' });
  await change.getByLabel('Passphrase you use now').fill(PASSPHRASE);
  await change.getByLabel('New passphrase').fill(NEW);
  await change.getByLabel('Type it again').fill(NEW);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('The passphrase is changed. Use the new one from now on.', { timeout: 20_000 });
  // Every sealed text on the device is sealed with the new key, the other tab's included.
  const now = await salts(page);
  expect(now['alongside.document']).not.toBe(old);
  for (const key of ['alongside.drafts', 'alongside.parts']) expect(now[key], key).toBe(now['alongside.document']);
  expect(await everythingStored(page)).not.toContain(SECRET);

  // The other tab asks for the passphrase: only the new one opens it, with its draft and piece.
  await second.bringToFront();
  await unlock(second);
  await expect(second.getByRole('alert')).toContainText('does not open these notes');
  await unlock(second, NEW);
  await second.goto('./#/statements');
  await expect(second.getByRole('textbox', { name: 'Your words' })).toHaveValue(`Second tab's draft ${SECRET}`);
  // Its piece opens with the new passphrase: the next code joins it.
  await second.goto(next);
  await unlock(second, NEW);
  await expect(second.locator('.review .holds')).toHaveText(/^This phone has 2 of \d+ codes\.$/);
  await expectAccessible(second);
});

test.describe('a safety plan kept to show while locked', () => {
  test.use({ hostConfig: { ...testConfig, contacts: [
    { name: 'Riverside drop-in', phone: '0161 496 0000', hours: 'Monday to Friday, 10am to 4pm', note: 'Ask for someone at the front desk.' },
    { name: 'Samaritans', phone: '116 123', hours: 'Open 24 hours, every day' },
    { name: 'Crisis line', phone: '0800 555 0100', hours: 'Evenings and weekends' },
    { name: 'Shout', text: '85258', hours: 'Text any time' },
  ] } });

  test('holds only what the safety plan shows, and a realistic plan prints on one page', async ({ page }, info) => {
    test.slow();
    await openApp(page);
    const realistic = readFileSync('tests/fixtures/safety/realistic.json', 'utf8');
    await page.evaluate((doc) => localStorage.setItem('alongside.document', doc), realistic);
    await page.reload();
    await setLock(page);
    await page.getByRole('checkbox', { name: 'Show my safety plan without the passphrase' }).check();
    await expectSaved(page);
    const copy = await page.evaluate(() => localStorage.getItem('alongside.safety') ?? '');
    expect(copy).toContain('Kerry Lewis');
    expect(copy).toContain('07700 900456');
    // Never an email or a role, which no step shows.
    for (const hidden of ['kerry@example.org', 'sam.team@example.org', 'care coordinator', 'my friend']) {
      expect(copy).not.toContain(hidden);
      expect(await everythingStored(page)).not.toContain(hidden);
    }
    // Turned off: the copy goes at once.
    await page.getByRole('checkbox', { name: 'Show my safety plan without the passphrase' }).uncheck();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('alongside.safety'))).toBeNull();

    // On paper, the safety plan alone fits one A4 and one Letter page, in type large enough.
    await page.goto('./#/plan/copy');
    for (const box of await page.locator('fieldset.steps input[type=checkbox]').all()) {
      if ((await box.getAttribute('value')) !== 'safety') await box.uncheck();
    }
    await page.emulateMedia({ media: 'print' });
    const size = await page.locator('.copy-section[data-section="safety"] dd').first().evaluate((dd) => parseFloat(getComputedStyle(dd).fontSize));
    expect(size, 'points, at least 10').toBeGreaterThanOrEqual(13.3);
    mkdirSync('screenshots', { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ path: `screenshots/${info.project.name}-safety-realistic-${format}.pdf`, format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, `${format} pages`).toBe(1);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
