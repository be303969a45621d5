// Locked notes are kept as surely as open ones. Sealing takes a moment (slowed here, as on
// a cheap phone): the header says "Saving…" until the sealed text is in storage, and
// reloading, closing, "Use the new version", "Leave quickly" and scanning a code all wait
// for it. Setting, changing and removing the lock on a full device change nothing. A
// crafted file or code asking for billions of rounds is refused at once. A passphrase
// opens the notes however its accents were typed.
import { test, expect, expectAccessible, expectSaved, fillableDevice, openApp, slowSealing } from './fixtures';
import { PASSPHRASE, SECRET, codesFromElsewhere, everythingStored, setLock, unlock, writeStatement } from './locking';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Types into the first statement, at once after which something leaves or reloads. */
async function typeInto(page: Page, words: string) {
  const field = page.locator('.statement textarea').first();
  await field.fill(words);
}

/** The first statement, once the notes are open again. */
async function expectWords(page: Page, words: string, passphrase = PASSPHRASE) {
  await unlock(page, passphrase);
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea').first()).toHaveValue(words);
}

/** Nothing said "Saved" while a seal was under way. */
async function neverSavedEarly(page: Page) {
  expect(await page.evaluate(() => (window as any).savedWhileSealing)).toEqual([]);
}

test.describe('while sealing takes a moment', () => {
  test.beforeEach(async ({ page }) => {
    await slowSealing(page, 700);
    await writeStatement(page, 'The first words.');
    await setLock(page);
    await page.goto('./#/statements');
  });

  test('the header says "Saving…" until the sealed text is in storage', async ({ page }) => {
    const before = await page.evaluate(() => localStorage.getItem('alongside.document'));
    await typeInto(page, `Typed ${SECRET} just now.`);
    await expect(page.locator('.save-state')).toHaveText('Saving…');
    await expect.poll(() => page.evaluate(() => (window as any).sealing)).toBeGreaterThan(0);
    // Still nothing new in storage, and still "Saving…".
    expect(await page.evaluate(() => localStorage.getItem('alongside.document'))).toBe(before);
    await expect(page.locator('.save-state')).toHaveText('Saving…');
    await expectSaved(page);
    expect(await page.evaluate(() => localStorage.getItem('alongside.document'))).not.toBe(before);
    expect(await everythingStored(page)).not.toContain(SECRET);
    await neverSavedEarly(page);
  });

  test('reloading at once asks first, and every word is there after unlocking', async ({ page }) => {
    await typeInto(page, 'Typed, then reloaded at once.');
    // The browser asks before leaving while a sealed write is on its way; staying lets it land.
    const asked = page.waitForEvent('dialog');
    void page.evaluate(() => location.reload());
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expectSaved(page);
    await neverSavedEarly(page);
    await page.reload();
    await expectWords(page, 'Typed, then reloaded at once.');
  });

  test('closing at once asks first, and every word is there in a new tab', async ({ page, context }) => {
    await typeInto(page, 'Typed, then closed at once.');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    await (await asked).dismiss();
    await expectSaved(page);
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto('./#/statements');
    await expectWords(again, 'Typed, then closed at once.');
  });

  test('"Use the new version" waits for the sealed write', async ({ page }) => {
    // A new version waiting, as the start-up script announces it.
    await page.evaluate(() => {
      (window as any).alongsideUpdate = () => {
        (window as any).storedWhenUpdating = localStorage.getItem('alongside.document');
        location.reload();
      };
      dispatchEvent(new Event('alongside-update'));
    });
    await typeInto(page, 'Typed, then updated at once.');
    const before = await page.evaluate(() => localStorage.getItem('alongside.document'));
    const restarted = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Use the new version' }).click();
    await restarted;
    await expectWords(page, 'Typed, then updated at once.');
    expect(before).not.toContain('Typed');
  });

  test('"Leave quickly" blanks the page at once and still keeps the last words', async ({ page }) => {
    await typeInto(page, 'Typed, then left quickly.');
    await page.getByRole('button', { name: 'Leave quickly' }).click();
    // Blank before the sealed write lands and the neutral page opens.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe('');
    await expect(page).toHaveTitle('Weather');
    await page.goto('./#/statements');
    await expectWords(page, 'Typed, then left quickly.');
  });

  test('a code scanned while the app is open waits for the sealed write', async ({ page }) => {
    await typeInto(page, 'Typed, then a code was scanned.');
    const code = readFileSync('tests/fixtures/take/billions-of-rounds.code', 'utf8');
    const restarted = page.waitForEvent('load');
    await page.evaluate((hash) => (location.hash = hash), code);
    await restarted;
    await unlock(page);
    // The code is read once the notes are open, and refused: it asks for far too much work.
    await expect(page.getByText('ask for far more work to open than Alongside ever uses')).toBeVisible();
    await page.goto('./#/statements');
    await expect(page.locator('.statement textarea').first()).toHaveValue('Typed, then a code was scanned.');
  });
});

