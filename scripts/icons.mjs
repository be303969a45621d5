// Makes the home-screen icons from public/favicon.svg at build time (nothing downloaded):
// 192 and 512 px as drawn, and a maskable 512 px one whose background fills the square,
// so a phone can cut it to any shape without cutting the mark. Drawn by the same Chromium
// the tests use. Sizes and names come from src/core/manifest.rs (ICONS).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const fill = svg.match(/<rect[^>]*fill="(#[0-9a-f]{3,6})"/i)?.[1];
if (!fill) {
  console.error('icons: public/favicon.svg has no filled <rect> to take the background from');
  process.exit(1);
}
const icons = [
  ['icon-192.png', 192, 'transparent'],
  ['icon-512.png', 512, 'transparent'],
  ['icon-maskable-512.png', 512, fill],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const [name, size, background] of icons) {
    await page.setViewportSize({ width: size, height: size });
    const image = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    await page.setContent(`<body style="margin:0;background:${background}"><img src="${image}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(dist, name), omitBackground: background === 'transparent' });
  }
} finally {
  await browser.close();
}
console.log(`icons: ${icons.map(([name]) => name).join(', ')}`);
