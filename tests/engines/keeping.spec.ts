// Keeping notes safe and taking them away, in WebKit and Firefox: the lock, a file out and
// in, codes read from the screen's pixels into a fresh browser, no signal, a shared device,
// and the help page before the app (with the app's code refused).
import { test, expect, type Person } from './person';
import { testConfig } from '../e2e/fixtures';
import { writeFileSync } from 'node:fs';

const PASSPHRASE = 'blue kettle sings softly';
const SECRET = 'Quokka-Marmalade-7731';

async function statement(person: Person, words: string) {
  await person.open('#/statements');
  await person.fill({ field: 'Your words' }, words);
  await person.click({ button: 'Add statement' });
  await person.saved();
}

async function unlock(person: Person, passphrase: string) {
  await person.heading('Your notes are locked');
  await person.fill({ field: 'Passphrase' }, passphrase);
  await person.click({ button: 'Unlock' });
}

test('the lock: set, locked with nothing readable stored, a wrong passphrase, then open', async ({ person }) => {
  test.setTimeout(60_000);
  await statement(person, `I want ${SECRET} on my toast.`);
  await person.open('#/settings');
  await person.fill({ field: 'Passphrase' }, PASSPHRASE);
  await person.fill({ field: 'Type it again' }, PASSPHRASE);
  await person.click({ button: 'Lock my notes' });
  await person.until('the notes sealed', () => document.getElementById('lock-outcome')?.textContent === 'Your notes are now locked with your passphrase.', [], 20_000);
  await person.saved();
  expect(await person.stored()).not.toContain(SECRET);

  await person.clickAndReload({ button: 'Lock my notes now' });
  await person.heading('Your notes are locked');
  expect(await person.stored()).not.toContain(SECRET);
  await person.accessible();
  await unlock(person, 'blue kettle sings');
  await person.see('That passphrase does not open these notes.', '[role=alert]');
  await unlock(person, PASSPHRASE);
  await person.heading('Settings');
  await person.open('#/statements');
  expect(await person.values('.statement textarea')).toEqual([`I want ${SECRET} on my toast.`]);
  // A reload asks again, and opens with the passphrase.
  await person.tab.reload();
  await unlock(person, PASSPHRASE);
  await person.heading('My I statements');
});

test('a file saved here opens in a fresh browser', async ({ person, another }, info) => {
  await statement(person, 'I am asked before my medication changes.');
  await person.open('#/take');
  const file = await person.download({ button: 'Download a file' });
  expect(file.name).toMatch(/^alongside-\d{4}-\d{2}-\d{2}\.json$/);
  const path = info.outputPath(file.name);
  writeFileSync(path, file.text);

  const other = await another();
  await other.open('#/take');
  await other.tab.upload(await other.find({ field: 'Choose a file' }), path);
  await other.see('This file holds 1 statement.', '.review .holds');
  await other.click({ button: 'Replace what is here' });
  await other.see('Done. Your notes are now the ones you brought in.');
  await other.open('#/statements');
  expect(await other.values('.statement textarea')).toEqual(['I am asked before my medication changes.']);
});

test('a code read from the screen\'s pixels brings the notes into a fresh browser', async ({ person, another }) => {
  await statement(person, 'I am asked what helps me before a crisis, not after.');
  await person.open('#/take');
  await person.click({ button: 'Show a code for my phone' });
  await person.see('This code holds 1 statement.');
  const link = await person.scan();
  expect(link.startsWith(`${person.site.app}#T1:`)).toBe(true);

  const phone = await another();
  await phone.tab.goto(link);
  await phone.heading('Take it with you');
  await phone.see('The code you scanned holds 1 statement.', '.review .holds');
  await phone.click({ button: 'Add them to what is here' });
  await phone.see('Added 1 statement.');
  await phone.open('#/statements');
  expect(await phone.values('.statement textarea')).toEqual(['I am asked what helps me before a crisis, not after.']);
});

test('after one visit it opens with no signal: a reload and a deep link', async ({ person }) => {
  await statement(person, 'I want to be asked first.');
  await person.until('the app kept for use with no signal', () =>
    navigator.serviceWorker.controller?.scriptURL === new URL('sw.js', location.href).href, [], 20_000);
  person.site.down = true;
  await person.tab.reload();
  await person.drawn();
  await person.heading('My I statements');
  expect(await person.values('.statement textarea')).toEqual(['I want to be asked first.']);
  await person.tab.goto(`${person.site.app}#/plan/crisis`);
  await person.heading('My crisis plan');
  await person.click({ button: 'Need help now?' });
  await person.see('Call 0161 496 0000', 'dialog');
});

test.describe('on a shared device', () => {
  test('"Finish and wipe" leaves nothing for the next person', async ({ person }) => {
    person.site.config = { ...testConfig, kiosk: { enabled: true, idle_minutes: 2 } };
    await person.open();
    await person.see('This is a shared device.');
    await statement(person, 'Please knock before you come in.');
    expect(await person.tab.run(() => Object.keys(localStorage))).toEqual([]);
    await person.click({ button: 'Finish and wipe' });
    await person.see('Take my notes with me', 'dialog');
    await person.accessible();
    await person.click({ button: 'Wipe everything and finish' });
    await person.until('a fresh welcome', () => location.hash === '' && !!document.querySelector('main h1'));
    const left = await person.tab.run(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(left).toEqual({ local: 0, session: 0 });
    await person.open('#/statements');
    await person.see("You haven't written any yet.");
  });
});

test('with the app\'s code refused, the page before it still gives help and the venue\'s contacts', async ({ person }) => {
  person.site.refuseWasm = true;
  await person.tab.goto(person.site.app);
  await person.see('Welcome to Alongside');
  await person.see('Offered by Riverside Library.');
  await person.click({ link: 'Need help now?' });
  await person.see('In danger now', '#early-help');
  const links = await person.tab.run(() => [...document.querySelectorAll('#early-help a')].map((a) => a.getAttribute('href')));
  expect(links).toEqual(expect.arrayContaining(['tel:999', 'tel:01614960000', 'sms:07700900123']));
  await person.accessible();
});
