// Everyday use never loses a word: leaving only when meant, read-only that is visibly so,
// undo for every removal, focus that follows the person, and words that stay as typed.
import {
  test, expect, expectAccessible, expectSaved, focusCovered, loneShift, nav, openApp, seed, snap, testConfig, typeLikeAPerson, neutral,
} from './fixtures';
import type { Page } from '@playwright/test';

const sentence = 'My sister Jo and my care coordinator Priya. Call Sam At Home';

/** A document with something in every list, so every control is on screen. */
const everything = {
  statements: [
    { id: 's1', theme: 'who_i_am', text: 'First statement' },
    { id: 's2', theme: 'who_i_am', text: 'Second statement' },
    { id: 's3', theme: 'who_i_am', text: 'Third statement', archived: true },
  ],
  moments: [{ id: 'm1', date: '2026-11-10', service: 'Ward 3', experienced: 'informing', wanted: 'co_design' }],
  plan: {
    notes: [
      { id: 'keeping_well', section: 'keeping_well', text: 'A walk' },
      { id: 'hopes', section: 'hopes', text: 'To go back to college one day' },
    ],
    goals: [{ id: 'g1', title: 'Paint the door', steps: [{ id: 'st1', text: 'Buy paint' }, { id: 'st2', text: 'Paint it' }] }],
    people: [{ id: 'p1', name: 'Jo', phone: '07700 900123' }],
    treatments: [{ id: 't1', what: 'Ward 3', choice: 'refuse', why: 'Too far from home' }],
    reviews: [{ id: 'r1', date: '2026-10-01', with_whom: 'Priya', changed: 'New goal' }],
  },
};

test('typing capitals, Shift+Tab and Shift+click never leave; three lone Shift presses do, in a dialog too', async ({ page }) => {
  await openApp(page, '#/statements');
  // Every kind of field: a text box, a one-line field, a phone field, search.
  await page.getByRole('textbox', { name: 'Your words' }).click();
  await typeLikeAPerson(page, sentence);
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(sentence);
  await page.getByRole('button', { name: 'Add statement' }).click();
  await page.getByRole('searchbox', { name: 'Search my statements' }).click();
  await typeLikeAPerson(page, 'Jo And Priya');
  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^People and services/ }).click();
  await page.getByRole('button', { name: 'Add a person or service' }).click();
  // The cursor moves to the new name once it is drawn: a person types after that.
  await expect(page.getByLabel('Name')).toBeFocused();
  await typeLikeAPerson(page, 'Priya At The Clinic');
  await page.getByLabel('Phone').click();
  await typeLikeAPerson(page, '0161 496 0000');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 3; i++) await page.getByLabel('Name').click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/\/app\//);
  await expect(page.getByLabel('Name')).toHaveValue('Priya At The Clinic');
  await expectSaved(page);

  // Three lone presses from inside "Need help now?" leave at once.
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('dialog', { name: 'Need help now?' })).toBeVisible();
  await loneShift(page, 2);
  await page.keyboard.press('a');
  await loneShift(page, 2);
  await expect(page).toHaveURL(/\/app\//);
  await loneShift(page, 1);
  await expect(page).toHaveURL(neutral);
});

test.describe('on a shared device', () => {
  test.use({ hostConfig: { ...testConfig, kiosk: { enabled: true, idle_minutes: 5 } } });

  test('typing long text with capitals keeps every word and never wipes', async ({ page }) => {
    await openApp(page, '#/statements');
    await page.getByRole('textbox', { name: 'Your words' }).click();
    await typeLikeAPerson(page, `${sentence}. ${sentence}`);
    await page.getByRole('button', { name: 'Add statement' }).click();
    await expect(page.locator('.statement textarea')).toHaveValue(`${sentence}. ${sentence}`);
    await nav(page, 'Ladder').click();
    await page.getByRole('combobox', { name: 'Service or team' }).click();
    await typeLikeAPerson(page, 'The Community Team At Riverside');
    await expect(page.getByRole('combobox', { name: 'Service or team' })).toHaveValue('The Community Team At Riverside');
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/app\//);
    expect(await page.evaluate(() => sessionStorage.getItem('alongside.document'))).toContain(sentence);
  });
});

