// Each area's main journey in WebKit and Firefox: statements, plan, ladder, the safety plan
// from "Need help now?", and Welsh. The Chromium journeys (tests/e2e) go deeper; these keep
// every engine working.
import { test, expect, type Person } from './person';

async function statement(person: Person, words: string, [field, add] = ['Your words', 'Add statement']) {
  await person.fill({ field }, words);
  await person.click({ button: add });
  await person.until(`"${words}" added`, (words: string) =>
    [...document.querySelectorAll('.statement textarea')].some((f) => (f as HTMLTextAreaElement).value === words), [words]);
}

test('I statements: written with an emoji typed for real, answered, kept after a reload', async ({ person }) => {
  await person.open('#/statements');
  await person.see("You haven't written any yet.");
  await person.accessible();
  // Typed key by key: an emoji may come as two halves, and must be kept whole.
  await statement(person, 'I feel calm when I am asked first 😊');
  await person.click({ button: 'How true is this for me now?', in: '.statement' });
  await person.click({ css: '.statement input[type=radio][value=mostly]' });
  await person.click({ button: 'Save my answer' });
  await person.see('Answer saved.');
  await person.saved();
  await person.tab.reload();
  await person.drawn();
  expect(await person.values('.statement textarea')).toEqual(['I feel calm when I am asked first 😊']);
  await person.see('Mostly', '.statement .latest');
  const stored = await person.tab.run(() => localStorage.getItem('alongside.document') ?? '');
  expect(stored).not.toContain('\uFFFD');
  await person.accessible();
});

test('My plan: a goal with steps and a crisis plan with a nominated person, kept', async ({ person }) => {
  await person.open('#/plan/goals');
  await person.click({ button: 'Add a goal' });
  await person.fill({ field: 'My goal', in: '.goal' }, 'Paint the kitchen door');
  for (const step of ['Choose a colour', 'Buy the paint']) {
    await person.click({ button: 'Add a step', in: '.goal' });
    await person.fill({ css: '.goal .step:last-of-type textarea' }, step);
  }
  await person.click({ field: 'Step 1 done', in: '.goal' });
  await person.until('"About halfway" worked out from the steps', () =>
    document.querySelector<HTMLSelectElement>('.goal select')?.selectedOptions[0]?.textContent?.includes('About halfway'));
  await person.accessible();
  await person.open('#/plan/crisis');
  await person.fill({ field: 'Signs that others should step in' }, 'I stop answering the phone.');
  await person.fill({ field: 'My nominated person' }, 'Jo Adeyemi (my sister)');
  await person.fill({ field: 'How to contact my nominated person' }, '07700 900123');
  await person.saved();
  await person.tab.reload();
  await person.drawn();
  await person.heading('My crisis plan');
  expect(await person.values('textarea, input[type=text], input[type=tel]')).toEqual(
    expect.arrayContaining(['I stop answering the phone.', 'Jo Adeyemi (my sister)', '07700 900123']),
  );
  await person.open('#/plan/goals');
  await person.see('Paint the kitchen door', '.goal h3, .goal h2');
  expect(await person.values('.goal .step textarea')).toEqual(['Choose a colour', 'Buy the paint']);
  await person.accessible();
});

test('My ladder: two moments, experienced and wanted, drawn on my own ladder', async ({ person }) => {
  await person.open('#/ladder');
  await person.see('No moments yet.');
  const moments = [['Community team', 'informing', 'co_design'], ['Ward 3', 'consultation', 'co_design']];
  for (const [i, [service, place, wanted]] of moments.entries()) {
    // The form folds away on a phone once there are moments.
    if (!(await person.tab.run(() => (document.querySelector('details.add-moment') as HTMLDetailsElement | null)?.open ?? true))) {
      await person.click({ css: 'details.add-moment summary' });
    }
    await person.fill({ field: 'Service or team' }, service);
    await person.click({ css: `label:has(input[name=moment-place][value=${place}])` });
    await person.click({ css: `.wanted-steps label:has(input[value=${wanted}])` });
    await person.click({ button: 'Add this moment' });
    await person.until(`moment ${i + 1} added`, (n: number) => document.querySelectorAll('.moment').length === n, [i + 1]);
  }
  await person.until('two marks on the ladder', () => document.querySelector('svg.ladder-picture')?.getAttribute('data-marks') === '2');
  const drawn = await person.tab.run(() => ({
    informing: document.querySelectorAll('svg.ladder-picture circle.mark[data-place="informing"]').length,
    wanted: document.querySelector('svg.ladder-picture g.wanted[data-wanted="co_design"]')?.getAttribute('data-count'),
  }));
  expect(drawn).toEqual({ informing: 1, wanted: '2' });
  await person.saved();
  await person.tab.reload();
  await person.drawn();
  await person.until('the moments after a reload', () => document.querySelectorAll('.moment').length === 2);
  await person.accessible();
});

test('the safety plan is one tap from "Need help now?", with the venue\'s contacts', async ({ person }) => {
  await person.open('#/plan/coping');
  await person.fill({ field: 'Things that help me cope' }, 'A hot shower. Loud music.');
  await person.saved();
  await person.open('#/statements');
  await person.click({ button: 'Need help now?' });
  await person.see('Riverside drop-in', '[role=dialog], dialog');
  await person.accessible();
  await person.click({ link: 'My safety plan', in: 'dialog' });
  await person.heading('My safety plan');
  await person.see('A hot shower. Loud music.', '.safety-step');
  await person.see('Riverside drop-in', '.safety-step');
  const call = await person.tab.run(() => document.querySelector('.safety-step a[href="tel:999"]')?.textContent);
  expect(call).toBe('Call 999');
  await person.accessible();
});

test('Cymraeg: chosen in Settings, every area in Welsh, kept after a reload, and back', async ({ person }) => {
  await person.open('#/settings');
  await person.choose({ field: 'Language (Iaith)' }, 'cy');
  await person.heading('Gosodiadau');
  await person.open('#/statements');
  await person.heading('Fy natganiadau ‘Fi’');
  await statement(person, 'Rydw i eisiau siarad Cymraeg gyda fy nhîm.', ['Eich geiriau', 'Ychwanegu datganiad']);
  await person.open('#/ladder');
  await person.heading('Fy ysgol');
  await person.click({ button: 'Angen help nawr?' });
  await person.see('Ffonio 999', 'dialog');
  await person.accessible();
  await person.click({ button: 'Cau', in: 'dialog' });
  await person.saved();
  await person.tab.reload();
  await person.drawn();
  await person.heading('Fy ysgol');
  expect(await person.tab.run(() => document.documentElement.lang)).toBe('cy');
  await person.open('#/settings');
  await person.choose({ field: 'Iaith (Language)' }, 'en-GB');
  await person.heading('Settings');
  await person.open('#/statements');
  expect(await person.values('.statement textarea')).toEqual(['Rydw i eisiau siarad Cymraeg gyda fy nhîm.']);
});
