// A screen that suits me: text size, contrast, less motion and line spacing, chosen in
// Settings or asked for by the device; every screen still fits and passes axe.
import { test, expect, expectAccessible, expectNothingOutside, openApp, snap } from './fixtures';
import type { Page } from '@playwright/test';

const screens = ['#/', '#/statements', '#/plan', '#/plan/crisis', '#/plan/goals', '#/ladder', '#/raise', '#/take', '#/settings', '#/about'];

/** Something on the screens that have lists and forms, so they are drawn too. */
async function writeSomething(page: Page) {
  await page.goto('./#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('I want to be asked first, and to have time to think.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement textarea')).toHaveCount(1);
}

async function everyScreenFits(page: Page, name: string, project: string) {
  for (const hash of screens) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
    await expectNothingOutside(page, `${hash} with ${name}`);
    await expectAccessible(page);
    if (['#/', '#/statements', '#/ladder'].includes(hash)) await snap(page, `${name}${hash.replace(/[#/]+/g, '-')}`, project);
  }
}

test.describe('on a 320px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('twice the text size, higher contrast and more space: kept, shown before the app, and every screen fits', async ({ page }, info) => {
    await openApp(page, '#/settings');
    await writeSomething(page);
    await page.goto('./#/settings');
    await page.getByLabel('Text size').selectOption('200');
    await page.getByRole('checkbox', { name: 'Higher contrast' }).check();
    await page.getByRole('checkbox', { name: 'More space between lines' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-look', 'text-200 contrast spacious');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await expectAccessible(page);
    await snap(page, 'look-settings', info.project.name);

    // Kept on the device, and on the page before the app arrives: nothing jumps.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      (window as any).firstLook = `${document.documentElement.getAttribute('data-look')} early=${!!document.getElementById('early')}`;
    }));
    await page.reload();
    await expect(page.locator('#early')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).firstLook)).toBe('text-200 contrast spacious early=true');
    await expect(page.getByLabel('Text size')).toHaveValue('200');
    await expect(page.getByRole('checkbox', { name: 'Higher contrast' })).toBeChecked();

    await everyScreenFits(page, 'look-200', info.project.name);

    // Back to the usual look.
    await page.goto('./#/settings');
    await page.getByLabel('Text size').selectOption('100');
    await page.getByRole('checkbox', { name: 'Higher contrast' }).uncheck();
    await page.getByRole('checkbox', { name: 'More space between lines' }).uncheck();
    await expect(page.locator('html')).toHaveAttribute('data-look', '');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
  });

  // One test per size: each walks every screen with axe, which is the slow part.
  for (const size of ['125', '150']) {
    test(`text at ${size}% fits every screen`, async ({ page }, info) => {
      await openApp(page);
      await writeSomething(page);
      await page.goto('./#/settings');
      await page.getByLabel('Text size').selectOption(size);
      await everyScreenFits(page, `look-${size}`, info.project.name);
    });
  }
});

test.describe('a device that asks for more contrast and less motion, in dark mode', () => {
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce', contrast: 'more' });

  test('is followed without asking, and Settings says so', async ({ page }, info) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-look', /contrast/);
    await expect(page.locator('html')).toHaveAttribute('data-look', /still/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.goto('./#/settings');
    for (const name of ['Higher contrast', 'Less motion']) {
      const box = page.getByRole('checkbox', { name });
      await expect(box).toBeChecked();
      await expect(box).toBeDisabled();
      await expect(box).toHaveAccessibleDescription('Your device already asks for this, so it is on.');
    }
    await expect(page.getByRole('checkbox', { name: 'More space between lines' })).toBeEnabled();
    await expectAccessible(page);
    await snap(page, 'look-device-dark', info.project.name);
    // Nothing moves: no animation or transition anywhere.
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((e) => {
        const style = getComputedStyle(e);
        return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
      }).length,
    );
    expect(moving).toBe(0);
  });
});

// Every combination: phone width, a laptop and a big kiosk screen; English and Welsh; the
// usual look and every setting on at once. Nothing reaches past the sides, axe is clean.
const sizes = [
  { project: 'phone', width: 320, height: 640 },
  { project: 'desktop', width: 1280, height: 800 },
  { project: 'desktop', width: 1920, height: 1080 },
];
for (const size of sizes) {
  for (const lang of ['en-GB', 'cy']) {
    for (const look of ['', 'text-200 contrast still spacious']) {
      test(`${size.width}×${size.height}, ${lang}, ${look || 'usual look'}: every screen fits and is accessible`, async ({ page }, info) => {
        test.skip(info.project.name !== size.project, 'each size runs once, in its own kind of browser');
        await page.setViewportSize({ width: size.width, height: size.height });
        await openApp(page);
        await writeSomething(page);
        await page.evaluate(([lang, look]) => {
          localStorage.setItem('alongside.lang', lang);
          localStorage.setItem('alongside.look', look);
        }, [lang, look]);
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await everyScreenFits(page, `${size.width}-${lang}-${look ? 'all' : 'usual'}`, info.project.name);
      });
    }
  }
}

test.describe('on a big screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('help and leaving stay in reach, the nav is no tab bar, and forms sit beside their lists', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'a desktop screen');
    await openApp(page);
    await writeSomething(page);
    // The form to write a statement is beside the list, not above it.
    const form = await page.locator('form.side').boundingBox();
    const list = await page.locator('.main-column').boundingBox();
    expect(form!.x).toBeGreaterThan(list!.x + list!.width);
    expect(form!.y).toBeLessThan(list!.y + 50);
    // The navigation runs along the top, not fixed to the bottom like a phone's tab bar.
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.y).toBeLessThan(200);
    // Scrolled to the very end, "Need help now?" and "Leave quickly" are still on screen.
    await page.goto('./#/ladder');
    await page.locator('form.moment-form').getByRole('combobox', { name: 'Service or team' }).fill('GP');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.getByRole('button', { name: 'Need help now?' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Leave quickly' })).toBeInViewport();
    const moment = await page.locator('details.side').boundingBox();
    const pictures = await page.locator('.main-column').boundingBox();
    expect(moment!.x).toBeGreaterThan(pictures!.x);
    await snap(page, 'big-ladder', info.project.name);
    // Tabbing backwards to the top, focus is never hidden under the header.
    await page.getByRole('button', { name: 'Add this moment' }).focus();
    const top = await page.getByRole('button', { name: 'Add this moment' }).boundingBox();
    const header = await page.locator('header.bar').boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  });
});
