// Words kept safe whatever happens: two tabs saving at once, a full device, text the app
// cannot read, odd files, parts this version does not know, drafts, and leaving quickly.
import { test, expect, expectAccessible, expectSaved, fillableDevice, nav, openApp, seed, snap, neutral } from './fixtures';
import type { Page } from '@playwright/test';


async function statementTexts(page: Page) {
  return page.locator('.statement textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}

async function addStatement(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Your words' }).fill(text);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect.poll(() => statementTexts(page)).toContain(text);
}

/** Writes into statement `n` and saves at once (as closing the page does), in one go. */
function typeAndSave(page: Page, n: number, text: string) {
  return page.evaluate(([n, text]) => {
    const box = document.querySelector(`textarea[aria-label="Statement ${n}"]`) as HTMLTextAreaElement;
    box.value = text as string;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
  }, [n, text] as const);
}

test('two tabs saving at the same moment, again and again, never lose an edit', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first, '#/statements');
  await addStatement(first, 'one');
  await addStatement(first, 'two');
  await expectSaved(first);
  const second = await context.newPage();
  await openApp(second, '#/statements');
  await expect.poll(() => statementTexts(second)).toEqual(['one', 'two']);
  for (let round = 1; round <= 12; round++) {
    const mine = `one, round ${round}`;
    const theirs = `two, round ${round}`;
    await Promise.all([typeAndSave(first, 1, mine), typeAndSave(second, 2, theirs)]);
    for (const page of [first, second]) {
      await expect.poll(() => statementTexts(page), { message: `round ${round}` }).toEqual([mine, theirs]);
    }
  }
  await expectSaved(first);
  await expectSaved(second);
  await first.reload();
  await expect.poll(() => statementTexts(first)).toEqual(['one, round 12', 'two, round 12']);
});

test('a full device just after hearing another tab keeps both tabs\' words', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await fillableDevice(first);
  await openApp(first, '#/statements');
  await openApp(second, '#/statements');
  await addStatement(first, 'Shared start');
  await expectSaved(first);
  await expect.poll(() => statementTexts(second)).toEqual(['Shared start']);
  // The first tab cannot save just now; the second changes the same statement.
  await first.evaluate(() => ((window as any).deviceFull = true));
  await first.getByRole('textbox', { name: 'Statement 1' }).fill('Changed in the first tab');
  await expect(first.locator('.save-state')).toHaveText('Not saved');
  await second.getByRole('textbox', { name: 'Statement 1' }).fill('Changed in the second tab');
  await addStatement(second, 'Added in the second tab');
  await expectSaved(second);
  // The first tab heard it: its own words stay, the other tab's are held until there is room.
  await expect.poll(() => statementTexts(first)).toEqual(['Changed in the first tab', 'Added in the second tab']);
  const waiting = first.locator('.notice').filter({ hasText: 'could not be kept safe yet' });
  await expect(waiting).toBeVisible();
  await expectAccessible(first);
  await first.evaluate(() => ((window as any).deviceFull = false));
  await first.getByRole('textbox', { name: 'Statement 2' }).fill('Added in the second tab, and seen');
  await expectSaved(first);
  await expect(waiting).toBeHidden();
  await expect(first.locator('.notice').filter({ hasText: 'changed in another tab' })).toBeVisible();
  const kept = await first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('alongside.aside.')).map((k) => localStorage.getItem(k)));
  expect(kept.join()).toContain('Changed in the second tab');
  await expect.poll(() => statementTexts(second)).toEqual(['Changed in the first tab', 'Added in the second tab, and seen']);
});

test('stored text with a lone surrogate is kept aside exactly as the browser holds it', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const odd = `{"format":"alongside","schema":3,"data":{"statements":[{"id":"a","text":"half a pair \uD83D here"}]}}`;
    localStorage.setItem('alongside.document', odd);
    (window as any).odd = odd;
  });
  await page.reload();
  await expect(page.locator('.notice').filter({ hasText: 'could not be read' })).toBeVisible();
  const exact = await page.evaluate(() => {
    const odd = `{"format":"alongside","schema":3,"data":{"statements":[{"id":"a","text":"half a pair \uD83D here"}]}}`;
    const key = Object.keys(localStorage).find((k) => k.startsWith('alongside.aside.'))!;
    return localStorage.getItem(key) === odd && localStorage.getItem('alongside.document') === null;
  });
  expect(exact).toBe(true);
});

