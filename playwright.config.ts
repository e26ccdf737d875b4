import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests load the production build into real browsers: Debian's Chromium through
 * Playwright, Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot drive it).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: /\.chromium\.spec\.ts$/ },
    { name: 'firefox', testMatch: /\.firefox\.spec\.ts$/ },
  ],
});
