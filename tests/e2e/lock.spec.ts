// The passphrase lock: set, lock now, nothing readable anywhere while locked (or unlocked),
// help and "Leave quickly" still there, wrong passphrases slowed down, auto-lock, change,
// remove, forget, two tabs, and files and codes that open only with the passphrase.
import { test, expect, expectAccessible, expectSaved, guard, openApp, snap, testConfig } from './fixtures';
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

const PASSPHRASE = 'blue kettle sings softly';
/** Words nobody else would write, searched for in every kind of storage. */
const SECRET = 'Quokka-Marmalade-7731';

async function writeStatement(page: Page, text: string) {
  await openApp(page, '#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement textarea').last()).toHaveValue(text);
  await expectSaved(page);
}

async function setLock(page: Page, passphrase = PASSPHRASE) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'Lock my notes' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('Your notes are now locked with your passphrase.', { timeout: 15_000 });
  await expect(page.locator('#lock-outcome')).toBeFocused();
}

async function unlock(page: Page, passphrase = PASSPHRASE) {
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Everything the browser keeps for this site, as text: both storages and the caches. */
async function everythingStored(page: Page) {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) parts.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) parts.push(await (await cache.match(request))!.text());
    }
    return parts.join('\n');
  });
}

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}

test('locked notes: nothing readable anywhere, help still there, open with the passphrase', async ({ page }, info) => {
  test.setTimeout(60_000);
  await writeStatement(page, `I want ${SECRET} on my toast.`);
  await page.goto('./#/settings');
  await expectAccessible(page);
  // A gentle word about strength, never a rule.
  await page.getByLabel('Passphrase', { exact: true }).fill('cat');
  await expect(page.getByText('Quite short. Three or four words would be harder to guess.')).toBeVisible();
  await page.getByLabel('Type it again').fill('dog');
  await page.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.getByRole('alert')).toContainText('The two passphrases are not the same.');
  await setLock(page);
  await expect(page.getByText('Your notes are locked with a passphrase.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'lock-settings', info.project.name);
  // Unlocked, the words are in memory only: every store holds them sealed.
  await expectSaved(page);
  expect(await everythingStored(page)).not.toContain(SECRET);
  expect(await everythingStored(page)).toContain('"locked":{"kdf":"PBKDF2-SHA256","iterations":600000');

  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByText(SECRET)).toHaveCount(0);
  expect(await everythingStored(page)).not.toContain(SECRET);
  await expectAccessible(page);
  await snap(page, 'lock-locked', info.project.name);
  // Help and "Leave quickly" still work.
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog')).toContainText('Call 999');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await unlock(page, 'blue kettle sings');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open these notes.');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await unlock(page);
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(page.locator('main h1')).toBeFocused();
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea')).toHaveValue(`I want ${SECRET} on my toast.`);

  // An edit while open is kept sealed too, and a draft typed but not added.
  await page.locator('.statement textarea').fill(`I want ${SECRET} on my crumpets.`);
  await page.getByRole('textbox', { name: 'Your words' }).fill(`Draft about ${SECRET}`);
  await expectSaved(page);
  await page.waitForTimeout(400);
  expect(await everythingStored(page)).not.toContain(SECRET);
  // A file made now opens only with the passphrase.
  await page.goto('./#/take');
  await expect(page.getByText('Your notes are locked, so a file or codes made here open only with your passphrase.')).toBeVisible();
  const file = await download(page, 'Download a file');
  expect(file).not.toContain(SECRET);
  expect(JSON.parse(file)).toMatchObject({ format: 'alongside', schema: 4, locked: { cipher: 'AES-256-GCM' } });
  await page.reload();
  await unlock(page);
  await expect(page.locator('main h1')).toHaveText('Take it with you');
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea')).toHaveValue(`I want ${SECRET} on my crumpets.`);
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(`Draft about ${SECRET}`);
});
