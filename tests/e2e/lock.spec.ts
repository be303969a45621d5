// The passphrase lock: set, lock now, nothing readable anywhere while locked (or unlocked),
// help and "Leave quickly" still there, wrong passphrases slowed down, auto-lock, change,
// remove, forget, two tabs, and files and codes that open only with the passphrase.
import { test, expect, expectAccessible, expectSaved, fillableDevice, freshBrowser, openApp, scan, snap, storedKeys, testConfig } from './fixtures';
import { PASSPHRASE, SECRET, download, everythingStored, setLock, unlock, writeStatement } from './locking';
import { readFileSync } from 'node:fs';

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
  await page.evaluate(() => scrollTo(0, 0));
  await snap(page, 'lock-header', info.project.name);
  // The header's buttons fit a narrow phone, as big as a thumb.
  await page.setViewportSize({ width: 320, height: 640 });
  const lockNow = page.getByRole('button', { name: 'Lock my notes now' });
  expect((await lockNow.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await snap(page, 'lock-header-320', info.project.name);
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
  // "Saved" only once the sealed texts are in storage.
  await expectSaved(page);
  expect(await everythingStored(page)).not.toContain(SECRET);
  // A file made now opens only with the passphrase.
  await page.goto('./#/take');
  await expect(page.getByText('Your notes are locked, so a file or codes made here open only with your passphrase.')).toBeVisible();
  const file = await download(page, 'Download a file');
  expect(file).not.toContain(SECRET);
  expect(JSON.parse(file)).toMatchObject({ format: 'alongside', schema: 6, locked: { cipher: 'AES-256-GCM' } });
  await page.reload();
  await unlock(page);
  await expect(page.locator('main h1')).toHaveText('Take it with you');
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea')).toHaveValue(`I want ${SECRET} on my crumpets.`);
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(`Draft about ${SECRET}`);
  // "Leave quickly" works while locked too.
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveTitle('Weather');
});

test('locks by itself after five minutes unused, slows down guessing, changes and comes off', async ({ page }, info) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await writeStatement(page, `Toast with ${SECRET}.`);
  await setLock(page);
  await expect(page.getByRole('combobox', { name: 'Lock by itself when I have not used it for' })).toHaveValue('5');
  // Four minutes untouched: still open. Five: locked.
  await page.clock.fastForward('04:00');
  await page.clock.runFor(6_000);
  await expect(page.locator('main h1')).toHaveText('Settings');
  await page.clock.fastForward('01:05');
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();

  // Three wrong tries are only told; after that each waits, and says how long.
  for (let i = 0; i < 3; i++) {
    await unlock(page, `wrong ${i}`);
    await expect(page.getByRole('alert')).toHaveText(/does not open these notes\. Check capital letters and spaces, and try again\.$/);
  }
  await unlock(page, 'wrong again');
  await expect(page.getByRole('alert')).toContainText('You can try again in 10 seconds.');
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText(/You can try again in \d+ seconds\./);
  await page.clock.fastForward('00:11');
  await unlock(page);
  await expect(page.locator('main h1')).toHaveText('Settings');

  // A shorter time is kept.
  await page.getByRole('combobox', { name: 'Lock by itself when I have not used it for' }).selectOption('1');
  await page.clock.fastForward('01:01');
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await unlock(page);

  // Changing needs the passphrase used now; afterwards only the new one opens the notes.
  const change = page.locator('form').filter({ hasText: 'New passphrase' });
  await change.getByLabel('Passphrase you use now').fill('not it');
  await change.getByLabel('New passphrase').fill('green door opens');
  await change.getByLabel('Type it again').fill('green door opens');
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByRole('alert')).toHaveText('That is not the passphrase you use now. Nothing has changed.', { timeout: 15_000 });
  await change.getByLabel('Passphrase you use now').fill(PASSPHRASE);
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('The passphrase is changed. Use the new one from now on.', { timeout: 15_000 });
  await expectAccessible(page);
  expect(await everythingStored(page)).not.toContain(SECRET);
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await unlock(page);
  await expect(page.getByRole('alert')).toContainText('does not open these notes');
  await unlock(page, 'green door opens');
  await expect(page.locator('main h1')).toHaveText('Settings');

  // Removing the lock keeps the notes, plain, as before.
  const remove = page.locator('form').filter({ has: page.getByRole('button', { name: 'Remove the lock' }) });
  await remove.getByLabel('Passphrase you use now').fill('green door opens');
  await remove.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.locator('#lock-outcome')).toHaveText('The lock is removed. Your notes are kept as before.', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Lock my notes now' })).toHaveCount(0);
  expect(await everythingStored(page)).toContain(SECRET);
  await page.reload();
  await page.goto('./#/statements');
  await expect(page.locator('.statement textarea')).toHaveValue(`Toast with ${SECRET}.`);
});

