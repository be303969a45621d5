import { test, expect, expectAccessible, expectSaved, openApp, snap, FROM_SITE } from './fixtures';

const screens = [
  { nav: 'Home', hash: '#/', heading: 'Welcome to Alongside' },
  { nav: 'Statements', hash: '#/statements', heading: 'My I statements' },
  { nav: 'Plan', hash: '#/plan', heading: 'My plan' },
  { nav: 'Ladder', hash: '#/ladder', heading: 'My ladder' },
  { nav: 'About', hash: '#/about', heading: 'About and privacy' },
];

test('a first-time visitor is welcomed and told their notes stay here', async ({ page }, info) => {
  await openApp(page);
  await expect(page).toHaveTitle('Welcome to Alongside – Alongside');
  await expect(page.getByText('in your own words, what good support looks like for you')).toBeVisible();
  await expect(page.getByText('Offered by Riverside Library.')).toBeVisible();
  for (const area of ['My I statements', 'My plan', 'My ladder']) {
    await expect(page.locator('.areas').getByRole('link', { name: new RegExp(area) })).toBeVisible();
  }
  await expect(page.getByText('Everything you write stays on this device. Nothing is sent anywhere.')).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  // The page's own security policy forbids reaching any other site.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  await expectAccessible(page);
  await snap(page, 'home', info.project.name);
});

test('every screen is reachable, titled, focused and accessible', async ({ page }, info) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const screen of [...screens.slice(1), screens[0]]) {
    await nav.getByRole('link', { name: screen.nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/app/${screen.hash.replace('/', '\\/')}$`));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(screen.heading);
    await expect(page).toHaveTitle(`${screen.heading} – Alongside`);
    // Focus moves to the new heading so screen reader users hear where they are.
    await expect(heading).toBeFocused();
    await expect(nav.getByRole('link', { name: screen.nav, exact: true })).toHaveAttribute('aria-current', 'page');
    await expectAccessible(page);
    await snap(page, screen.nav.toLowerCase(), info.project.name);
  }
  // Back and forward walk the same screens.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About and privacy');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My ladder');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About and privacy');
});

test('deep links and reloads work under the sub-path', async ({ page }) => {
  for (const screen of screens) {
    await openApp(page, screen.hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
  }
  await openApp(page, '#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expectAccessible(page);
  await openApp(page, '#/somewhere-else');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Alongside');
});

test('the skip link takes keyboard users to the main content', async ({ page }) => {
  await openApp(page, '#/plan');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/plan$/);
});

test('"Need help now?" lists the venue\'s contacts, one tap away', async ({ page }, info) => {
  await openApp(page, '#/ladder');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(dialog).toBeVisible();
  // Someone in danger now comes first, always.
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['In danger now', 'Riverside drop-in', 'Samaritans']);
  await expect(dialog.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(dialog.getByRole('link', { name: 'Call 0161 496 0000' })).toHaveAttribute('href', 'tel:01614960000');
  await expect(dialog.getByRole('link', { name: 'Text 07700 900123' })).toHaveAttribute('href', 'sms:07700900123');
  await expect(dialog.getByRole('link', { name: 'Visit their website' })).toHaveAttribute('href', 'https://example.org/help');
  await expect(dialog.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
  await expect(dialog.getByText('Never shown')).toHaveCount(0);
  await expect(dialog.getByText('Monday to Friday, 10am to 4pm')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'help', info.project.name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('"Need help now?" puts my nominated person and my crisis people above the venue\'s', async ({ page }, info) => {
  await openApp(page, '#/plan/people');
  await page.getByRole('button', { name: 'Add a person or service' }).click();
  const person = page.locator('.person').first();
  await person.getByLabel('Name').fill('Kerry');
  await person.getByLabel('Relationship or role').fill('Peer worker');
  await person.getByLabel('Number for text messages').fill('07700 900456');
  await person.getByRole('checkbox', { name: 'Show them in "Need help now?" to contact in a crisis' }).check();
  await page.getByRole('button', { name: 'Add a person or service' }).click();
  await page.locator('.person').nth(1).getByLabel('Name').fill('Not in a crisis');
  await page.goto('./#/plan/crisis');
  await page.getByRole('textbox', { name: 'My nominated person', exact: true }).fill('Jo Adeyemi');
  await page.getByLabel('How to contact my nominated person').fill('07700 900123');
  await expectSaved(page);
  // From another screen, after a reload: kept, and there on every screen.
  await page.goto('./#/statements');
  await page.reload();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['In danger now', 'Jo Adeyemi', 'Kerry', 'Riverside drop-in', 'Samaritans']);
  await expect(dialog.getByText('Your nominated person')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Call 07700 900123' })).toHaveAttribute('href', 'tel:07700900123');
  await expect(dialog.getByRole('link', { name: 'Text 07700 900456' })).toHaveAttribute('href', 'sms:07700900456');
  await expect(dialog.getByText('Not in a crisis')).toHaveCount(0);
  await expectAccessible(page);
  await snap(page, 'help-mine', info.project.name);
  await dialog.getByRole('link', { name: 'See my crisis plan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('main h1')).toHaveText('My crisis plan');
});

test.describe('with no venue settings file', () => {
  // The release as it ships: it holds only config.example.json.
  test.use({ hostConfig: FROM_SITE });
  test('the app starts with standard UK contacts and says so quietly', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Need help now?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Need help now?' });
    await expect(dialog.getByRole('link', { name: /^Call / })).toHaveText(['Call 999', 'Call 111', 'Call 116 123']);
    await expect(dialog.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(page.getByText('No venue settings were found')).toBeVisible();
  });
});

test.describe('with a broken venue settings file', () => {
  test.use({ hostConfig: '{"venue": "Half a file", "contacts": [' });
  test('the app still starts, with standard contacts', async ({ page }) => {
    await openApp(page);
    await expect(page.getByText('Offered by')).toHaveCount(0);
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await expect(page.getByRole('link', { name: 'Call 116 123' })).toBeVisible();
    await page.keyboard.press('Escape');
    await openApp(page, '#/about');
    await expect(page.getByText('The venue settings file could not be read')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('in dark mode on a narrow phone', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
  test('every screen stays readable and accessible', async ({ page }, info) => {
    for (const screen of screens) {
      await openApp(page, screen.hash);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
      // Nothing sticks out sideways at 360 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(page);
      await snap(page, `dark-360-${screen.nav.toLowerCase()}`, info.project.name);
    }
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await expect(page.getByRole('dialog', { name: 'Need help now?' })).toBeVisible();
    await expectAccessible(page);
    await snap(page, 'dark-360-help', info.project.name);
  });
});
