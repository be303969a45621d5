// A crisis card for a wallet: written in the crisis plan, chosen in "A copy to bring along",
// printed front and back at bank-card size (85.6 × 54 mm) on one A4 or Letter page.
import { test, expect, expectAccessible, expectSaved, nav, seed, snap } from './fixtures';
import { mkdirSync } from 'node:fs';

// CSS pixels are 1/96 inch: a bank card's sides in pixels.
const MM = 96 / 25.4;
const CARD = { width: 85.6 * MM, height: 54 * MM };

test('a crisis card holds the crisis plan in a few lines and prints at bank-card size on one page', async ({ page }, info) => {
  test.slow();
  const people = [
    { id: 'p1', name: 'Jo', phone: '07700 900123', crisis: false },
    { id: 'p2', name: 'Dee', phone: '07700 900222', crisis: true },
  ];
  await seed(page, { settings: { display_name: 'Sam' }, plan: { people } }, '#/plan/crisis');
  await page.getByLabel('What I want from people supporting me').fill('- Sit with me\n- Talk quietly\n- Make a cup of tea\n- Open a window');
  await page.getByLabel("What I don't want from people supporting me").fill('Please do not ring my mum, she worries and then I worry about her too');
  await page.getByRole('textbox', { name: 'My nominated person', exact: true }).fill('Alex');
  await page.getByLabel('How to contact my nominated person').fill('07700 900456');
  await expectSaved(page);

  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^A copy to bring along/ }).click();
  const card = page.getByRole('checkbox', { name: 'A crisis card for my wallet' });
  await expect(card).not.toBeChecked();
  await expect(page.locator('[data-section^="card"]')).toHaveCount(0);
  // Only the card, this time.
  for (const part of await page.locator('.choices input').all()) await part.uncheck();
  await card.check();

  const front = page.locator('[data-section="card-front"]');
  const back = page.locator('[data-section="card-back"]');
  await expect(front.getByRole('heading', { name: 'If I am in crisis' })).toBeVisible();
  await expect(front.getByRole('heading', { name: 'Sam' })).toBeVisible();
  await expect(front.locator('dd')).toHaveText(['Sit with me', 'Talk quietly', 'Make a cup of tea', 'Please do not ring my mum, she…']);
  await expect(front.locator('dt:visible')).toHaveText(['What helps', 'What does not help']);
  await expect(back.getByRole('heading', { name: 'Please contact' })).toBeVisible();
  await expect(back.locator('dd')).toHaveText([
    'Alex, 07700 900456',
    'Dee 07700 900222',
    'Jo 07700 900123',
    'My full plan is in the Alongside app on my phone.',
  ]);
  await expect(page.locator('.copy-section')).toHaveCount(2);
  await expectAccessible(page);
  await snap(page, 'crisis-card', info.project.name);

  // Laid out as on paper: an A4 page's width at 96 pixels an inch.
  const screen = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const [f, b] = [await front.boundingBox(), await back.boundingBox()];
  expect(f && b, 'both sides are printed').toBeTruthy();
  for (const side of [f!, b!]) {
    expect(Math.abs(side.width - CARD.width), `width ${side.width}`).toBeLessThan(1);
    expect(Math.abs(side.height - CARD.height), `height ${side.height}`).toBeLessThan(1);
  }
  // Side by side, to fold in two: the back starts where the front ends.
  expect(Math.abs(b!.y - f!.y)).toBeLessThan(1);
  expect(Math.abs(b!.x - (f!.x + f!.width))).toBeLessThan(1);
  // Nothing on the card is cut off by its edge, nothing is in colour.
  const clipped = await page.locator('[data-section^="card"]').evaluateAll((sides) =>
    sides.filter((side) => side.scrollHeight > side.clientHeight + 1).map((side) => side.getAttribute('data-section')));
  expect(clipped).toEqual([]);
  const styles = await front.evaluate((side) => [getComputedStyle(side).borderTopStyle, getComputedStyle(side).color]);
  expect(styles).toEqual(['dashed', 'rgb(0, 0, 0)']);
  expect(await back.evaluate((side) => getComputedStyle(side, '::before').borderLeftStyle)).toBe('dotted');
  await snap(page, 'crisis-card-print', info.project.name);
  mkdirSync('screenshots', { recursive: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ path: `screenshots/${info.project.name}-crisis-card-${format}.pdf`, format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
  if (screen) await page.setViewportSize(screen);
});

test('with nothing in the crisis plan, the card says there is nothing to show yet', async ({ page }) => {
  await seed(page, { plan: { notes: [{ id: 'keeping_well', section: 'keeping_well', text: 'Swimming', updated: 1 }] } }, '#/plan/copy');
  for (const part of await page.locator('.choices input').all()) await part.uncheck();
  await page.getByRole('checkbox', { name: 'A crisis card for my wallet' }).check();
  await expect(page.locator('.plan-copy')).toContainText('Nothing to show yet. Fill in a part of your plan first.');
  await expect(page.locator('[data-section^="card"]')).toHaveCount(0);
  await expectAccessible(page);
});
