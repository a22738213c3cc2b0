import { defineConfig } from '@playwright/test';

// Browser stories against a running Leave Tracker (tests-integration's WebAppBrowserIT starts the local runtime and
// runs these): Debian's Chromium, since Playwright's own browser download is not reachable on our machines.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.LEAVE_TRACKER_URL ?? 'http://localhost:4000',
    ignoreHTTPSErrors: true, // the local runtime's own certificate, for wss://localhost (Amplify's real-time URL)
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'off',
  },
});
