import { test as base } from '@playwright/test';
import type { Browser as Api } from '@wxt-dev/browser';
import { launchChromiumDriver } from './driver-chromium';
import { FirefoxPool } from './driver-firefox';

/**
 * One browser-neutral way to drive the production build, so one spec runs in Chromium
 * (Playwright) and in Firefox ESR (puppeteer-core over WebDriver BiDi). A file named `*.spec.ts`
 * runs in both Playwright projects; `driver.browser` says which one this run is.
 *
 * ```ts
 * import { expect, test, tid } from './support/driver';
 *
 * test('a reading reaches the popup', async ({ driver }) => {
 *   const page = await driver.newPage();                  // provider URLs serve the demo pages
 *   await page.goto('https://www.iijmio.jp/member/');
 *   const popup = await driver.openExtensionPage('popup.html');
 *   await expect.poll(async () => { await popup.reload(); return popup.count(tid('line-card')); }).toBe(1);
 *   expect(await popup.text(tid('remaining'))).toBe('7.3 GB');
 *   const alarms = await driver.ext((api) => api.alarms.getAll());  // any extension API
 * });
 * ```
 *
 * - Selectors are plain CSS (both browsers run them with querySelector); `tid('x')` is
 *   `[data-testid="x"]`; `label=Text` is the control whose <label> (or aria-label) reads Text.
 *   Reads (`count`, `text`, …) answer at once: wait with `expect.poll`. Actions (`click`,
 *   `fill`, …) wait up to 10 s for their element. A button by its words:
 *   `click('button', { hasText: 'Save' })`. Inside a closed shadow root: `page.shadow(host)`.
 * - State: every test starts with a fresh extension (Chromium: a new profile; Firefox: one
 *   browser per spec file, the add-on uninstalled and installed again, which clears its storage,
 *   IndexedDB, alarms and tabs). Per-file launch options: `test.use({ launch: { timezone } })`.
 * - Web: no request reaches the network. Provider URLs answer with the demo pages
 *   (tests/fixtures/demo), `driver.serve` adds pages; everything else fails.
 * - Chromium-only quirks (the service worker, CDP, `action` vs `browserAction`, notification
 *   text) stay in driver-chromium.ts and driver-firefox.ts.
 */

export type BrowserName = 'chromium' | 'firefox';

/** The extension API as the extension's own code sees it (`chrome` / `browser`, promise-based). */
export type ExtensionApi = typeof Api;

export interface LaunchOptions {
  /** IANA zone for the whole browser (the TZ of its process), e.g. 'Asia/Shanghai'. */
  timezone?: string;
  /** Extra Firefox preferences (ignored by Chromium). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a page answers at a URL: HTML, or undefined to let the next server (or the failure) answer. */
export type Server = (url: URL) => string | undefined;

export interface ShownNotification {
  id: string;
  /** Title and message, when the driver could see them (see `recordNotifications`). */
  text: string | null;
}

/** A request the browser made, for the privacy suite. */
export interface SeenRequest {
  url: string;
  /** 'page' (a tab or frame), 'extension' (the background), or 'network' (seen only at the proxy). */
  from: 'page' | 'extension' | 'network';
}

/** A closed shadow root, seen from the test (the page itself cannot see in). */
export interface ShadowView {
  /** 'open' or 'closed' as the browser reports it, or null when there is no host or root. */
  mode(): Promise<string | null>;
  /** All text in the root (style sheets left out), whitespace collapsed; '' without a root. */
  text(): Promise<string>;
  /** Border box (viewport coordinates) of the first element matching `selector` inside. */
  box(selector: string): Promise<Box | null>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** A real mouse click at the centre of the element. */
  click(selector: string): Promise<void>;
}

export interface TestPage {
  readonly browser: BrowserName;
  /** Navigates and waits for the load (extension pages: for their document). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Resolves when `location.href` matches. */
  waitForUrl(pattern: RegExp, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;

  count(selector: string): Promise<number>;
  /** textContent of the first match, whitespace collapsed and trimmed; null when none. */
  text(selector: string): Promise<string | null>;
  /** The same for every match. */
  texts(selector: string): Promise<string[]>;
  /** innerText of the first match (what a reader sees: hidden text left out). */
  innerText(selector: string): Promise<string | null>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** The value of an input, select or textarea. */
  value(selector: string): Promise<string | null>;
  /** Rendered with a non-empty box and not visibility:hidden. */
  visible(selector: string): Promise<boolean>;
  box(selector: string): Promise<Box | null>;

  /** Clicks the first (or `nth`) match, optionally the first whose text contains `hasText`. */
  click(selector: string, options?: { hasText?: string; nth?: number }): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Keyboard: 'Escape', 'Tab', 'Enter', … */
  press(key: string): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Chooses a file in an `<input type=file>`. */
  setInputFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void>;
  /** Clicks `selector` and returns the file it downloads. */
  download(selector: string): Promise<{ name: string; text: string; path: string }>;

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs script source in the page, past its CSP (for axe-core). */
  evaluateScript(source: string): Promise<unknown>;
  frameCount(): Promise<number>;
  setViewport(width: number, height: number): Promise<void>;
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** The tab id the extension knows this page by (brings it to the front). */
  tabId(): Promise<number>;
  shadow(hostSelector: string): ShadowView;
}

export interface Driver {
  readonly browser: BrowserName;
  /** runtime.id: the Chromium extension id or the Firefox add-on id. */
  readonly extensionId: string;
  /**
   * Installing the extension opened its first-run page (welcome.html). The driver closes that tab
   * (a test starts with its own tabs only, and the active tab is the one it brought to the front).
   */
  readonly firstRunOpened: boolean;
  /** chrome-extension://…/ or moz-extension://…/ */
  extensionUrl(file: string): string;
  /** A new tab (web requests routed: demo pages, `serve`, else failure). */
  newPage(): Promise<TestPage>;
  /** A new tab on an extension page: 'popup.html', 'options.html', 'popup.html?tab=3'. */
  openExtensionPage(file: string): Promise<TestPage>;
  /** Answers web requests with `server` first (later calls first of all), then the demo pages. */
  serve(server: Server): void;

