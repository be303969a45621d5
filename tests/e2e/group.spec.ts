// Our ladder: people add their moments to a group (by file, by codes, at a kiosk's "Finish
// and wipe"); a facilitator brings them in on the group page (group/), merges names, and
// prints, copies and downloads a report in which small numbers never show.
import { test, expect, expectAccessible, expectNothingOutside, snap, openApp, seed, scan, testConfig, freshBrowser } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';

const PRIVATE = 'my private note about Dr Jones';

/** A person's moment, stored as the app stores it. */
function moment(i: number, service: string, experienced: string, wanted: string | null, date = '2026-03-14') {
  return { id: `m${i}`, date, service, about: 'care_plan', experienced, wanted, note: PRIVATE, updated: i };
}

/** What a file made elsewhere would hold: one person's moments. */
function contribution(receipt: string, services: string[], at = 'consultation', wanted = 'co_design') {
  return JSON.stringify({
    format: 'alongside-group',
    version: 1,
    receipt,
    moments: services.map((service) => ({ service, about: 'review', experienced: at, wanted, month: '2026-05' })),
  });
}

/** Opens the share screen with `moments` on the ladder. */
async function share(page: Page, moments: object[]) {
  await seed(page, { moments }, '#/ladder/share', 2);
  await expect(page.locator('main h1')).toHaveText('Add my moments to a group');
}

/** Downloads the person's contribution and returns its text. */
async function shareFile(page: Page) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file for the group' }).click();
  const saved = await file;
  expect(saved.suggestedFilename()).toMatch(/^alongside-group-[0-9A-Z]{8}\.json$/);
  return readFileSync((await saved.path())!, 'utf8');
}

/** Shows the person's codes and reads each from its pixels, as a camera would. */
async function shareCodes(page: Page) {
  await page.getByRole('button', { name: 'Show codes for the group' }).click();
  await expect(page.locator('#codes')).toBeFocused();
  const count = Number((await page.locator('.code-count').textContent())!.match(/of (\d+)/)![1]);
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    links.push(await scan(page));
    if (i + 1 < count) await page.getByRole('button', { name: 'Next code' }).click();
  }
  return links;
}

async function openGroup(page: Page, hash = '') {
  await page.goto(`./group/${hash}`);
  await expect(page.locator('main h1')).toHaveText('Our ladder: the group’s picture');
}

async function bringFiles(page: Page, files: { name: string; text: string }[]) {
  await page.getByLabel('Open files people gave you').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
}