test('notes that open read-only switch off every control on every screen', async ({ page }, info) => {
  await seed(page, everything, '', 99);
  await expect(page.getByText('saved by a newer version of Alongside')).toBeVisible();
  // Controls that only read or look are fine (the language and the look are not notes);
  // everything that writes must be switched off.
  const reading = '#search, #show-theme, #since, #show-service, #show-period, #compare-from, #compare-to, #import-file, .no-print input, #language, #text-size, input.look';
  const writing = /^(Add|Delete|Remove|Move|Put away|Bring back|Save|I've finished|Carry on|Undo|Yes)/;
  for (const hash of ['#/statements', '#/ladder', '#/plan', '#/plan/goals', '#/plan/keeping-well', '#/plan/crisis', '#/plan/people', '#/plan/sharing', '#/plan/reviews', '#/settings', '#/take']) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('main details:not([open]) > summary').evaluateAll((all) => all.forEach((s) => (s as HTMLElement).click()));
    const open = await page.locator(`main :is(input, textarea, select):not(${reading})`).evaluateAll((all) =>
      all.filter((e) => !e.matches(':disabled')).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(open, `${hash}: fields that still take typing`).toEqual([]);
    const buttons = await page.locator('main button').evaluateAll((all) =>
      all.filter((b) => b.checkVisibility() && !b.matches(':disabled')).map((b) => b.textContent!.trim()),
    );
    expect(buttons.filter((b) => writing.test(b)), `${hash}: buttons that still change things`).toEqual([]);
  }
  await page.goto('./#/plan/goals');
  await expectAccessible(page);
  await snap(page, 'read-only-goals', info.project.name);
});

/** Removes with the button named `remove`, checks focus is on Undo, undoes, and checks the words are back. */
async function removeAndUndo(page: Page, remove: ReturnType<Page['getByRole']>, back: ReturnType<Page['locator']>, words: string) {
  await remove.click();
  await expect(back).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.locator('.undo-bar')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(back).toHaveCount(1);
  await expect(back).toHaveValue(words);
  await expect(back).toBeFocused();
}

test('every removal has undo, with focus on Undo and then back on the item', async ({ page }, info) => {
  await seed(page, everything, '#/plan/people');
  const person = page.locator('[data-person="p1"]');
  await person.getByRole('button', { name: 'Remove Jo' }).click();
  await expect(page.getByText('Contact removed.')).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'undo-person', info.project.name);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(person.getByLabel('Phone')).toHaveValue('07700 900123');

  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^My crisis plan/ }).click();
  await removeAndUndo(page, page.getByRole('button', { name: 'Remove Ward 3' }), page.locator('[data-treatment="t1"] input[type="text"]').first(), 'Ward 3');
  await expect(page.getByLabel('Why')).toHaveValue('Too far from home');

  await page.goto('./#/plan/goals');
  await removeAndUndo(page, page.getByRole('button', { name: 'Remove step 1' }), page.locator('[data-step="st1"] textarea'), 'Buy paint');
  await removeAndUndo(page, page.getByRole('button', { name: 'Delete this goal' }), page.locator('[data-goal="g1"] .goal-title'), 'Paint the door');

  await page.goto('./#/plan/reviews');
  await page.getByRole('button', { name: 'Delete this review' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-review="r1"] h3')).toBeFocused();

  await page.goto('./#/plan');
  await removeAndUndo(page, page.locator('[data-note="hopes"]').getByRole('button', { name: 'Delete' }), page.locator('[data-note="hopes"] textarea'), 'To go back to college one day');

  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Other note 1')).toHaveValue('To go back to college one day');
});