test.describe('on a full device', () => {
  test.beforeEach(async ({ page }) => {
    await fillableDevice(page);
  });

  test('setting the lock changes nothing, and says so', async ({ page }) => {
    await writeStatement(page, `Plain ${SECRET}.`);
    await page.goto('./#/statements');
    await page.getByRole('textbox', { name: 'Your words' }).fill(`A draft of ${SECRET}`);
    await expectSaved(page);
    for (const writes of [0, 1]) {
      // Full at once, or after the first sealed text was written: all put back.
      await page.evaluate((n) => ((window as any).writesLeft = n), writes);
      await page.goto('./#/settings');
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Type it again').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Lock my notes' }).click();
      await expect(page.getByRole('alert')).toContainText('could not be locked, so nothing has changed', { timeout: 15_000 });
      await expectAccessible(page);
      const stored = await everythingStored(page);
      expect(stored).toContain(`Plain ${SECRET}.`);
      expect(stored).toContain(`A draft of ${SECRET}`);
      const sealed = await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)!.includes('"locked":{')));
      expect(sealed).toEqual([]);
      await page.evaluate(() => delete (window as any).writesLeft);
    }
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toHaveCount(0);
    await page.goto('./#/statements');
    await expect(page.locator('.statement textarea')).toHaveValue(`Plain ${SECRET}.`);
  });

  test('changing and removing the lock change nothing, and say so', async ({ page }) => {
    await writeStatement(page, `Sealed ${SECRET}.`);
    await setLock(page);
    await page.evaluate(() => ((window as any).writesLeft = 0));
    await page.getByLabel('Passphrase you use now').first().fill(PASSPHRASE);
    await page.getByLabel('New passphrase').fill('a different passphrase here');
    await page.getByLabel('Type it again').fill('a different passphrase here');
    await page.getByRole('button', { name: 'Change the passphrase' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be changed' })).toBeVisible({ timeout: 15_000 });
    await page.locator('#unset-current').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Remove the lock' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be removed' })).toBeVisible({ timeout: 15_000 });
    expect(await everythingStored(page)).not.toContain(SECRET);
    await page.evaluate(() => delete (window as any).writesLeft);
    await page.reload();
    // Still locked, with the passphrase as it was.
    await expectWords(page, `Sealed ${SECRET}.`);
  });
});

test('a locked file asking for billions of rounds is refused at once', async ({ page }) => {
  await openApp(page, '#/take');
  const started = Date.now();
  await page.getByLabel('Choose a file').setInputFiles('tests/fixtures/import/46-locked-billions-of-rounds.json');
  await expect(page.getByText('ask for far more work to open than Alongside ever uses')).toBeVisible({ timeout: 3_000 });
  expect(Date.now() - started).toBeLessThan(3_000);
  await expect(page.getByRole('heading', { name: 'Locked notes' })).toHaveCount(0);
});

test('a passphrase opens the notes however its accents were typed', async ({ page }) => {
  test.setTimeout(60_000);
  // "café ŵ" with each accented letter as one character (composed, NFC) ...
  const composed = 'caf\u00e9 \u0175yn llwyd';
  // ... and as a letter followed by an accent (decomposed, NFD), as some keyboards type it.
  const decomposed = 'cafe\u0301 w\u0302yn llwyd';
  await writeStatement(page, 'Accents.');
  await setLock(page, composed);
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expectWords(page, 'Accents.', decomposed);
  // Set decomposed, then opened composed.
  await page.goto('./#/settings');
  await page.getByLabel('Passphrase you use now').first().fill(decomposed);
  await page.getByLabel('New passphrase').fill(decomposed);
  await page.getByLabel('Type it again').fill(decomposed);
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('The passphrase is changed. Use the new one from now on.', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await unlock(page, composed);
  await expect(page.locator('main h1')).toHaveText('Settings');
  // Password managers are told which passphrase is which.
  await expect(page.locator('#change-current')).toHaveAttribute('autocomplete', 'current-password');
  await expect(page.locator('#change-new')).toHaveAttribute('autocomplete', 'new-password');
});

test('while locked, code pieces and drafts are sealed too', async ({ page, browser, baseURL, offsite, viewport }) => {
  test.setTimeout(90_000);
  // Someone's heavy notes, shown as several codes on another device.
  const [first] = await codesFromElsewhere(browser, baseURL!, offsite, viewport);

  await writeStatement(page, 'Mine.');
  await setLock(page);
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill(`Draft ${SECRET}`);
  await expectSaved(page);
  // The first code arrives on this phone: kept, once the notes are open, sealed.
  await page.goto(first);
  await unlock(page);
  await expect(page.locator('.review .holds')).toHaveText(/^This phone has 1 of \d+ codes\.$/);
  await expectSaved(page);
  const stored = await page.evaluate(() => ({
    parts: localStorage.getItem('alongside.parts'),
    drafts: localStorage.getItem('alongside.drafts'),
  }));
  expect(JSON.parse(stored.parts!).locked.cipher).toBe('AES-256-GCM');
  expect(JSON.parse(stored.drafts!).locked.cipher).toBe('AES-256-GCM');
  const words = first.split(':').pop()!;
  const everything = await everythingStored(page);
  expect(everything).not.toContain(words.slice(0, 40));
  expect(everything).not.toContain(SECRET);
});
