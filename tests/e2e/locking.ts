// What the lock's journeys share: writing, setting the lock, unlocking, and looking at
// everything the browser keeps.
import { expect, expectSaved, freshBrowser, openApp, scan } from './fixtures';
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { storedText } from './stored';

export const PASSPHRASE = 'blue kettle sings softly';
/** Words nobody else would write, searched for in every kind of storage. */
export const SECRET = 'Quokka-Marmalade-7731';

export async function writeStatement(page: Page, text: string) {
  await openApp(page, '#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement textarea').last()).toHaveValue(text);
  await expectSaved(page);
}

export async function setLock(page: Page, passphrase = PASSPHRASE) {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { name: 'Lock my notes' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await page.getByRole('button', { name: 'Lock my notes' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('Your notes are now locked with your passphrase.', { timeout: 15_000 });
  await expect(page.locator('#lock-outcome')).toBeFocused();
}

export async function unlock(page: Page, passphrase = PASSPHRASE) {
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Everything the browser keeps for this site, as text: both storages and the caches. */
export async function everythingStored(page: Page) {
  return page.evaluate(storedText);
}

export async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}


/** The first `count` of the several codes someone's heavy notes need, read from the
 * pixels of another device. */
export async function codesFromElsewhere(browser: Browser, baseURL: string, offsite: string[], viewport: { width: number; height: number } | null, count = 1) {
  const other = await freshBrowser(browser, baseURL, offsite, viewport);
  await openApp(other.page);
  const heavy = readFileSync('tests/fixtures/take/heavy.json', 'utf8');
  await other.page.evaluate((doc) => localStorage.setItem('alongside.document', doc), heavy);
  await openApp(other.page, '#/take');
  await other.page.reload();
  await other.page.getByRole('button', { name: 'Show a code for my phone' }).click();
  const codes = [await scan(other.page)];
  while (codes.length < count) {
    await other.page.getByRole('button', { name: 'Next code' }).click();
    codes.push(await scan(other.page));
  }
  await other.context.close();
  return codes;
}