test('confirmations start on the safe choice and can be left quickly', async ({ page }) => {
  await seed(page, everything, '#/about');
  await page.getByRole('button', { name: 'Remove everything from this device' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove everything?' });
  await expect(remove.getByRole('button', { name: 'No, keep my notes' })).toBeFocused();
  await expect(remove.getByRole('button', { name: 'Leave quickly' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  await nav(page, 'Home').click();
  await page.getByRole('link', { name: 'Take your notes with you' }).click();
  const file = JSON.stringify({ format: 'alongside', schema: 3, data: { statements: [{ id: 'x', text: 'From a file' }] } });
  await page.getByLabel('Choose a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace what is here?' });
  await expect(replace.getByRole('button', { name: 'No, go back' })).toBeFocused();
  await expect(replace.getByRole('button', { name: 'Leave quickly' })).toBeVisible();
  await expectAccessible(page);
  await replace.getByRole('button', { name: 'Leave quickly' }).click();
  await expect(page).toHaveURL(neutral);
});

test('focus follows the person: a new statement, the next one after putting away, ends of the list', async ({ page }) => {
  await openApp(page, '#/statements');
  for (const text of ['One', 'Two', 'Three']) {
    await page.getByRole('textbox', { name: 'Your words' }).fill(text);
    await page.getByRole('button', { name: 'Add statement' }).click();
    await expect(page.locator('.statement textarea').last()).toBeFocused();
    await expect(page.locator('.statement textarea').last()).toHaveValue(text);
  }
  // Move up and Move down are switched off at the ends.
  await expect(page.getByRole('button', { name: 'Move up, statement 1' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move down, statement 3' })).toBeDisabled();
  await page.getByRole('button', { name: 'Move up, statement 2' }).click();
  // Now first: its Move up is off, so focus is on its Move down.
  await expect(page.getByRole('button', { name: 'Move down, statement 1' })).toBeFocused();
  // Putting away moves focus to the next statement.
  await page.locator('.statement').nth(1).getByRole('button', { name: 'Put away' }).click();
  await expect(page.getByRole('textbox', { name: 'Statement 2' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Statement 2' })).toHaveValue('Three');
  // Adding from the examples goes on to the next example.
  await page.getByText('Start from an example').click();
  await page.getByRole('button', { name: 'Add this' }).first().click();
  await expect(page.getByRole('button', { name: 'Add this' }).first()).toBeFocused();
  // A finished goal keeps focus on its button, now "Carry on".
  await page.goto('./#/plan/goals');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  // Typed once focus is in the new goal (a space typed on the button would add more goals).
  await expect(page.getByLabel('My goal')).toBeFocused();
  await page.keyboard.type('Walk to the park');
  await page.getByRole('button', { name: "I've finished this goal" }).click();
  await expect(page.getByRole('button', { name: 'Carry on with this goal' })).toBeFocused();
  // Showing a code puts focus on what it holds.
  await nav(page, 'Home').click();
  await page.getByRole('link', { name: 'Take your notes with you' }).click();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(page.locator('#codes')).toBeFocused();
});

test('the focused control is never hidden under a bar, all the way down every screen', async ({ page }) => {
  await seed(page, everything, '#/statements');
  for (const hash of ['#/statements', '#/plan/goals', '#/plan/crisis', '#/ladder']) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main h1')).toBeVisible();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const covered = await focusCovered(page);
      // Past the last control, focus leaves the page for the browser's own.
      if (i > 5 && covered === 'focus is on the page itself') break;
      expect(covered, `${hash}, Tab ${i + 1}`).toBe('');
    }
  }
  // With "Undo" showing too.
  await page.goto('./#/statements');
  await page.getByRole('button', { name: 'Delete statement 1' }).click();
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Shift+Tab');
    const covered = await focusCovered(page);
    if (i > 5 && covered === 'focus is on the page itself') break;
    expect(covered, `Shift+Tab ${i + 1} with Undo showing`).toBe('');
  }
});

test('a service named like a slot, and a name with braces, stay exactly as typed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00Z'));
  const odd = '{when} team {n} {rung}';
  await seed(page, {
    moments: [
      { id: 'a', date: '2026-11-10', service: odd, experienced: 'informing', wanted: 'co_design' },
      { id: 'b', date: '2026-11-10', service: odd, experienced: 'informing', wanted: 'co_design' },
    ],
    plan: { people: [{ id: 'p', name: '{name} {phone}', phone: '111' }] },
  }, '#/ladder');
  await expect(page.locator('.service-change .summary')).toHaveText(
    `With ${odd}, most moments so far were at the Informing step. You wanted Co-design.`,
  );
  // Two moments on one day: "On …", not "From … to …" the same day.
  await expect(page.locator('.service-change .hint').last()).toHaveText('On 10 November 2026.');
  await page.goto('./#/plan/people');
  await expect(page.getByRole('link', { name: 'Call {name} {phone}' })).toBeVisible();
});

test('at 320 px, goal steps wrap and read whole, and the way to add comes first', async ({ page }, info) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const long = 'Phone the surgery about my repeat prescription before Friday';
  await seed(page, { ...everything, plan: { goals: [{ id: 'g', title: 'Feel steadier', steps: [{ id: 'a', text: long }, { id: 'b', text: 'Go for a walk by the canal with Jo' }] }] } }, '#/plan/goals');
  const step = page.locator('[data-step="a"] textarea');
  await expect(step).toHaveValue(long);
  const fits = await step.evaluate((box) => box.scrollHeight <= box.clientHeight + 2 && box.scrollWidth <= box.clientWidth + 2);
  expect(fits, 'the whole step is shown, no scrolling inside it').toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await step.scrollIntoViewIfNeeded();
  await snap(page, 'steps-320', info.project.name);
  await expectAccessible(page);

  await page.goto('./#/statements');
  const add = await page.getByRole('heading', { name: 'Write a new statement' }).boundingBox();
  const mine = await page.getByRole('heading', { name: 'My statements' }).boundingBox();
  expect(add!.y).toBeLessThan(mine!.y);
  await page.goto('./#/ladder');
  const addMoment = await page.getByRole('heading', { name: 'Add a moment' }).boundingBox();
  const picture = await page.getByRole('heading', { name: 'Your ladder' }).boundingBox();
  expect(addMoment!.y).toBeLessThan(picture!.y);
  await snap(page, 'ladder-320', info.project.name);
});

test('two answers on one day are that day\'s answer in the picture; both stay in the list', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-01T10:00:00'));
  await seed(page, { statements: [{ id: 's', text: 'I am listened to', ratings: [{ day: '2026-10-01', truth: 'not_yet' }] }] }, '#/statements');
  const card = page.locator('.statement');
  for (const truth of ['Sometimes', 'Mostly']) {
    await card.getByText('How true is this for me now?', { exact: true }).first().click();
    await card.getByRole('radio', { name: truth }).check();
    await card.getByRole('button', { name: 'Save my answer' }).click();
    await expect(card.getByText('Answer saved.')).toBeVisible();
    await card.getByText('How true is this for me now?', { exact: true }).first().click();
  }
  await expect(card.getByRole('img')).toHaveAttribute('aria-label', 'How your answers changed: Not yet on 1 October 2026, Mostly on 1 November 2026');
  await card.getByText('Answers so far').click();
  await expect(card.locator('.history-list li')).toHaveCount(3);
});

/** Sends `text` as Firefox may: an emoji in two input events, one half at a time, the app
 * free to redraw in between. The second half joins whatever the field then holds. */
async function typeInHalves(page: Page, label: string, before: string, emoji: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.evaluate((el: HTMLInputElement, [first]) => {
    el.value = first;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, [before + emoji[0]]);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  await field.evaluate((el: HTMLInputElement, [second]) => {
    el.value += second;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }, [emoji[1]]);
}

test('an emoji typed in two halves is kept whole, in a new statement and in the plan', async ({ page }) => {
  await openApp(page, '#/statements');
  await typeInHalves(page, 'Your words', 'I feel calm ', '😊');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('I feel calm 😊');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement textarea')).toHaveValue('I feel calm 😊');
  await nav(page, 'Plan').click();
  await page.locator('.plan-parts').getByRole('link', { name: /^Keeping well/ }).click();
  await typeInHalves(page, 'What I do to keep well', 'Walks ', '🌳');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('What I do to keep well', { exact: true })).toHaveValue('Walks 🌳');
  const stored = await page.evaluate(() => localStorage.getItem('alongside.document') ?? '');
  expect(stored).not.toContain('\uFFFD');
});
