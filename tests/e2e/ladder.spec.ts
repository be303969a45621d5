import { test, expect, expectAccessible, expectSaved, openApp, snap } from './fixtures';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

// Periods ("last 3 months") count back from today, so today is fixed.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z'));
});

type NewMoment = { date: string; service: string; place: RegExp; wanted?: string; about?: string; note?: string };

async function addMoment(page: Page, moment: NewMoment) {
  // The form sits first on the screen, folded away once there are moments.
  const fold = page.locator('details.add-moment');
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').click();
  const form = page.locator('form.moment-form');
  await form.getByLabel('When did it happen?').fill(moment.date);
  await form.getByRole('combobox', { name: 'Service or team' }).fill(moment.service);
  if (moment.about) await form.getByLabel('What was it about?').selectOption({ label: moment.about });
  // A tap on a step's words chooses it, as on the circle (the page must not move under it).
  const steps = form.getByRole('group', { name: 'Where was it on the ladder?' });
  await steps.locator('label.step-choice').filter({ has: page.getByRole('radio', { name: moment.place }) }).locator('.meaning').click();
  await expect(steps.getByRole('radio', { name: moment.place })).toBeChecked();
  if (moment.wanted) {
    await form.getByRole('group', { name: 'Where did you want it to be?' }).getByRole('radio', { name: moment.wanted, exact: true }).check();
  }
  if (moment.note) await form.getByLabel('Anything you want to remember').fill(moment.note);
  await form.getByRole('button', { name: 'Add this moment' }).click();
  await expect(form.getByRole('status')).toHaveText('Moment added. You can see it on your ladder.');
}

const picture = (page: Page) => page.locator('svg.ladder-picture');
const marks = (page: Page, place: string) => picture(page).locator(`circle.mark[data-place="${place}"]`);
const wanted = (page: Page, rung: string) => picture(page).locator(`g.wanted[data-wanted="${rung}"]`);

/** Three steps and one "beyond the ladder", for two services. */
async function addFour(page: Page) {
  await addMoment(page, { date: '2026-06-10', service: 'Community team', place: /^Informing/, wanted: 'Co-design', about: 'A care review or ward round' });
  await addMoment(page, { date: '2026-09-15', service: 'Community team', place: /^Consultation/, wanted: 'Co-design', about: 'Medication', note: 'They asked, but the plan was already written.' });
  await addMoment(page, { date: '2026-10-20', service: 'Ward 3', place: /^Coercion/, wanted: 'Consultation', about: 'Leaving or moving services' });
  await addMoment(page, { date: '2026-11-10', service: 'community team', place: /^Led by people who use services/, about: 'A service I helped to shape' });
}