  /**
   * Runs `fn(api, arg)` in an extension context (Chromium: the service worker; Firefox: an
   * extension document of its own). `fn` is sent as source: use only `api`, `arg` and globals.
   */
  ext<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs `fn(scope, arg)` in the background itself (Chromium: the service worker; Firefox: the
   * event page, woken if asleep); `scope` is its global object.
   */
  inBackground<R, A = undefined>(fn: (scope: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Planned alarms (every name). */
  alarms(): Promise<Array<{ name: string; scheduledTime: number }>>;
  /** Re-creates alarm `name` to fire in `inMs` (what the browser would do when it comes due). */
  fireAlarm(name: string, inMs?: number): Promise<void>;
  /** The toolbar badge text of a tab (Chromium `action`, Firefox MV2 `browserAction`). */
  badge(tabId: number): Promise<string>;
  /** Chromium only needs this (before the notification is shown) to see notification text. */
  recordNotifications(): Promise<void>;
  /** Notifications on screen now. */
  notifications(): Promise<ShownNotification[]>;
  /** Stops the background (Chromium: the worker's target; Firefox: terminateBackground()). */
  stopBackground(): Promise<void>;
  backgroundRunning(): Promise<boolean>;
  /** Closes the browser, runs `whileClosed`, and starts it again on the same profile. */
  restart(whileClosed?: () => Promise<void>): Promise<void>;
  /** Every request seen since the test began. */
  requests(): SeenRequest[];
  /**
   * Answers the browser's prompt for an optional permission as the user would, once it shows (up
   * to 10 s), and returns what it asked (its heading and permission lines). Firefox only: its
   * doorhanger, clicked through privileged script; the prompt must be on
   * (`extensions.webextOptionalPermissionPrompts`, Firefox's default). Chromium's prompt is a
   * native dialog no test can answer (see teach-denied.firefox.spec.ts): there it throws.
   */
  answerPermissionPrompt(answer: 'allow' | 'deny'): Promise<string>;
}

/** `[data-testid="id"]` */
export const tid = (id: string) => `[data-testid="${id}"]`;

interface Fixtures {
  launch: LaunchOptions;
  driver: Driver;
}

export const test = base.extend<Fixtures, { firefoxPool: FirefoxPool }>({
  launch: [{}, { option: true }],
  firefoxPool: [
    async ({}, use) => {
      const pool = new FirefoxPool();
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ launch, firefoxPool }, use, testInfo) => {
    if (testInfo.project.name.startsWith('firefox')) {
      await use(await firefoxPool.driverFor(testInfo.file, launch));
      return;
    }
    const driver = await launchChromiumDriver(launch);
    await use(driver);
    await driver.close();
  },
});

export const expect = test.expect;
