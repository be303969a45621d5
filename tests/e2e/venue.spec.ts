// The venue set-up page (venue/): a form for config.json with a live preview, plain messages
// for every mistake, Download and Open, and a file the app then uses exactly as written.
import { test, expect, expectAccessible, expectNothingOutside, snap, openApp, testConfig } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { invitationText } from './group-helpers';

const INVITATION = invitationText('Riverside forum');

const field = (page: Page, label: string, contact?: number) =>
  (contact ? page.locator(`.venue-contacts > li:nth-child(${contact})`) : page.locator('.venue-form')).getByLabel(label, { exact: true });

async function openVenuePage(page: Page) {
  await page.goto('./venue/');
  await expect(page.locator('main h1')).toHaveText('Set up Alongside for your venue');
}

/** Presses Download and returns the file's text, or fails if nothing is downloaded. */
async function download(page: Page) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download config.json' }).click();
  const saved = await file;
  expect(saved.suggestedFilename()).toBe('config.json');
  return readFileSync((await saved.path())!, 'utf8');
}

/** Opens `text` as a chosen file. */
async function openFile(page: Page, text: string, name = 'config.json') {
  await page.getByLabel('Open a config.json').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const everything = {
  venue: 'Riverside Library',
  language: 'cy',
  contacts: [
    {
      name: 'Riverside drop-in, "upstairs"',
      phone: '0161 496 0000',
      text: '+44 7700 900123',
      url: 'https://example.org/help?a=1&b=2',
      hours: 'Monday to Friday, 10am to 4pm',
      note: 'Ask at the desk. <b>Not bold</b>',
    },
    { name: 'Samaritans', phone: '116 123' },
  ],
  exit_url: 'https://example.org/weather',
  kiosk: { enabled: true, idle_minutes: 12 },
  group: { invitation: INVITATION, min_people: 10, min_count: 5 },
};

test.describe('a site with no settings yet', () => {
  test.use({ hostConfig: null });

  test('every field goes into config.json and back, and the app uses the file as written', async ({ page, context }, info) => {
    await openVenuePage(page);
    await expect(page.getByText('This site has no settings file yet')).toBeVisible();
    await expectAccessible(page);

    await field(page, 'Venue name').fill(everything.venue);
    await page.getByLabel('Language people see first').selectOption({ label: 'Cymraeg' });
    for (const [at, contact] of everything.contacts.entries()) {
      await page.getByRole('button', { name: 'Add a contact' }).click();
      await expect(field(page, 'Name', at + 1)).toBeFocused();
      await field(page, 'Name', at + 1).fill(contact.name);
      await field(page, 'Phone number', at + 1).fill(contact.phone);
      if (contact.text) await field(page, 'Number for text messages', at + 1).fill(contact.text);
      if (contact.url) await field(page, 'Website', at + 1).fill(contact.url);
      if (contact.hours) await field(page, 'When it is open', at + 1).fill(contact.hours);
      if (contact.note) await field(page, 'A few words about it', at + 1).fill(contact.note);
    }
    await page.getByLabel('People use this copy on a shared device here').check();
    await field(page, 'Minutes with no use before the wipe').fill('12');
    // Pasted as the group's page gives it, as a link: the file keeps the invitation itself.
    await field(page, 'The group’s invitation, if you keep moments for a group').fill(`https://example.org/app/#/ladder/share?to=${INVITATION}`);
    await field(page, 'Site to go to').fill(everything.exit_url);

    // The preview, in the language people see first (Welsh), as they type.
    const preview = page.locator('.preview');
    await expect(preview).toHaveAttribute('lang', 'cy');
    await expect(preview).toContainText('Yn cael ei gynnig gan Riverside Library.');
    await expect(preview).toContainText('Angen help nawr?');
    await expect(preview.locator('h4')).toHaveText(['Mewn perygl nawr', 'Riverside drop-in, "upstairs"', 'Samaritans']);
    await expect(preview.getByRole('link', { name: 'Ffonio 0161 496 0000' })).toHaveAttribute('href', 'tel:01614960000');
    await expect(page.locator('.venue-preview')).toContainText('notes are wiped after 12 minutes with no use');
    await expectAccessible(page);
    await expectNothingOutside(page, 'venue page, filled in');
    await snap(page, 'venue-filled', info.project.name);

    const text = await download(page);
    expect(JSON.parse(text)).toEqual(everything);
    await expect(page.getByText('Downloaded config.json.')).toBeVisible();

    // Opened again on a fresh page: every field as it was.
    const again = await context.newPage();
    await openVenuePage(again);
    await openFile(again, text);
    await expect(again.getByText('Opened config.json. The form now shows its settings.')).toBeVisible();
    await expect(field(again, 'Venue name')).toHaveValue(everything.venue);
    await expect(again.getByLabel('Language people see first')).toHaveValue('cy');
    for (const [at, contact] of everything.contacts.entries()) {
      await expect(field(again, 'Name', at + 1)).toHaveValue(contact.name);
      await expect(field(again, 'Phone number', at + 1)).toHaveValue(contact.phone);
      await expect(field(again, 'Number for text messages', at + 1)).toHaveValue(contact.text ?? '');
      await expect(field(again, 'Website', at + 1)).toHaveValue(contact.url ?? '');
      await expect(field(again, 'When it is open', at + 1)).toHaveValue(contact.hours ?? '');
      await expect(field(again, 'A few words about it', at + 1)).toHaveValue(contact.note ?? '');
    }
    await expect(again.getByLabel('People use this copy on a shared device here')).toBeChecked();
    await expect(field(again, 'Minutes with no use before the wipe')).toHaveValue('12');
    await expect(field(again, 'The group’s invitation, if you keep moments for a group')).toHaveValue(INVITATION);
    await expect(field(again, 'Site to go to')).toHaveValue(everything.exit_url);
    expect(JSON.parse(await download(again))).toEqual(everything);

    // The app, given this very file: in Welsh, on a shared device, with these contacts and
    // no problem with the settings.
    const app = await context.newPage();
    await app.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
    await openApp(app);
    await expect(app.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(app.getByText('Yn cael ei gynnig gan Riverside Library.')).toBeVisible();
    await expect(app.getByText('Dyfais a rennir yw hon.').first()).toBeVisible();
    await app.getByRole('button', { name: 'Angen help nawr?' }).click();
    await expect(app.getByRole('dialog').getByRole('heading', { name: 'Riverside drop-in, "upstairs"' })).toBeVisible();
    await app.keyboard.press('Escape');
    await openApp(app, '#/about');
    await expect(app.locator('main h1')).toHaveText('Ynghylch a phreifatrwydd');
    await expect(app.getByRole('heading', { name: 'Gosodiadau’r lleoliad hwn' })).toHaveCount(0);
  });

  test('each mistake has its own message by its box, and no file is made until they are put right', async ({ page }, info) => {
    const downloads: string[] = [];
    page.on('download', (file) => downloads.push(file.suggestedFilename()));
    await openVenuePage(page);
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await field(page, 'Name', 1).fill('Drop-in');
    await field(page, 'Phone number', 1).fill('call us');
    await field(page, 'Website', 1).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByLabel('People use this copy on a shared device here').check();
    await field(page, 'Minutes with no use before the wipe').fill('0');
    await field(page, 'The group’s invitation, if you keep moments for a group').fill('https://example.org/app/#/ladder/share');
    await field(page, 'Site to go to').fill('http://example.org/weather');
    await page.getByRole('button', { name: 'Download config.json' }).click();

    const summary = page.locator('#fix-first');
    await expect(summary).toBeFocused();
    const messages = {
      '#venue-name-error': 'Write your venue’s name.',
      '#contact-1-phone-error': 'This doesn’t look like a phone number.',
      '#contact-1-url-error': 'This doesn’t look like a web address.',
      '#contact-2-name-error': 'Write who this contact is, or remove the contact.',
      '#contact-2-phone-error': 'Give a phone number, a number for texts or a website',
      '#idle-minutes-error': 'Use a whole number of minutes from 1 to 120.',
      '#invitation-error': 'This is not a group’s invitation.',
      '#exit-url-error': 'Use an address that starts with https://',
    };
    for (const [id, words] of Object.entries(messages)) await expect(page.locator(id)).toContainText(words);
    await expect(summary.locator('li')).toHaveCount(Object.keys(messages).length);
    await expect(field(page, 'Venue name')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await snap(page, 'venue-mistakes', info.project.name);

    // A link in the list goes into its box; each message goes as its box is put right.
    await summary.getByRole('link', { name: 'Write your venue’s name.' }).click();
    await expect(field(page, 'Venue name')).toBeFocused();
    await page.keyboard.type('The Hub');
    await expect(page.locator('#venue-name-error')).toBeEmpty();
    await field(page, 'Minutes with no use before the wipe').fill('121');
    await expect(page.locator('#idle-minutes-error')).toContainText('from 1 to 120');
    await field(page, 'Minutes with no use before the wipe').fill('20');
    await field(page, 'The group’s invitation, if you keep moments for a group').fill('');
    await field(page, 'Phone number', 1).fill('0161 496 0000');
    await field(page, 'Website', 1).fill('');
    await page.getByRole('button', { name: 'Remove contact 2' }).click();
    await field(page, 'Site to go to').fill('https://example.org/weather');
    await expect(summary).toHaveCount(0);
    expect(downloads).toEqual([]);
    expect(JSON.parse(await download(page)).venue).toBe('The Hub');
  });
});

test('it starts from the settings this site has, and a removed contact or opened file can be undone', async ({ page }) => {
  await openVenuePage(page);
  await expect(page.getByText('This form starts with the settings this site has now.')).toBeVisible();
  await expect(page.getByText('Some parts could not be used, so they were left out: contacts[1].url, contacts[1].')).toBeVisible();
  await expect(field(page, 'Venue name')).toHaveValue(testConfig.venue);
  // The contact the app cannot use (a javascript: address, no number) is left out, as the app leaves it out.
  await expect(page.locator('.venue-contacts > li')).toHaveCount(2);
  await expect(field(page, 'Name', 2)).toHaveValue('Samaritans');

  await page.getByRole('button', { name: 'Remove contact 1' }).click();
  await expect(page.locator('.venue-contacts > li')).toHaveCount(1);
  await expect(page.locator('#said-contacts')).toContainText('Contact removed.');
  await expect(page.locator('#said-contacts').getByRole('button', { name: 'Undo' })).toBeFocused();
  await field(page, 'Name', 1).fill('Samaritans (free)');
  await page.keyboard.press('Shift+Tab');
  await page.locator('#said-contacts').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.venue-contacts > li')).toHaveCount(2);
  await expect(field(page, 'Name', 1)).toHaveValue('Riverside drop-in');
  await expect(field(page, 'Name', 2)).toHaveValue('Samaritans (free)');

  // A file that is not settings changes nothing; one with bad parts names them.
  await openFile(page, '<html>not settings</html>', 'index.html');
  await expect(page.locator('#said-open')).toHaveText('That file is not a settings file Alongside can read. Nothing in the form was changed.');
  await expect(field(page, 'Venue name')).toHaveValue(testConfig.venue);
  // A part the app never reads (a misspelling, another program's) is named too.
  await openFile(page, JSON.stringify({ venue: 'Hill Centre', exit_url: 'http://example.org', kiosk: { idle_minutes: 500, idle_mins: 9 }, theme: 'dark' }));
  await expect(page.locator('#said-open')).toContainText('Some parts could not be used, so they were left out: exit_url, kiosk.idle_minutes, kiosk.idle_mins, theme.');
  await expect(field(page, 'Venue name')).toHaveValue('Hill Centre');
  await expect(page.locator('.venue-contacts > li')).toHaveCount(0);
  await page.locator('#said-open').getByRole('button', { name: 'Undo' }).click();
  await expect(field(page, 'Venue name')).toHaveValue(testConfig.venue);
  await expect(page.locator('.venue-contacts > li')).toHaveCount(2);
  await expect(page.locator('#said-open')).toHaveText('Put back.');

  // A contact added after a removal is kept when the removal is undone, each its own.
  await page.getByRole('button', { name: 'Remove contact 2' }).click();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await field(page, 'Name', 2).fill('New desk');
  await page.locator('#said-contacts').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.venue-contacts > li')).toHaveCount(3);
  await expect(field(page, 'Name', 2)).toHaveValue('Samaritans (free)');
  await expect(field(page, 'Name', 3)).toHaveValue('New desk');
  const ids = await page.locator('.venue-contacts input[id$="-name"]').evaluateAll((boxes) => boxes.map((box) => box.id));
  expect(new Set(ids).size).toBe(3);
});

test.describe('a site whose settings file is broken', () => {
  test.use({ hostConfig: '{ "venue": "Riverside' });
  test('the form starts with the usual settings and says why', async ({ page }) => {
    await openVenuePage(page);
    await expect(page.getByText('This site’s settings file could not be read, so the form starts with the usual settings.')).toBeVisible();
    await expect(field(page, 'Venue name')).toHaveValue('');
    await expect(field(page, 'Site to go to')).toHaveValue('https://www.bbc.co.uk/weather');
  });
});

test('the page in Welsh, with a Welsh preview', async ({ page }, info) => {
  await openVenuePage(page);
  await page.getByLabel('Language of this page').selectOption({ label: 'Cymraeg' });
  await expect(page.locator('main h1')).toHaveText('Gosod Alongside ar gyfer eich lleoliad');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByLabel('Iaith y dudalen hon')).toBeFocused();
  await expect(field(page, 'Enw’r lleoliad')).toHaveValue(testConfig.venue);
  await page.getByLabel('Yr iaith y mae pobl yn ei gweld gyntaf').selectOption({ label: 'Cymraeg' });
  await expect(page.locator('.preview')).toContainText('Croeso i Alongside');
  await field(page, 'Enw’r lleoliad').fill('');
  await page.getByRole('button', { name: 'Lawrlwytho config.json' }).click();
  await expect(page.locator('#venue-name-error')).toHaveText('Ysgrifennwch enw eich lleoliad.');
  await expectAccessible(page);
  await expectNothingOutside(page, 'venue page in Welsh');
  await snap(page, 'venue-welsh', info.project.name);
});
