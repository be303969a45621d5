// What the group journeys share: people's moments, the share screen, the group page, and a
// second device guarded like the first.
import { expect, expectAccessible, guard, seed, scan, testConfig } from './fixtures';
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createECDH } from 'node:crypto';

/** Bytes as Alongside writes them in codes: three characters for two bytes. */
export function toText(bytes: Uint8Array) {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./';
  let text = '';
  for (let i = 0; i < bytes.length; i += 2) {
    let value = i + 1 < bytes.length ? (bytes[i] << 8) | bytes[i + 1] : bytes[i];
    const digits = i + 1 < bytes.length ? 3 : 2;
    const out: string[] = [];
    for (let d = 0; d < digits; d++) {
      out.unshift(alphabet[value % 42]);
      value = Math.floor(value / 42);
    }
    text += out.join('');
  }
  return text;
}

/** A group's invitation, as its page would make it (a real P-256 public key). */
export function invitationText(name: string) {
  const key = createECDH('prime256v1');
  return `G1:${toText(Buffer.from(name))}:${toText(key.generateKeys())}`;
}

export const PRIVATE = 'my private note about Dr Jones';

/** A person's moment, stored as the app stores it. */
export function moment(i: number, service: string, experienced: string, wanted: string | null, date = '2026-03-14') {
  return { id: `m${i}`, date, service, about: 'care_plan', experienced, wanted, note: PRIVATE, updated: i };
}

type Shared = { service: string; at?: string; wanted?: string; month?: string };

/** What a file made elsewhere would hold: one person's moments (unsealed). */
export function contribution(receipt: string, services: (string | Shared)[], extra: object = {}) {
  return JSON.stringify({
    format: 'alongside-group',
    version: 1,
    receipt,
    moments: services.map((s) => {
      const m = typeof s === 'string' ? { service: s } : s;
      return { service: m.service, about: 'review', experienced: m.at ?? 'consultation', wanted: m.wanted ?? 'co_design', month: m.month ?? '2026-05' };
    }),
    ...extra,
  });
}

/** A receipt for person `i` in Crockford's letters. */
export function receiptOf(prefix: string, i: number) {
  return `${prefix}${String(i).padStart(8 - prefix.length, '0')}`;
}

/** Opens the share screen with `moments` on the ladder (for a group, given its invitation link). */
export async function share(page: Page, moments: object[], invitation = '') {
  const hash = invitation ? `#${invitation.split('#')[1]}` : '#/ladder/share';
  await seed(page, { moments }, hash, 2);
  await expect(page.locator('main h1')).toHaveText('Add my moments to a group');
}

/** Downloads the person's contribution and returns its file name and text. */
export async function shareFile(page: Page) {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a file for the group' }).click();
  const saved = await file;
  expect(saved.suggestedFilename()).toMatch(/^alongside-group-[0-9A-Z]{8}\.json$/);
  return { name: saved.suggestedFilename(), text: readFileSync((await saved.path())!, 'utf8') };
}

/** Shows the person's codes and reads each from its pixels, as a camera would. */
export async function shareCodes(page: Page) {
  await page.getByRole('button', { name: 'Show codes for the group' }).click();
  await expect(page.locator('#codes')).toBeFocused();
  const count = Number((await page.locator('.code-count').textContent())!.match(/of (\d+)/)![1]);
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    links.push(await scan(page));
    if (i + 1 < count) await page.getByRole('button', { name: 'Next code' }).click();
  }
  return links;
}

export async function openGroup(page: Page, hash = '') {
  await page.goto(`./group/${hash}`);
  await expect(page.locator('main h1')).toHaveText('Our ladder: the group’s picture');
}

export async function bringFiles(page: Page, files: { name: string; text: string }[]) {
  await page.getByLabel('Open files people gave you').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
}

export async function addChecked(page: Page) {
  await expect(page.locator('#check')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add them' }).click();
  await expect(page.locator('#check')).toHaveCount(0);
}

/** Names the group and makes its key on the group page; returns the invitation link, as
 * read from the code's pixels (and checked against the link written beside it). */
export async function makeKey(page: Page, name: string) {
  await page.getByLabel('Name of the group').fill(name);
  await page.getByRole('button', { name: 'Make the group’s key' }).click();
  await expect(page.getByRole('img', { name: 'The group’s invitation, as a code to scan' })).toBeVisible();
  const link = await scan(page);
  await expect(page.locator('#invitation-link')).toHaveText(link);
  expect(link).toMatch(/\/app\/#\/ladder\/share\?to=G1:/);
  return link;
}

/** Another device, with nothing in it and `config` as its site's settings, guarded like the first. */
export async function device(browser: Browser, baseURL: string, offsite: string[], viewport: { width: number; height: number } | null, config: object = testConfig) {
  const context = await browser.newContext({ baseURL, viewport });
  await guard(context, baseURL, config, offsite);
  return { context, page: await context.newPage() };
}