test('forgotten passphrase: nobody can open the notes, so everything can be removed', async ({ page }, info) => {
  await writeStatement(page, `Kept for ${SECRET}.`);
  await setLock(page);
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Nobody can open your notes without the passphrase, not even us.');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectAccessible(page);
  await snap(page, 'lock-forgot', info.project.name);
  await dialog.getByRole('button', { name: 'Remove everything and start again' }).click();
  await expect(page.locator('main h1')).toHaveText('Settings');
  await expect(page.getByRole('button', { name: 'Lock my notes', exact: true })).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
});

test('two tabs: locking one locks both, and edits made in each are kept after unlocking', async ({ page, context }) => {
  test.setTimeout(60_000);
  await writeStatement(page, 'First words.');
  await setLock(page);
  const other = await context.newPage();
  await other.goto('./#/statements');
  await unlock(other);
  await expect(other.locator('.statement textarea')).toHaveValue('First words.');
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('Written in the first tab.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await other.getByRole('textbox', { name: 'Your words' }).fill('Written in the second tab.');
  await other.getByRole('button', { name: 'Add statement' }).click();
  await expectSaved(page);
  await expectSaved(other);
  await other.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(other.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await unlock(page);
  await expect(page.locator('.statement textarea')).toHaveCount(3);
  const texts = await page.locator('.statement textarea').evaluateAll((f) => f.map((t) => (t as HTMLTextAreaElement).value));
  expect(texts.sort()).toEqual(['First words.', 'Written in the first tab.', 'Written in the second tab.']);
  expect(await everythingStored(page)).not.toContain('Written in');
});



test('a file and a code from locked notes open elsewhere only with the passphrase', async ({ page, browser, baseURL, offsite, viewport }, info) => {
  test.setTimeout(90_000);
  await writeStatement(page, `Crumpets and ${SECRET}.`);
  await setLock(page);
  await page.goto('./#/take');
  const file = await download(page, 'Download a file');
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  const link = await scan(page);
  expect(link).not.toContain(SECRET);

  const fresh = await freshBrowser(browser, baseURL!, offsite, viewport);
  const other = fresh.page;
  await openApp(other, '#/take');
  await other.getByLabel('Choose a file').setInputFiles({ name: 'alongside.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(other.getByRole('heading', { name: 'Locked notes' })).toBeFocused();
  await expectAccessible(other);
  await snap(other, 'lock-file', info.project.name);
  const form = other.locator('form').filter({ hasText: 'Locked notes' });
  await form.getByLabel('Passphrase').fill('wrong words');
  await form.getByRole('button', { name: 'Open' }).click();
  await expect(form.getByRole('alert')).toHaveText('That passphrase does not open these notes. Nothing has changed.', { timeout: 15_000 });
  await form.getByLabel('Passphrase').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Open' }).click();
  await expect(other.locator('.review .holds')).toHaveText('This file holds 1 statement.', { timeout: 15_000 });
  await other.getByRole('button', { name: 'Add them to what is here' }).click();
  await other.goto('./#/statements');
  await expect(other.locator('.statement textarea')).toHaveValue(`Crumpets and ${SECRET}.`);
  await fresh.context.close();

  const phone = await freshBrowser(browser, baseURL!, offsite, viewport);
  await phone.page.goto(link);
  await expect(phone.page.getByRole('heading', { name: 'Locked notes' })).toBeVisible();
  expect(new URL(phone.page.url()).hash).toBe('#/take');
  await phone.page.getByLabel('Passphrase').fill(PASSPHRASE);
  await phone.page.getByRole('button', { name: 'Open' }).click();
  await expect(phone.page.locator('.review .holds')).toHaveText('The code you scanned holds 1 statement.', { timeout: 15_000 });
  await phone.context.close();
});

test('locked notes on a full device: "Not saved", a sealed copy to download, and no pretending to lock', async ({ page }) => {
  test.setTimeout(60_000);
  await fillableDevice(page);
  await writeStatement(page, 'Before the device filled up.');
  await setLock(page);
  await page.evaluate(() => ((window as any).deviceFull = true));
  const name = page.getByLabel("Your name (you don't have to give it)");
  await name.fill(`Name ${SECRET}`);
  await expect(page.locator('.save-state')).toHaveText('Not saved');
  const notice = page.locator('.notice').filter({ hasText: 'storage is full' });
  await expect(notice).toBeVisible();
  const [copy] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download' }).click()]);
  const text = readFileSync(await copy.path(), 'utf8');
  expect(text).not.toContain(SECRET);
  expect(JSON.parse(text).locked.kdf).toBe('PBKDF2-SHA256');
  // Locking cannot keep these words: the notes stay open (hiding them would only pretend,
  // with the key and words still in memory), and a message says what is happening.
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  const waiting = page.locator('.notice').filter({ hasText: 'so they are not locked yet' });
  await expect(waiting).toBeVisible();
  await expect(name).toHaveValue(`Name ${SECRET}`);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toHaveCount(0);
  // Once there is room, the words are saved (tried again by itself) and the notes lock:
  // the page starts again, locked (the heading shows a moment before that reload).
  const reloaded = page.waitForEvent('load', { timeout: 25_000 });
  await page.evaluate(() => ((window as any).deviceFull = false));
  await reloaded;
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  expect(await everythingStored(page)).not.toContain(SECRET);
  await unlock(page);
  await page.goto('./#/settings');
  await expect(name).toHaveValue(`Name ${SECRET}`);
});

test('locked notes damaged on the device are kept aside, still sealed, and the app starts afresh', async ({ page }) => {
  await writeStatement(page, `Damaged ${SECRET}.`);
  await setLock(page);
  // The notes hide at once, and the page starts again once every sealed write has landed:
  // the words are changed on the device only after that, as damage would.
  const restarted = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Lock my notes now' }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await restarted;
  const damaged = await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('alongside.document')!);
    // One letter of the first three (two bytes) moved to its neighbour in the codes'
    // alphabet: still well-formed, but no longer what was sealed. (Changing a letter at
    // random could leave it the same, or make it not well-formed at all.)
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./';
    const data: string = raw.locked.data;
    const at = alphabet.indexOf(data[2]);
    raw.locked.data = data.slice(0, 2) + alphabet[at > 0 ? at - 1 : at + 1] + data.slice(3);
    const text = JSON.stringify(raw);
    localStorage.setItem('alongside.document', text);
    return text;
  });
  await page.reload();
  await unlock(page);
  await expect(page.locator('.notice')).toContainText('could not be read. We have kept them safe');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('alongside.aside.')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual([damaged]);

  // "Remove everything" removes the lock too; new words are then kept as usual.
  await page.goto('./#/about');
  await page.getByRole('button', { name: 'Remove everything from this device' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Yes/ }).click();
  await expect(page.getByRole('button', { name: 'Lock my notes now' })).toHaveCount(0);
  await writeStatement(page, 'After removing everything.');
  expect(await everythingStored(page)).toContain('After removing everything.');
});

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });
  test('there is no lock: the visit is wiped anyway', async ({ page }) => {
    await openApp(page, '#/settings');
    await expect(page.getByText('There is no lock on a shared device: your notes are wiped when you finish.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lock my notes' })).toHaveCount(0);
  });
});