test('moments on three steps and one beyond the ladder, for two services, drawn and summed up', async ({ page }, info) => {
  await openApp(page, '#/ladder');
  await expect(page.getByText('No moments yet.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'ladder-empty', info.project.name);

  // A moment needs a service and a place on the ladder; the form says so and keeps the rest.
  const form = page.locator('form.moment-form');
  await form.getByLabel('Anything you want to remember').fill('Kept while I fix the rest.');
  await form.getByRole('button', { name: 'Add this moment' }).click();
  await expect(form.getByText('Please say which service or team it was.')).toBeVisible();
  await expect(form.getByText('Please choose a step, or say it was beyond the ladder.')).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Service or team' })).toBeFocused();
  await expect(form.getByRole('combobox', { name: 'Service or team' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Anything you want to remember')).toHaveValue('Kept while I fix the rest.');
  await expect(page.locator('.moment')).toHaveCount(0);
  await expectAccessible(page);
  await form.getByLabel('Anything you want to remember').fill('');

  await addFour(page);
  await expect(page.locator('.moment')).toHaveCount(4);
  await expect(picture(page)).toHaveAttribute('data-marks', '4');
  await expect(marks(page, 'informing')).toHaveCount(1);
  await expect(marks(page, 'consultation')).toHaveCount(1);
  await expect(marks(page, 'coercion')).toHaveCount(1);
  await expect(marks(page, 'user_led')).toHaveCount(1);
  await expect(wanted(page, 'co_design')).toHaveAttribute('data-count', '2');
  await expect(wanted(page, 'consultation')).toHaveAttribute('data-count', '1');
  // Informing, Consultation and Coercion happened once each: a tie draws no gap.
  await expect(picture(page).locator('.gap')).toHaveCount(0);
  // The newest are drawn larger.
  await expect(picture(page).locator('circle.mark.recent')).toHaveCount(3);
  await expect(marks(page, 'informing')).not.toHaveClass(/recent/);

  // The picture has a name and says the same in words.
  await expect(picture(page)).toHaveAccessibleName('Your ladder');
  await expect(picture(page)).toHaveAccessibleDescription(/Consultation: 1 happened here, 1 wanted here\./);
  await expect(picture(page)).toHaveAccessibleDescription(/Led by people who use services: 1 happened here, 0 wanted here\./);

  // Services are suggested from earlier entries, written once each.
  await expect(page.locator('#service-names option')).toHaveCount(2);

  // Change over time, per service, in plain words.
  const community = page.locator('.service-change[data-service="community team"]');
  await expect(community.locator('.summary')).toHaveText(
    'With community team, moments so far were split evenly between the Consultation and Informing steps. You wanted Co-design. Over this time, it moved up the ladder. One moment was beyond the ladder.',
  );
  await expect(community.locator('svg.chart')).toHaveAccessibleName(/split evenly between the Consultation and Informing steps/);
  await expect(page.locator('.service-change[data-service="Ward 3"] .summary')).toHaveText(
    'With Ward 3, the one moment so far was at the Coercion step. You wanted Consultation.',
  );
  await expectAccessible(page);
  await snap(page, 'ladder-four', info.project.name);
  await picture(page).scrollIntoViewIfNeeded();
  await snap(page, 'ladder-picture', info.project.name);

  // Filter by service, then by period.
  await page.getByLabel('Show moments with').selectOption({ label: 'Ward 3' });
  await expect(picture(page)).toHaveAttribute('data-marks', '1');
  await expect(marks(page, 'coercion')).toHaveCount(1);
  await expect(picture(page).locator('.gap')).toHaveCount(1);
  await expect(page.locator('.moment')).toHaveCount(1);
  await expect(page.locator('.service-change')).toHaveCount(1);
  await page.getByLabel('Show moments with').selectOption({ label: 'All services' });
  await page.getByLabel('Show moments from').selectOption({ label: 'Last 3 months' });
  await expect(picture(page)).toHaveAttribute('data-marks', '3');
  await expect(marks(page, 'informing')).toHaveCount(0);
  await expect(community.locator('.summary')).toHaveText(
    'With community team, the one moment in the last 3 months was at the Consultation step. You wanted Co-design. One moment was beyond the ladder.',
  );

  // Everything is still there after a reload.
  await expectSaved(page);
  await page.reload();
  await expect(picture(page)).toHaveAttribute('data-marks', '4');
  const note = page.locator('.moment').filter({ hasText: 'They asked, but the plan was already written.' });
  await expect(note.locator('.happened')).toHaveText('Consultation');
  await expect(note.locator('.wanted-rung')).toHaveText('Co-design');
  await expect(note).toContainText('Medication');
});

test('a moment can be changed, deleted and brought back', async ({ page }, info) => {
  await openApp(page, '#/ladder');
  await addFour(page);
  const ward = page.locator('.moment').filter({ hasText: 'Ward 3' });
  await ward.getByRole('button', { name: /^Change/ }).click();
  const form = page.locator('form.moment-form');
  await expect(page.getByRole('heading', { name: 'Change this moment' })).toBeFocused();
  await expect(form.getByRole('combobox', { name: 'Service or team' })).toHaveValue('Ward 3');
  await expect(form.getByRole('group', { name: 'Where was it on the ladder?' }).getByRole('radio', { name: /^Coercion/ })).toBeChecked();
  await expect(form.getByLabel('What was it about?')).toHaveValue('discharge');
  await expect(form.getByRole('group', { name: 'Where did you want it to be?' }).getByRole('radio', { name: 'Consultation', exact: true })).toBeChecked();
  await expectAccessible(page);
  await snap(page, 'ladder-change', info.project.name);
  await form.getByRole('group', { name: 'Where was it on the ladder?' }).getByRole('radio', { name: /^Informing/ }).check();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('status')).toHaveText('Moment changed.');
  await expect(ward.locator('.happened')).toHaveText('Informing');
  await expect(marks(page, 'coercion')).toHaveCount(0);
  await expect(marks(page, 'informing')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Add a moment' })).toBeVisible();

  // Cancel leaves it as it was.
  await ward.getByRole('button', { name: /^Change/ }).click();
  await form.getByRole('combobox', { name: 'Service or team' }).fill('Somewhere else');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(ward).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Service or team' })).toHaveValue('');

  // Deleting the only moment of the service being shown goes back to every service.
  await page.getByLabel('Show moments with').selectOption({ label: 'Ward 3' });
  await expect(page.locator('.moment')).toHaveCount(1);
  await ward.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByLabel('Show moments with')).toHaveValue('');
  await expect(page.locator('.moment')).toHaveCount(3);
  await expect(picture(page)).toHaveAttribute('data-marks', '3');
  await expect(page.getByText('Moment deleted.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.moment')).toHaveCount(4);
  await expect(ward.locator('.happened')).toHaveText('Informing');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.moment')).toHaveCount(4);
});

/** A stored document with moments at every step, so the picture is full. */
async function seed(page: Page, count: number) {
  const rungs = ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co_design', 'co_production'];
  const services = ['Community team', 'Ward 3', 'GP surgery'];
  const moments = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000 * 2).toISOString().slice(0, 10);
    return i % 9 === 8
      ? { id: `m${i}`, date: day, service: services[i % 3], experienced: null, beyond: i % 2 ? 'community' : 'user_led', wanted: null, note: '', updated: i }
      : { id: `m${i}`, date: day, service: services[i % 3], experienced: rungs[(i * 3) % 7], wanted: rungs[Math.min(6, ((i * 3) % 7) + 2)], note: '', updated: i };
  });
  await openApp(page);
  await page.evaluate(
    (doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)),
    { format: 'alongside', schema: 2, rev: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { moments } },
  );
  await openApp(page, '#/ladder');
  await page.reload();
  await expect(page.locator('.moment')).toHaveCount(Math.min(count, 25));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the picture stays legible at 360 px wide, ${scheme}`, async ({ page }, info) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, 120);
    // A crowded step counts what does not fit, and nothing is lost from the count.
    const drawn = await picture(page).locator('circle.mark').count();
    const counted = await picture(page).locator('g.count').evaluateAll((gs) => gs.reduce((sum, g) => sum + Number(g.getAttribute('data-hidden')), 0));
    expect(drawn + counted).toBe(120);
    expect(counted).toBeGreaterThan(0);
    // The list in words is 25 at a time.
    await expect(page.getByText('Showing 25 of 120')).toBeVisible();
    const box = await picture(page).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await picture(page).scrollIntoViewIfNeeded();
    await snap(page, `ladder-360-${scheme}`, info.project.name);
    await page.locator('.over-time').scrollIntoViewIfNeeded();
    await snap(page, `ladder-over-time-${scheme}`, info.project.name);
  });
}

test('the ladder prints without the form', async ({ page }, info) => {
  await seed(page, 12);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.moment-form')).toBeHidden();
  await expect(picture(page)).toBeVisible();
  await snap(page, 'ladder-print', info.project.name);
});

test('moments saved by the first version open, and are saved again in the new shape with nothing lost', async ({ page }) => {
  const stored = readFileSync('tests/fixtures/stored/schema-1.json', 'utf8');
  await openApp(page);
  await page.evaluate((raw) => localStorage.setItem('alongside.document', raw), stored);
  await openApp(page, '#/ladder');
  await page.reload();
  const old = page.locator('.moment').filter({ hasText: 'Community team' });
  await expect(old.locator('.happened')).toHaveText('Consultation');
  await expect(old.locator('.wanted-rung')).toHaveText('Co-design');
  await expect(old).toContainText('They asked, but the plan was already written.');
  // The one with no step yet is listed, not drawn, and says so.
  await expect(page.locator('.moment').filter({ hasText: 'Ward' }).locator('.happened')).toHaveText('Not said');
  await expect(picture(page)).toHaveAttribute('data-marks', '1');

  await addMoment(page, { date: '2026-11-20', service: 'Community team', place: /^Co-design/ });
  await expectSaved(page);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('alongside.document')!));
  expect(saved.schema).toBe(6);
  expect(saved.data.statements.map((s: { text: string }) => s.text)).toContain('My faith matters to me. 🙏\n\nPlease ask me about it.');
  expect(saved.data.moments).toHaveLength(3);
  expect(saved.data.plan.notes[0].text).toBe('A walk by the canal most mornings.');
});
