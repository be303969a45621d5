import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never Playwright's own download. These flags keep it from reaching
// out to the network on its own and let it run as root in CI.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // The release build is served under a sub-path, as a venue might host it.
    baseURL: `http://127.0.0.1:${port}/app/`,
    launchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testIgnore: /hosting\.spec\.ts/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /hosting\.spec\.ts/ },
    // The same site served by nginx and Caddy with the set-ups in deploy/ (scripts/serve-hosts.mjs).
    {
      name: 'hosts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: 'http://127.0.0.1:4175/app/' },
      testMatch: /hosting\.spec\.ts/,
    },
    // Each area's main journeys in Safari's engine (WebKitGTK) and Firefox ESR, both Debian's,
    // driven by tests/engines/browsers.ts: Playwright cannot download its own engines here.
    { name: 'webkit', testDir: 'tests/engines' },
    { name: 'firefox', testDir: 'tests/engines' },
  ],
  webServer: [
    {
      // target/e2e-site/app is the unpacked release when ./dev test runs; else dist/.
      command: `mkdir -p target/e2e-site && ([ -e target/e2e-site/app ] || ln -sfn ../../dist target/e2e-site/app) && python3 -m http.server ${port} --bind 127.0.0.1 --directory target/e2e-site`,
      url: `http://127.0.0.1:${port}/app/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: 'node scripts/serve-hosts.mjs',
      url: 'http://127.0.0.1:4175/app/',
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
