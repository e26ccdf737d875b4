import { defineConfig } from '@playwright/test';

/**
 * Files whose assertions measure time on the page (how long the reader may stall it): they run
 * first, one browser at a time, with nothing else on the machine's two cores; everything else
 * then runs in two workers (about 9 minutes instead of 16 for the whole suite).
 */
const MEASURED = /security\.spec\.ts$/;

/**
 * End-to-end tests load the production build into real browsers: Debian's Chromium through
 * Playwright, Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot drive it).
 * A `*.spec.ts` runs in both projects through tests/e2e/support/driver.ts, which reads the
 * project's name; a `*.chromium.spec.ts` or `*.firefox.spec.ts` only in its own.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry, against a machine too loaded to answer in time. The flake that led to it (an extension
  // page showing message keys: Chromium handed it an empty catalogue just after install) is fixed in
  // utils/i18n/t.ts. A test that fails twice still fails the run; the report lists every flaky one.
  retries: 1,
  reporter: [['list']],
  // The project's name says the browser (tests/e2e/support/driver.ts): chromium… or firefox….
  projects: [
    { name: 'chromium-measured', testMatch: MEASURED },
    { name: 'firefox-measured', testMatch: MEASURED, dependencies: ['chromium-measured'] },
    { name: 'chromium', testMatch: /\.spec\.ts$/, testIgnore: [/\.firefox\.spec\.ts$/, MEASURED], dependencies: ['firefox-measured'] },
    { name: 'firefox', testMatch: /\.spec\.ts$/, testIgnore: [/\.chromium\.spec\.ts$/, MEASURED], dependencies: ['firefox-measured'] },
  ],
});
