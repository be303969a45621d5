// Our ladder, sealed for the group: the facilitator's page makes the group's key and shows
// its invitation; what a person shares from it is sealed so that only that page opens it; a
// venue's shared device keeps only sealed lines, which the next visitor cannot read.
import { test, expect, expectAccessible, expectNothingOutside, snap, openApp, testConfig } from './fixtures';
import { PRIVATE, moment, share, shareFile, shareCodes, openGroup, bringFiles, addChecked, makeKey, device } from './group-helpers';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const SERVICE = 'Quiet room on Ward 9';

async function download(page: Page, button: string) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const saved = await file;
  return { name: saved.suggestedFilename(), text: readFileSync((await saved.path())!, 'utf8') };
}

test('a person scans the invitation and shares sealed; only the group’s page opens it, and sharing again counts once', async ({ page, browser, baseURL, offsite }, info) => {
  test.slow();
  await openGroup(page);
  await expect(page.getByText('If it is lost (a new phone, or the browser’s data cleared) and you have no key file').first()).toBeVisible();
  const link = await makeKey(page, 'Riverside forum');
  await expectAccessible(page);
  await expectNothingOutside(page, 'group key');
  await snap(page, 'group-invitation', info.project.name);

  // The person's own phone opens the invitation: their share screen, for that group.
  const phone = await device(browser, baseURL!, offsite, page.viewportSize());
  await share(phone.page, [moment(1, SERVICE, 'consultation', 'co_design'), moment(2, 'CMHT', 'informing', null)], link);
  await expect(phone.page.locator('.for-group')).toHaveText('For Riverside forum. It is sealed, so that only the group’s own page can open it.');
  await phone.page.getByText('You can also say').click();
  await phone.page.getByLabel('Words for the group, if you want').fill('Nobody asked me twice.');
  await phone.page.getByLabel('Share these words').check();
  await expectAccessible(phone.page);
  await snap(phone.page, 'group-share-sealed', info.project.name);
  const codes = await shareCodes(phone.page);
  const sealed = await shareFile(phone.page);
  // Sealed: nothing the person wrote can be read in what leaves.
  for (const words of [SERVICE, 'CMHT', 'Nobody asked', PRIVATE, 'consultation', '2026-03']) {
    expect(sealed.text).not.toContain(words);
    expect(codes.join('\n')).not.toContain(words);
  }
  expect(JSON.parse(sealed.text)).toMatchObject({ format: 'alongside-group-sealed', version: 1 });

  // The codes, scanned, open on the group's own page.
  for (const code of codes) await page.goto(code);
  await expect(page.locator('#check li')).toHaveText([`${SERVICE} · My care or crisis plan · Consultation · wanted Co-design · March 2026`, 'CMHT · My care or crisis plan · Informing · March 2026']);
  await addChecked(page);
  await expect(page.locator('#counted')).toHaveText('Shared so far: 1 person, 2 moments.');
  // The same again by file counts once; a changed copy replaces it, still one person.
  await bringFiles(page, [sealed]);
  await addChecked(page);
  await expect(page.locator('#said-bring')).toHaveText('1 already here, so not counted again.');
  await phone.page.locator('.share-lines input').nth(1).uncheck();
  const changed = await shareFile(phone.page);
  expect(changed.name).toBe(sealed.name);
  await bringFiles(page, [changed]);
  await addChecked(page);
  await expect(page.locator('#said-bring')).toContainText('1 replaced one with the same receipt');
  await expect(page.locator('#counted')).toHaveText('Shared so far: 1 person, 1 moment.');

  // Kept as a key file with a passphrase.
  await page.getByLabel('Passphrase for the key file').fill('river otter lantern');
  await page.getByLabel('The same passphrase again').fill('river otter lantren');
  await page.getByRole('button', { name: 'Download the key file' }).click();
  await expect(page.locator('#said-key')).toHaveText('The two passphrases are not the same.');
  await page.getByLabel('The same passphrase again').fill('river otter lantern');
  const keyFile = await download(page, 'Download the key file');
  expect(keyFile.text).not.toContain('"private"');

  // Another group's page cannot open it; a changed or cut file is refused plainly.
  const other = await device(browser, baseURL!, offsite, page.viewportSize());
  await openGroup(other.page);
  await makeKey(other.page, 'Another forum');
  const data = JSON.parse(sealed.text).data as string;
  const tampered = sealed.text.replace(data, (data[0] === 'A' ? 'B' : 'A') + data.slice(1));
  await bringFiles(other.page, [sealed, { name: 'cut.json', text: sealed.text.slice(0, 200) }]);
  const said = other.page.locator('#said-bring');
  await expect(said).toContainText(`${sealed.name} was sealed for another group, so this page cannot open it.`);
  await expect(said).toContainText('cut.json is not something Alongside can read.');
  await expect(other.page.locator('#check')).toHaveCount(0);
  await other.context.close();

  // The key file opens the group's key on a new device, with its passphrase only.
  const next = await device(browser, baseURL!, offsite, page.viewportSize());
  await openGroup(next.page);
  await bringFiles(next.page, [sealed]);
  await expect(next.page.locator('#said-bring')).toContainText('was sealed for a group. Make or open the group’s key on this page first.');
  await next.page.getByLabel('Key file').setInputFiles({ name: keyFile.name, mimeType: 'application/json', buffer: Buffer.from(keyFile.text) });
  await next.page.getByLabel('Its passphrase').fill('wrong words');
  await next.page.getByRole('button', { name: 'Open the key file' }).click();
  await expect(next.page.locator('#said-key')).toHaveText('That passphrase does not open this key file.');
  await next.page.getByLabel('Its passphrase').fill('river otter lantern');
  await next.page.getByRole('button', { name: 'Open the key file' }).click();
  await expect(next.page.locator('#said-key')).toHaveText('Opened the key for Riverside forum.');
  await expect(next.page.locator('#invitation-link')).toHaveText(link);
  await bringFiles(next.page, [{ name: 'tampered.json', text: tampered }]);
  await expect(next.page.locator('#said-bring')).toContainText('tampered.json was shared from Alongside, but part of it is damaged.');
  await bringFiles(next.page, [changed]);
  await addChecked(next.page);
  await expectAccessible(next.page);
  await next.context.close();
  await phone.context.close();
});