async function addChecked(page: Page) {
  await expect(page.locator('#check')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add them' }).click();
  await expect(page.locator('#check')).toHaveCount(0);
}

test('a person sees exactly what leaves, can leave a moment out, and no note, name or day is in it', async ({ page }, info) => {
  await share(page, [moment(1, 'CMHT', 'consultation', 'co_design'), moment(2, 'Ward 4', 'coercion', null, '2026-04-02')]);
  const lines = page.locator('.share-lines label');
  await expect(lines).toHaveText(['CMHT · My care or crisis plan · Consultation · wanted Co-design · March 2026', 'Ward 4 · My care or crisis plan · Coercion · April 2026']);
  await expect(page.getByText(/Your receipt code is [0-9A-Z]{4}-[0-9A-Z]{4}/)).toBeVisible();
  await expectAccessible(page);
  await expectNothingOutside(page, 'share screen');
  await snap(page, 'group-share', info.project.name);
  await lines.nth(1).getByRole('checkbox').uncheck();
  await page.getByText('You can also say').click();
  await page.getByRole('group', { name: 'Was my voice heard?' }).getByLabel('Partly').check();
  await page.getByLabel('Words for the group, if you want').fill('They listened this time.');
  const file = await shareFile(page);
  const read = JSON.parse(file);
  expect(read.moments).toEqual([{ service: 'CMHT', about: 'care_plan', experienced: 'consultation', wanted: 'co_design', month: '2026-03' }]);
  expect(read.answers).toEqual({ heard: 'partly' });
  // The words leave only once the person ticks "Share these words".
  expect(file).not.toContain('listened');
  for (const secret of [PRIVATE, '2026-03-14', 'Ward 4', '"id"', 'm1']) expect(file).not.toContain(secret);
  await page.getByLabel('Share these words').check();
  expect(JSON.parse(await shareFile(page)).quote).toBe('They listened this time.');

  // The codes carry the same, and open the group page.
  const links = await shareCodes(page);
  for (const link of links) expect(link).toMatch(/\/app\/group\/#T1:/);
  await expectAccessible(page);
  await snap(page, 'group-share-codes', info.project.name);

  // Nothing ticked: nothing made, and a plain message.
  await lines.nth(0).getByRole('checkbox').uncheck();
  await page.getByRole('button', { name: 'Download a file for the group' }).click();
  await expect(page.getByText('Tick at least one moment to share.')).toBeVisible();
});

test.describe('a group on a venue’s shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 }, group: { enabled: true } } });

  test('six people share by file, code and kiosk; the facilitator merges names, and small numbers never show', async ({ page, browser, baseURL, offsite }, info) => {
    test.slow();
    // Three people share by file and two by codes, each on their own phone.
    const { context, page: phone } = await freshBrowser(browser, baseURL!, offsite, page.viewportSize());
    const files: { name: string; text: string }[] = [];
    const people: [string, string][] = [['CMHT', 'consultation'], ['community team', 'consultation'], ['CMHT', 'consultation']];
    for (const [i, [service, at]] of people.entries()) {
      await share(phone, [moment(i, service, at, 'co_design'), moment(10 + i, 'Ward 4', 'coercion', 'co_design')]);
      files.push({ name: `person-${i}.json`, text: await shareFile(phone) });
    }
    const coded: string[][] = [];
    for (const service of ['CMHT', 'community team']) {
      await share(phone, [moment(1, service, 'consultation', 'co_production'), moment(2, service, 'consultation', 'co_design', '2026-06-01')]);
      coded.push(await shareCodes(phone));
    }
    await context.close();

    // One more at the venue's kiosk, as they finish.
    await openApp(page);
    await page.evaluate((doc) => sessionStorage.setItem('alongside.document', doc), JSON.stringify({
      format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z',
      data: { moments: [moment(1, 'community team', 'consultation', 'co_design')] },
    }));
    await page.reload();
    await page.getByRole('button', { name: 'Finish and wipe' }).click();
    const finish = page.getByRole('dialog', { name: 'Before you finish' });
    await finish.getByLabel('Add my moments to this venue’s group picture').check();
    await expect(finish.locator('.share-lines label')).toHaveText(['community team · My care or crisis plan · Consultation · wanted Co-design · March 2026']);
    await expectAccessible(page);
    await snap(page, 'group-kiosk-finish', info.project.name);
    await finish.getByRole('button', { name: 'Wipe everything and finish' }).click();
    await expect(page).toHaveURL(/\/app\/$/);
    const kept = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)));
    expect(kept).toEqual(['alongside-group.tally']);
    const tally = await page.evaluate(() => localStorage.getItem('alongside-group.tally')!);
    expect(tally).not.toContain(PRIVATE);

    // The facilitator, on the venue's device.
    await openGroup(page);
    await expectAccessible(page);
    await bringFiles(page, files);
    await expect(page.locator('#check')).toContainText('From 3 people, 6 moments:');
    await addChecked(page);
    // The kiosk's tally stays on the device until it is itself brought in.
    await expect(page.getByText('This device keeps what 1 person shared at “Finish and wipe”.')).toBeVisible();
    await page.getByRole('button', { name: 'Bring them in' }).click();
    await addChecked(page);
    await expect(page.getByRole('button', { name: 'Bring them in' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('alongside-group.tally'))).toBeNull();
    // Codes pasted, and codes scanned with the camera (which open this page).
    await page.getByLabel('Or paste codes').fill(coded[0].join('\n'));
    await page.getByRole('button', { name: 'Read the codes' }).click();
    await addChecked(page);
    for (const link of coded[1]) await page.goto(link);
    await addChecked(page);
    await expect(page.locator('#counted')).toHaveText('Shared so far: 6 people, 11 moments.');
    // Fewer than 10 people: nothing more is shown.
    const report = page.locator('article.report');
    await expect(report).toContainText('Nothing more is shown until at least 10 people have shared.');
    await expect(report).not.toContainText('CMHT');

    // Six more, by file; one of them twice, which counts once.
    const more = ['CMHT', 'community team', 'CMHT', 'community team', 'CMHT', 'community team'].map((service, i) =>
      ({ name: `more-${i}.json`, text: contribution(`MMMM000${i}`, [service]) }));
    await bringFiles(page, [...more, more[0]]);
    await addChecked(page);
    await expect(page.locator('#said-bring')).toContainText('Added 6. 1 already here, so not counted again.');
    await expect(page.locator('#counted')).toHaveText('Shared so far: 12 people, 17 moments.');

    // Two names for one service.
    await page.getByRole('checkbox', { name: 'CMHT' }).check();
    await page.getByRole('checkbox', { name: 'community team' }).check();
    await page.getByLabel('One name for the ticked services').fill('Community team');
    await page.getByRole('button', { name: 'Use one name' }).click();
    await expect(page.locator('.names')).toContainText('counted as Community team');
    await expect(report.locator('h4')).toHaveText(['Community team', 'Ward 4', 'What people said']);
    await expect(report).toContainText('10 people. Most were at Consultation. Most wanted Co-design.');
    // Ward 4 rests on 3 people: "fewer than 5", and left out of every drawing and table.
    await expect(report).toContainText('Fewer than 5 people, so nothing more is shown.');
    await expect(report.locator('svg.group-ladder')).toHaveCount(1);
    await expect(report.locator('svg.group-ladder')).toHaveAttribute('aria-label', 'The ladder for Community team');
    await expect(report).toContainText('Nothing is shown until at least 10 people have shared.');
    await page.getByLabel('Name of the group').fill('Riverside forum');
    await expect(report.locator('h2')).toHaveText('Our ladder: Riverside forum');
    await expectAccessible(page);
    await expectNothingOutside(page, 'group page');
    await snap(page, 'group-report', info.project.name);

    // The CSV opens with its header, rounds to 5, and says "fewer than 5".
    const csvFile = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the CSV' }).click();
    const csv = readFileSync((await (await csvFile).path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('service,period,measure,category,people');
    expect(csv).toContain('Community team,all,people,,10\r\n');
    expect(csv).toContain('Ward 4,all,people,,fewer than 5\r\n');
    expect(csv).not.toContain('Ward 4,all,at');

    // Printed: one page, A4 or Letter.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main h1')).toBeHidden();
    mkdirSync('screenshots', { recursive: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ path: `screenshots/${info.project.name}-group-${format}.pdf`, format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, `${format} pages`).toBe(1);
    }
    await page.emulateMedia({ media: 'screen' });

    // Taken out by its receipt, and put back with Undo; the pool outlives a reload.
    const receipt = JSON.parse(files[0].text).receipt as string;
    await page.getByLabel('Take out what someone shared, by their receipt code').fill(`${receipt.slice(0, 4).toLowerCase()}-${receipt.slice(4)}`);
    await page.getByRole('button', { name: 'Take out' }).click();
    await expect(page.locator('#counted')).toHaveText('Shared so far: 11 people, 15 moments.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('#counted')).toHaveText('Shared so far: 12 people, 17 moments.');
    await page.reload();
    await expect(page.locator('#counted')).toHaveText('Shared so far: 12 people, 17 moments.');
    await expect(report.locator('h2')).toHaveText('Our ladder: Riverside forum');

    // In Welsh.
    await page.getByLabel('Language of this page').selectOption('cy');
    await expect(page.locator('main h1')).toHaveText('Ein hysgol: darlun y grŵp');
    await expect(report).toContainText('Llai na 5 o bobl');
    await expect(report).toContainText('Ymgynghori');
    await expectAccessible(page);
    await snap(page, 'group-report-cy', info.project.name);
  });
});

test('what cannot be a contribution is refused, and hostile words are only words', async ({ page }, info) => {
  await openGroup(page);
  const hostile = contribution('HHHH0000', ['<img src=x onerror="window.hacked=1">']);
  const notes = JSON.stringify({ format: 'alongside', schema: 5, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: {} });
  await bringFiles(page, [
    { name: 'huge.json', text: ' '.repeat(300 * 1024) },
    { name: 'newer.json', text: contribution('NNNN0000', ['CMHT']).replace('"version":1', '"version":9') },
    { name: 'notes.json', text: notes },
    { name: 'broken.json', text: '{"format":"alongside-group"' },
    { name: 'hostile.json', text: hostile },
  ]);
  const said = page.locator('#said-bring');
  await expect(said).toContainText('huge.json is too large');
  await expect(said).toContainText('newer.json was made by a newer Alongside');
  await expect(said).toContainText('notes.json is a person’s own notes');
  await expect(said).toContainText('broken.json is not something Alongside can read');
  await expect(page.locator('#check li')).toHaveText(['<img src=x onerror="window.hacked=1"> · A care review or ward round · Consultation · wanted Co-design · May 2026']);
  await addChecked(page);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('.names')).toContainText('<img src=x');
  await page.getByLabel('Or paste codes').fill('T1:ABCDEFG:1:1:NOTACODE\nhello');
  await page.getByRole('button', { name: 'Read the codes' }).click();
  await expect(said).toContainText('A code was shared from Alongside, but part of it is damaged.');
  await expectAccessible(page);
  await snap(page, 'group-refused', info.project.name);
});

test('once opened, the group page opens with no signal, and two tabs keep one pool', async ({ page, context }, info) => {
  await openGroup(page);
  await bringFiles(page, [{ name: 'one.json', text: contribution('PPPP0000', ['CMHT']) }]);
  await addChecked(page);
  await expect(page.locator('#counted')).toHaveText('Shared so far: 1 person, 1 moment.');
  // Kept by the app's own service worker, under the group page's own name.
  await expect.poll(() => page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('alongside group '));
    return name ? (await (await caches.open(name)).keys()).map((r) => r.url.split('/').pop()) : [];
  }), { timeout: 20_000 }).toEqual(expect.arrayContaining(['', expect.stringMatching(/^group-.*_bg\.wasm$/), expect.stringMatching(/^group-.*\.js$/)]));

  // A second tab brings one in; the first takes it in, and neither writes over the other.
  const second = await context.newPage();
  await openGroup(second);
  await bringFiles(second, [{ name: 'two.json', text: contribution('TTTT0000', ['Ward 4']) }]);
  await addChecked(second);
  await expect(page.locator('#counted')).toHaveText('Shared so far: 2 people, 2 moments.');
  await second.close();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Our ladder: the group’s picture');
  await expect(page.locator('#counted')).toHaveText('Shared so far: 2 people, 2 moments.');
  await expect(page.locator('article.report')).toContainText('Nothing more is shown until at least 10 people have shared.');
  await expectAccessible(page);
  await snap(page, 'group-offline', info.project.name);
  await context.setOffline(false);
});