test('files: not UTF-8 is refused; items sharing an id each get their own; a huge goal is refused quickly', async ({ page }) => {
  await openApp(page, '#/take');
  const choose = (name: string, buffer: Buffer) => page.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'application/json', buffer });
  await choose('latin1.json', Buffer.from('{"format":"alongside","schema":3,"data":{"statements":[{"id":"a","text":"Café with Renée"}]}}', 'latin1'));
  await expect(page.getByText("This file has letters Alongside can't read")).toBeVisible();
  await expectAccessible(page);

  const steps = Array.from({ length: 40_000 }, (_, i) => ({ id: `s${i}`, text: `Step ${i}` }));
  const huge = JSON.stringify({ format: 'alongside', schema: 3, data: { plan: { goals: [{ id: 'g', title: 'Too much', steps }] } } });
  const started = Date.now();
  await choose('huge.json', Buffer.from(huge));
  await expect(page.getByText('This file holds more than Alongside can keep.')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5_000);

  const twins = { format: 'alongside', schema: 3, data: { plan: { goals: [{ id: 'g', title: 'Walk', steps: [{ id: 's', text: 'Phone Jo' }, { id: 's', text: 'Go for a walk' }] }] } } };
  await choose('twins.json', Buffer.from(JSON.stringify(twins)));
  await page.getByRole('button', { name: 'Add them to what is here' }).click();
  await page.goto('./#/plan/goals');
  await expect(page.getByRole('textbox', { name: 'Step 1' })).toHaveValue('Phone Jo');
  await expect(page.getByRole('textbox', { name: 'Step 2' })).toHaveValue('Go for a walk');
  await page.getByRole('textbox', { name: 'Step 1' }).fill('Phone Jo on Sunday');
  await expect(page.getByRole('textbox', { name: 'Step 2' })).toHaveValue('Go for a walk');
});

test('a part this version does not know opens read-only and says why; notes no screen shows are shown', async ({ page }) => {
  await seed(page, { statements: [{ id: 'a', text: 'Kept as it is', mood: 'new' }] }, '#/statements');
  await expect(page.getByText("These notes have parts this version of Alongside doesn't know")).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Read only');
  await expect(page.getByRole('textbox', { name: 'Statement 1' })).toHaveValue('Kept as it is');
  await expect(page.getByRole('textbox', { name: 'Statement 1' })).toBeDisabled();
  await expectAccessible(page);

  await seed(page, { plan: { notes: [{ id: 'hopes', section: 'hopes', text: 'To go back to college' }] } }, '#/plan');
  await expect(page.getByRole('heading', { name: 'Other notes' })).toBeVisible();
  await expect(page.getByLabel('Other note 1')).toHaveValue('To go back to college');
  await expectAccessible(page);
});

test('words typed but not yet added are still there after the page closes', async ({ page }) => {
  await openApp(page, '#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('Half a thought about my support');
  await openApp(page, '#/ladder');
  await page.getByLabel('Anything you want to remember').fill('The nurse listened this time');
  await page.getByRole('combobox', { name: 'Service or team' }).fill('Ward 3');
  await openApp(page, '#/plan/reviews');
  await page.getByLabel('What changed').fill('We added a new goal');
  await page.goto('about:blank');
  await openApp(page, '#/statements');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('Half a thought about my support');
  await nav(page, 'Ladder').click();
  await expect(page.getByLabel('Anything you want to remember')).toHaveValue('The nurse listened this time');
  await expect(page.getByRole('combobox', { name: 'Service or team' })).toHaveValue('Ward 3');
  await page.goto('./#/plan/reviews');
  await expect(page.getByLabel('What changed')).toHaveValue('We added a new goal');
  // Once added, the draft is gone.
  await page.getByRole('button', { name: 'Save a review' }).click();
  await expect(page.getByText('Review saved')).toBeVisible();
  await expect(page.getByLabel('What changed')).toHaveValue('');
});

test('an email address that would add a hidden recipient makes no link, and says why', async ({ page }) => {
  await seed(page, { plan: { people: [{ id: 'p', name: 'Jo', email: 'someone@example.org?bcc=other@example.org&body=hello' }] } }, '#/plan/people');
  await expect(page.getByRole('link', { name: 'Email Jo' })).toHaveCount(0);
  await page.getByLabel('Email').focus();
  await page.getByLabel('Email').blur();
  await expect(page.getByText("This doesn't look like an email address.")).toBeVisible();
  await page.getByLabel('Email').fill("jo.o'neill@example.org");
  await expect(page.getByRole('link', { name: 'Email Jo' })).toHaveAttribute('href', 'mailto:jo.o%27neill@example.org');
});

test('after leaving quickly, Back goes to the neutral site again, never to the notes', async ({ page }, info) => {
  await openApp(page, '#/statements');
  await addStatement(page, 'Something private');
  await expectSaved(page);
  await nav(page, 'Plan').click();
  await nav(page, 'Ladder').click();
  await page.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveURL(neutral);
  // The screens visited before leaving (the plan, the statements) each go to it again.
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(page).toHaveURL(neutral);
    await expect(page.getByText('Something private')).toHaveCount(0);
  }
  await snap(page, 'back-after-leaving', info.project.name);
  // Opening Alongside afresh works as ever.
  await openApp(page, '#/statements');
  await expect.poll(() => statementTexts(page)).toEqual(['Something private']);
});
