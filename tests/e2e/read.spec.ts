// "Read this to me": only a voice on the device reads, pause and stop are one tap, and the
// button is not offered where the device has no voice of its own for the language.
import { test, expect, expectAccessible, openApp, snap } from './fixtures';
import type { Page } from '@playwright/test';

type StandIn = { name: string; lang: string; local: boolean; default?: boolean };

/** Replaces the browser's voices with stand-ins and records what each is asked to do. */
async function standInVoices(page: Page, voices: StandIn[]) {
  await page.addInitScript((voices: StandIn[]) => {
    const made = (list: StandIn[]) => list.map((v) => Object.defineProperties(Object.create(SpeechSynthesisVoice.prototype), {
      name: { value: v.name }, lang: { value: v.lang }, localService: { value: v.local },
      default: { value: !!v.default }, voiceURI: { value: v.name },
    }));
    const w = window as any;
    w.voiceList = made(voices);
    w.said = [] as string[];
    w.reading = null;
    // The real setter accepts only the browser's own voices.
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true, get() { return this._voice; }, set(v) { this._voice = v; },
    });
    const synth = window.speechSynthesis;
    synth.getVoices = () => w.voiceList;
    synth.speak = (u: any) => { w.reading = u; w.said.push(`speak ${u.voice?.name}: ${u.text}`); };
    synth.cancel = () => {
      w.said.push('cancel');
      const u = w.reading;
      w.reading = null;
      u?.dispatchEvent(new Event('error'));
    };
    synth.pause = () => w.said.push('pause');
    synth.resume = () => w.said.push('resume');
    w.finishReading = () => { const u = w.reading; w.reading = null; u?.dispatchEvent(new Event('end')); };
    w.setVoices = (list: StandIn[]) => { w.voiceList = made(list); synth.dispatchEvent(new Event('voiceschanged')); };
  }, voices);
}

const said = (page: Page) => page.evaluate(() => (window as any).said as string[]);

const localAndRemote: StandIn[] = [
  { name: 'Remote voice', lang: 'en-GB', local: false, default: true },
  { name: 'Local voice', lang: 'en-GB', local: true },
];

test('a statement, a plan part and the page to bring along are read by the local voice only', async ({ page }, info) => {
  await standInVoices(page, localAndRemote);
  await openApp(page, '#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('I want to be asked before anything changes.');
  await page.getByRole('button', { name: 'Add statement' }).click();

  const read = page.getByRole('button', { name: 'Read statement 1 to me' });
  await read.click();
  expect(await said(page)).toContain('speak Local voice: I want to be asked before anything changes.');
  expect((await said(page)).join()).not.toContain('Remote voice');
  // Pause and stop are one tap each; focus stays on the button that stays.
  const pause = page.locator('.statement').getByRole('button', { name: 'Pause' });
  await expect(pause).toBeFocused();
  await expectAccessible(page);
  await snap(page, 'read-statement', info.project.name);
  await pause.click();
  await expect(page.locator('.statement').getByRole('button', { name: 'Carry on' })).toBeVisible();
  await page.locator('.statement').getByRole('button', { name: 'Carry on' }).click();
  await page.getByRole('button', { name: 'Stop reading' }).click();
  expect(await said(page)).toEqual(expect.arrayContaining(['pause', 'resume', 'cancel']));
  await expect(read).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toHaveCount(0);

  // A part of the plan: its labels and the person's words, read through to the end.
  await page.goto('./#/plan/keeping-well');
  await page.getByRole('textbox', { name: 'What I do to keep well' }).fill('A walk by the river every morning');
  await page.getByRole('button', { name: 'Read this to me' }).click();
  expect((await said(page)).at(-1)).toBe('speak Local voice: What I do to keep well. A walk by the river every morning.');
  await page.evaluate(() => (window as any).finishReading());
  await expect(page.getByRole('button', { name: 'Read this to me' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toHaveCount(0);

  // "What I want to raise", the one page to bring along.
  await page.goto('./#/raise');
  await page.getByRole('textbox', { name: 'My own questions' }).fill('Can I see the same nurse?');
  await page.getByRole('button', { name: 'Read this to me' }).click();
  expect((await said(page)).at(-1)).toMatch(/^speak Local voice: What I want to raise\. .*My own questions\. Can I see the same nurse\?$/);
  // Leaving the screen stops the reading.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  expect((await said(page)).at(-1)).toBe('cancel');
  await expectAccessible(page);
});

test('with only a voice that is not on the device, nothing is offered', async ({ page }) => {
  await standInVoices(page, [{ name: 'Remote voice', lang: 'en-GB', local: false, default: true }]);
  await openApp(page, '#/statements');
  await page.getByRole('textbox', { name: 'Your words' }).fill('Asked first.');
  await page.getByRole('button', { name: 'Add statement' }).click();
  await expect(page.locator('.statement')).toHaveCount(1);
  await page.goto('./#/plan/keeping-well');
  await expect(page.locator('main h1')).toHaveText('Keeping well');
  await expect(page.getByRole('button', { name: /Read .* to me/ })).toHaveCount(0);
  expect((await said(page)).filter((line) => line.startsWith('speak'))).toEqual([]);

  // A local voice that arrives later (the list fills in after loading) is offered then.
  await page.evaluate((list) => (window as any).setVoices(list), localAndRemote);
  await expect(page.getByRole('button', { name: 'Read this to me' })).toBeVisible();
});

test('Welsh is read only by a Welsh voice on the device', async ({ page }) => {
  await standInVoices(page, localAndRemote);
  await openApp(page, '#/settings');
  await page.getByRole('combobox', { name: 'Language (Iaith)' }).selectOption('cy');
  await page.goto('./#/raise');
  await expect(page.locator('main h1')).toHaveText('Beth rydw i eisiau ei godi');
  await expect(page.getByRole('button', { name: 'Darllen hwn i mi' })).toHaveCount(0);
  await page.evaluate((list) => (window as any).setVoices(list), [...localAndRemote, { name: 'Llais lleol', lang: 'cy-GB', local: true }]);
  await page.getByRole('button', { name: 'Darllen hwn i mi' }).click();
  expect((await said(page)).at(-1)).toMatch(/^speak Llais lleol: Beth rydw i eisiau ei godi\./);
  await expect(page.getByRole('button', { name: 'Stopio darllen' })).toBeVisible();
  await expectAccessible(page);
});