test('a venue’s shared device keeps only sealed lines; the next visitor reads nothing, and nothing is lost', async ({ page, browser, baseURL, offsite }, info) => {
  test.slow();
  await openGroup(page);
  const link = await makeKey(page, 'Riverside forum');
  const kioskConfig = { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 }, group: { invitation: link } };
  const kiosk = await device(browser, baseURL!, offsite, page.viewportSize(), kioskConfig);

  /** One visit at the kiosk that leaves its moments for the group. */
  async function visit(visitor: Page, service: string) {
    await openApp(visitor);
    await visitor.evaluate((doc) => sessionStorage.setItem('alongside.document', doc), JSON.stringify({
      format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z',
      data: { moments: [moment(1, service, 'consultation', 'co_design')] },
    }));
    await visitor.reload();
    await visitor.getByRole('button', { name: 'Finish and wipe' }).click();
    const finish = visitor.getByRole('dialog', { name: 'Before you finish' });
    await finish.getByLabel('Add my moments to this venue’s group picture').check();
    await expect(finish.locator('.share-lines label')).toHaveText([`${service} · My care or crisis plan · Consultation · wanted Co-design · March 2026`]);
    return finish;
  }
  const finish = await visit(kiosk.page, SERVICE);
  await expect(finish).toContainText('stay on this device, sealed for the group');
  await expectAccessible(kiosk.page);
  await snap(kiosk.page, 'group-kiosk-finish', info.project.name);
  await finish.getByRole('button', { name: 'Wipe everything and finish' }).click();
  await expect(kiosk.page).toHaveURL(/\/app\/$/);
  // Only the tally outlives the visit, and nothing in it can be read.
  const kept = await kiosk.page.evaluate(() => Object.fromEntries(Object.entries(localStorage).concat(Object.entries(sessionStorage))));
  expect(Object.keys(kept)).toEqual(['alongside-group.tally']);
  for (const words of [SERVICE, 'Ward', 'consultation', 'co_design', '2026-03', PRIVATE]) expect(JSON.stringify(kept)).not.toContain(words);

  // The next visitor opens the group page here: no key, no pool, nothing readable.
  await openGroup(kiosk.page);
  await expect(kiosk.page.getByText('This is a venue’s shared device, so the group’s key and its picture are never kept here.')).toBeVisible();
  await expect(kiosk.page.getByText('This device keeps what 1 person shared at “Finish and wipe”, sealed for the group.')).toBeVisible();
  await expect(kiosk.page.locator('main')).not.toContainText(SERVICE);
  await expect(kiosk.page.getByRole('button', { name: 'Make the group’s key' })).toHaveCount(0);
  await expectAccessible(kiosk.page);
  await snap(kiosk.page, 'group-kiosk-page', info.project.name);
  const tally = await download(kiosk.page, 'Download the tally');
  expect(tally.name).toMatch(/^alongside-group-tally-\d{4}-\d{2}-\d{2}\.json$/);
  // Another visit finishes while the group page is open: it shows at once, and stays.
  const second = await kiosk.context.newPage();
  await (await visit(second, 'Day centre')).getByRole('button', { name: 'Wipe everything and finish' }).click();
  await expect(kiosk.page.getByText('This device keeps what 2 people shared')).toBeVisible();
  await kiosk.page.getByRole('button', { name: 'Empty what was downloaded' }).click();
  await expect(kiosk.page.locator('#said-tally')).toHaveText('Emptied 1 person from this device. Anything shared since is still here.');
  await expect(kiosk.page.getByText('This device keeps what 1 person shared')).toBeVisible();
  const left = await kiosk.page.evaluate(() => localStorage.getItem('alongside-group.tally')!);
  expect(left.split('\n')).toHaveLength(1);
  expect(tally.text).not.toContain(left);

  // The facilitator brings the downloaded tally in on their own device.
  await bringFiles(page, [tally]);
  await expect(page.locator('#check li')).toHaveText([`${SERVICE} · My care or crisis plan · Consultation · wanted Co-design · March 2026`]);
  await addChecked(page);
  await expect(page.locator('#counted')).toHaveText('Shared so far: 1 person, 1 moment.');

  // A tally taken in on this device leaves it only once the pool holds it; a line added
  // while it was being checked stays.
  await page.evaluate((lines) => localStorage.setItem('alongside-group.tally', lines), `${left}\n${tally.text}`);
  await page.reload();
  await page.getByRole('button', { name: 'Bring them in' }).click();
  await expect(page.locator('#check li')).toHaveCount(2);
  await page.evaluate((line) => localStorage.setItem('alongside-group.tally', `${localStorage.getItem('alongside-group.tally')}\n${line}`), left);
  await addChecked(page);
  expect(await page.evaluate(() => localStorage.getItem('alongside-group.tally'))).toBe(left);
  await expect(page.locator('#counted')).toHaveText('Shared so far: 2 people, 2 moments.');
  await kiosk.context.close();
});

test.describe('a shared device whose venue gave no invitation', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 }, group: { enabled: true } } });

  test('offers no group picture, and About says why', async ({ page }) => {
    await openApp(page);
    await page.evaluate((doc) => sessionStorage.setItem('alongside.document', doc), JSON.stringify({
      format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z',
      data: { moments: [moment(1, SERVICE, 'consultation', 'co_design')] },
    }));
    await page.reload();
    await page.getByRole('button', { name: 'Finish and wipe' }).click();
    await expect(page.getByRole('dialog', { name: 'Before you finish' })).toBeVisible();
    await expect(page.getByLabel('Add my moments to this venue’s group picture')).toHaveCount(0);
    await page.getByRole('button', { name: 'Go back', exact: true }).click();
    await page.goto('./#/about');
    await expect(page.getByText('The venue asked for a group picture but gave no group invitation')).toBeVisible();
  });
});
