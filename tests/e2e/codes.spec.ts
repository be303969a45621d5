// Codes a cheap camera can read. Each size of code is photographed as a phone would see it
// (scaled down, turned 4°, blurred, with sensor noise, as a JPEG) and read by ZXing, the
// reader inside many phones: easy codes read from under half the pixels dense ones need.
// "My phone can't read this" changes to easy codes, which bring the notes in just the same,
// and the choice is kept for next time.
import { test, expect, expectAccessible, expectSaved, freshBrowser, openApp, scan, snap } from './fixtures';
import { readFileSync } from 'node:fs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Page } from '@playwright/test';

// ZXing's own wasm from node_modules: nothing is fetched.
prepareZXingModule({
  overrides: { wasmBinary: readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm') },
  fireImmediately: true,
});

/** Notes of a person a few weeks in: one dense code or two. */
const TYPICAL = JSON.parse(readFileSync('tests/fixtures/take/typical.json', 'utf8'));

/** Camera widths tried, in pixels across the code. */
const WIDTHS = Array.from({ length: 55 }, (_, i) => 60 + i * 10);

/** The code on the screen as a phone's camera sees it, `width` pixels across: a JPEG. */
async function photograph(camera: Page, screenshot: Buffer, width: number): Promise<Buffer> {
  const jpeg = await camera.evaluate(async ([png, width]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.round(width * 1.3);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#d8d8d8';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.translate(canvas.width / 2, canvas.height / 2);
    ctx.rotate((4 * Math.PI) / 180);
    ctx.filter = 'blur(0.8px)';
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(image, -width / 2, -width / 2, width, width);
    ctx.resetTransform();
    ctx.filter = 'none';
    // Sensor noise, the same every run (a fixed seed), so each run sees the same photograph.
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let seed = 20261207;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < pixels.data.length; i += 4) {
      const noise = (random() - 0.5) * 48;
      for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c] + noise));
    }
    ctx.putImageData(pixels, 0, 0);
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/jpeg', 0.7));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  }, [screenshot.toString('base64'), width] as const);
  return Buffer.from(jpeg, 'base64');
}

/** The fewest camera pixels across from which the code, and every bigger view of it, reads. */
async function leastWidth(camera: Page, screenshot: Buffer, link: string) {
  let least = Infinity;
  for (const width of [...WIDTHS].reverse()) {
    const found = await readBarcodes(new Uint8Array(await photograph(camera, screenshot, width)), { formats: ['QRCode'], tryHarder: true });
    if (!found.some((code) => code.isValid && code.text === link)) break;
    least = width;
  }
  return least;
}

async function showCodes(page: Page) {
  await openApp(page);
  await page.evaluate((doc) => localStorage.setItem('alongside.document', JSON.stringify(doc)), TYPICAL);
  await page.goto('./#/take');
  await page.reload();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(page.getByRole('group', { name: /code/ })).toBeFocused();
}

const count = async (page: Page) => Number((await page.locator('.code-count').textContent())!.match(/of (\d+)/)![1]);

test("a phone that can't read the codes gets easier ones, kept for next time, that bring the notes in", async ({ page, browser, baseURL, offsite, viewport }, info) => {
  test.setTimeout(120_000);
  await showCodes(page);
  const dense = await count(page);
  await page.getByRole('button', { name: "My phone can't read this" }).click();
  await expect(page.getByText('These codes are easier to scan. There are more of them.')).toBeVisible();
  await expect(page.getByRole('group', { name: /codes hold/ })).toBeFocused();
  const easy = await count(page);
  expect(easy).toBeGreaterThanOrEqual(4 * dense);
  await expectAccessible(page);
  await snap(page, 'codes-easy', info.project.name);

  // Every easy code, read from the screen, brings the notes into a fresh phone.
  const links: string[] = [];
  for (let i = 1; i <= easy; i++) {
    await expect(page.locator('.code-count')).toHaveText(`Code ${i} of ${easy}`);
    links.push(await scan(page));
    await page.getByRole('button', { name: 'Next code' }).click();
  }
  // The phone's camera opens each code's link in a new page.
  const phone = await freshBrowser(browser, baseURL!, offsite, viewport);
  let last = phone.page;
  for (const link of links) {
    await last.close();
    last = await phone.context.newPage();
    await last.goto(link);
    await expect(last.locator('main h1')).toHaveText('Take it with you');
  }
  await last.getByRole('button', { name: 'Replace what is here' }).click();
  await expectSaved(last);
  const arrived = await last.evaluate(() => JSON.parse(localStorage.getItem('alongside.document') ?? 'null')?.data);
  expect(arrived.statements.length).toBe(TYPICAL.data.statements.length);
  await phone.context.close();

  // Kept: the next time, easy codes at once; Settings shows the choice, and it goes back.
  await page.reload();
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await expect(page.getByText('These codes are easier to scan. There are more of them.')).toBeVisible();
  expect(await count(page)).toBeGreaterThanOrEqual(4 * dense);
  await page.goto('./#/settings');
  await expect(page.getByRole('checkbox', { name: 'Codes that are easier to scan (more of them)' })).toBeChecked();
  await page.goto('./#/take');
  await page.getByRole('button', { name: 'Show a code for my phone' }).click();
  await page.getByRole('button', { name: 'Use fewer codes' }).click();
  await expect(page.locator('.code-count')).toHaveText(`Code 1 of ${dense}`);
  await expect(page.getByText('These codes are easier to scan.')).toHaveCount(0);
});

test('easy codes read from under half the camera pixels that dense codes need', async ({ page, context }) => {
  test.setTimeout(120_000);
  await showCodes(page);
  const camera = await context.newPage();
  const least = async () => {
    const code = page.locator('svg.qr');
    await code.evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
    const link = await scan(page);
    return leastWidth(camera, await code.screenshot(), link);
  };
  const dense = await least();
  await page.getByRole('button', { name: "My phone can't read this" }).click();
  await expect(page.getByText('These codes are easier to scan.')).toBeVisible();
  const easy = await least();
  console.log(`camera pixels across needed: dense ${dense}, easy ${easy}`);
  expect(dense, 'a dense code reads from a good camera').toBeLessThanOrEqual(560);
  expect(easy * 2).toBeLessThan(dense);
});
