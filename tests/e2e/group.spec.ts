// Our ladder: a person adds their moments to a group; a facilitator brings them in on the
// group page (group/), merges names, and prints, copies and downloads a report from which
// nobody can be picked out. (Sealing for a group, and the kiosk: group-sealed.spec.ts.)
import { test, expect, expectAccessible, expectNothingOutside, snap } from './fixtures';
import { PRIVATE, moment, contribution, receiptOf, share, shareFile, shareCodes, openGroup, bringFiles, addChecked } from './group-helpers';
import type { Page } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';

test('a person sees exactly what leaves, can leave a moment out, and sharing again keeps the receipt', async ({ page }, info) => {
  await share(page, [moment(1, 'CMHT', 'consultation', 'co_design'), moment(2, 'Ward 4', 'coercion', null, '2026-04-02')]);
  const lines = page.locator('.share-lines label');
  await expect(lines).toHaveText(['CMHT · My care or crisis plan · Consultation · wanted Co-design · March 2026', 'Ward 4 · My care or crisis plan · Coercion · April 2026']);
  await expect(page.locator('.for-group')).toHaveText(/^Not sealed for a group: anyone with the file or codes can read these lines/);
  const receipt = (await page.getByText(/Your receipt code is/).textContent())!.match(/([0-9A-Z]{4})-([0-9A-Z]{4})/)!;
  await expectAccessible(page);
  await expectNothingOutside(page, 'share screen');
  await snap(page, 'group-share', info.project.name);
  await lines.nth(1).getByRole('checkbox').uncheck();
  await page.getByText('You can also say').click();
  await page.getByRole('group', { name: 'Was my voice heard?' }).getByLabel('Partly').check();
  await page.getByLabel('Words for the group, if you want').fill('They listened this time.');
  const { name, text: file } = await shareFile(page);
  expect(name).toBe(`alongside-group-${receipt[1]}${receipt[2]}.json`);
  const read = JSON.parse(file);
  expect(read.moments).toEqual([{ service: 'CMHT', about: 'care_plan', experienced: 'consultation', wanted: 'co_design', month: '2026-03' }]);
  expect(read.answers).toEqual({ heard: 'partly' });
  // The words leave only once the person ticks "Share these words".
  expect(file).not.toContain('listened');
  for (const secret of [PRIVATE, '2026-03-14', 'Ward 4', '"id"', 'm1']) expect(file).not.toContain(secret);
  await page.getByLabel('Share these words').check();
  expect(JSON.parse((await shareFile(page)).text).quote).toBe('They listened this time.');

  // The codes carry the same, and open the group page beside the app (whatever its address).
  await page.goto(`./index.html#/ladder/share`);
  await expect(page.locator('main h1')).toHaveText('Add my moments to a group');
  const links = await shareCodes(page);
  for (const link of links) expect(link).toMatch(/\/app\/group\/#T1:/);
  await expectAccessible(page);
  await snap(page, 'group-share-codes', info.project.name);
  // The receipt is made from a key kept with the notes: a later share replaces the first,
  // never adds a person, and the receipt itself is not kept.
  await expect(page.getByText(`Your receipt code is ${receipt[1]}-${receipt[2]}`)).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem('alongside.document')!);
  expect(JSON.parse(kept).schema).toBe(6);
  expect(JSON.parse(kept).data.settings.share_key).toMatch(/^[0-9A-Z]{16}$/);
  expect(kept).not.toContain(receipt[1] + receipt[2]);

  // Nothing ticked: nothing made, and a plain message.
  for (const box of await page.locator('.share-lines input').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Download a file for the group' }).click();
  await expect(page.getByText('Tick at least one moment to share.')).toBeVisible();
});

/** `n` people by file, each with two moments with `service`, at `at`, a year apart. */
function people(prefix: string, service: string, n: number, at = 'consultation') {
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix}-${i}.json`,
    text: contribution(receiptOf(prefix, i), [
      { service, at, month: `2025-${String(1 + (i % 12)).padStart(2, '0')}` },
      { service, at, wanted: 'co_production', month: '2026-04' },
    ], { answers: { heard: ['yes', 'partly', 'no'][i % 3], changed: 'partly' }, level: i % 2 ? 'service' : 'own_care', quote: i % 3 ? '' : `Our words ${'x'.repeat(i % 4)}` }),
  }));
}

/** Prints the report and checks it fills one A4 and one Letter page, in black and white. */
async function printsOnOnePage(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main h1')).toBeHidden();
  // Every colour the printed report uses is a grey (black, white or between).
  const coloured = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('article.report, article.report *')) {
      const style = getComputedStyle(element);
      for (const colour of [style.color, style.fill, style.stroke, style.backgroundColor, style.borderTopColor]) {
        const rgb = colour.match(/\d+(\.\d+)?/g)?.map(Number);
        if (rgb && rgb.length >= 3 && (rgb[3] ?? 1) > 0 && !(rgb[0] === rgb[1] && rgb[1] === rgb[2])) found.push(`${element.tagName} ${colour}`);
      }
    }
    return [...new Set(found)];
  });
  expect(coloured, 'colours on paper').toEqual([]);
  mkdirSync('screenshots', { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ path: `screenshots/${name}-${format}.pdf`, format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
}

test('the report publishes nothing exact and no name or words that few people gave, on one page', async ({ page }, info) => {
  test.slow();
  await openGroup(page);
  // 13 at the CMHT, 3 at Ward 4 (each of them named one service).
  await bringFiles(page, [...people('CMHT', 'CMHT', 13), ...people('WARD', 'Ward 4', 3, 'coercion')]);
  await addChecked(page);
  // The facilitator's own bookkeeping is exact, and says it is not the report.
  await expect(page.locator('#counted')).toHaveText('Shared so far: 16 people, 32 moments.');
  await expect(page.getByText('These exact numbers are for you alone.')).toBeVisible();
  const report = page.locator('article.report');
  await expect(report).toContainText('15 people shared moments from their own ladders. The picture covers 2025 Q1 to 2026 Q2.');
  // Ward 4 rests on 3 people: never named; with "other services" hidden beside it.
  await expect(report.locator('h4')).toHaveText(['CMHT', 'Other services', 'What people said', 'In their own words']);
  await expect(report).toContainText('Not shown, so that a smaller service cannot be worked out from the total.');
  await expect(report.locator('svg.group-ladder')).toHaveCount(0);
  const csvFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the CSV' }).click();
  const csv = readFileSync((await (await csvFile).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('service,period,measure,category,people');
  expect(csv).toContain('CMHT,all,people,,not shown\r\n');
  expect(csv).toContain('Other services,all,people,,fewer than 5\r\n');
  await page.getByRole('button', { name: 'Copy as text' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  const html = await report.innerHTML();
  // Nothing exact (16 people, 13 at the CMHT, 3 at Ward 4, 32 moments), and not its name.
  for (const out of [csv, html, await report.innerText(), copied]) {
    expect(out).not.toContain('Ward 4');
    expect(out).not.toContain('data-count');
    expect(out).not.toMatch(/\b(16|13|3|32)\b/);
  }
  await expectAccessible(page);
  await expectNothingOutside(page, 'group page');
  await snap(page, 'group-report-small', info.project.name);

  // Three services drawn, then four: each on one page, in black and white.
  // One of them named two services, so the services no longer add up to everyone.
  const both = { name: 'both.json', text: contribution('B0TH0000', [{ service: 'North team', at: 'engagement', wanted: 'co_production' }, { service: 'Home treatment', at: 'informing' }]) };
  await bringFiles(page, [both, ...people('NRTH', 'North team', 10, 'engagement'), ...people('HMTR', 'Home treatment', 8, 'informing')]);
  await addChecked(page);
  await page.getByLabel('Name of the group').fill('Riverside forum');
  await expect(report.locator('svg.group-ladder')).toHaveCount(3);
  await expect(report.locator('h2')).toHaveText('Our ladder: Riverside forum');
  await expect(report).toContainText('10 people. Most were at Engagement. Most wanted Co-production. 10 (100%) wanted a higher step than they had.');
  // People's own words, since at least 5 people wrote some.
  await expect(report.locator('.quotes blockquote').first()).toHaveText(/^Our words/);
  await snap(page, 'group-report', info.project.name);
  await printsOnOnePage(page, `${info.project.name}-group-3`);
  await bringFiles(page, people('DAYS', 'Day service', 6, 'co_design'));
  await addChecked(page);
  await expect(report.locator('svg.group-ladder')).toHaveCount(4);
  await printsOnOnePage(page, `${info.project.name}-group-4`);

  // In Welsh.
  await page.getByLabel('Language of this page').selectOption('cy');
  await expect(page.locator('main h1')).toHaveText('Ein hysgol: darlun y grŵp');
  await expect(report).toContainText('Gwasanaethau eraill');
  await expect(report).toContainText('Ymgynghori');
  await expectAccessible(page);
  await snap(page, 'group-report-cy', info.project.name);
});

test('names are merged, and anyone is taken out by their receipt with Undo', async ({ page }) => {
  await openGroup(page);
  const files = [...people('CMHT', 'CMHT', 6), ...people('CMTY', 'community team', 6)];
  await bringFiles(page, [...files, files[0]]);
  await addChecked(page);
  await expect(page.locator('#said-bring')).toContainText('Added 12. 1 already here, so not counted again.');
  const report = page.locator('article.report');
  await page.getByRole('checkbox', { name: 'CMHT' }).check();
  await page.getByRole('checkbox', { name: 'community team' }).check();
  await page.getByLabel('One name for the ticked services').fill('Community team');
  await page.getByRole('button', { name: 'Use one name' }).click();
  await expect(page.locator('.names')).toContainText('counted as Community team');
  await expect(report.locator('h4').first()).toHaveText('Community team');
  await expect(report).toContainText('10 people. Most were at Consultation.');
  const receipt = JSON.parse(files[0].text).receipt as string;
  await page.getByLabel('Take out what someone shared, by their receipt code').fill(`${receipt.slice(0, 4).toLowerCase()}-${receipt.slice(4)}`);
  await page.getByRole('button', { name: 'Take out' }).click();
  await expect(page.locator('#counted')).toHaveText('Shared so far: 11 people, 22 moments.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#counted')).toHaveText('Shared so far: 12 people, 24 moments.');
  await page.reload();
  await expect(page.locator('#counted')).toHaveText('Shared so far: 12 people, 24 moments.');
  await expect(page.locator('.names')).toContainText('counted as Community team');
});

test('what cannot be a contribution is refused, and hostile words are only words', async ({ page }, info) => {
  await openGroup(page);
  const hostile = contribution('HHHH0000', ['<img src=x onerror="window.hacked=1">']);
  const notes = JSON.stringify({ format: 'alongside', schema: 6, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: {} });
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
