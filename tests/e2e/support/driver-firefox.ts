import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { demoHtml, demoPageFor } from './demo-pages';
import type { Box, Driver, ExtensionApi, LaunchOptions, SeenRequest, Server, ShadowView, ShownNotification, TestPage } from './driver';
import { ADDON_ID, EXTENSION_ORIGIN, FIREFOX_BUILD, bidi, chromeEval, installAddon, launchFirefox, startSink } from './firefox';
import { type Answer, type Query, callSource, pageQuery, toCss } from './page-query';
import { BidiShadow } from './shadow-bidi';
import { writeXpi } from './xpi';

/**
 * The driver (driver.ts) in Firefox ESR through puppeteer-core over WebDriver BiDi. One browser
 * per spec file; between tests the add-on is uninstalled and installed again (Firefox then clears
 * its storage, IndexedDB and alarms) and every tab is closed. Extension calls run in a bare
 * extension document (the add-on's icon opened as a tab: extension privileges, no UI code).
 */

const ACTION_TIMEOUT = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(read: () => Promise<T>, what: string, timeoutMs = ACTION_TIMEOUT): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

/**
 * Opens a moz-extension URL: puppeteer's goto may never resolve on one, so navigate over BiDi
 * without waiting and wait for the document instead.
 */
async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await bidi(page.browser()).send('browsingContext.navigate', { context, url, wait: 'none' });
  await until(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), `load ${url}`);
}

class FirefoxPage implements TestPage {
  readonly browser = 'firefox' as const;
  constructor(
    readonly page: Page,
    private readonly driver: FirefoxDriver,
  ) {}

  private query<T extends Answer>(q: Query): Promise<T> {
    return this.page.evaluate(pageQuery, q) as Promise<T>;
  }
  async goto(url: string) {
    if (!url.startsWith('moz-extension:')) {
      await this.page.goto(url);
      return;
    }
    await navigate(this.page, url);
  }
  async reload() {
    const url = await this.url();
    if (!url.startsWith('moz-extension:')) {
      await this.page.reload();
      return;
    }
    await this.page.evaluate(() => {
      (window as unknown as { kigenOld?: boolean }).kigenOld = true;
      location.reload();
    });
    await until(
      () => this.page.evaluate(() => !(window as unknown as { kigenOld?: boolean }).kigenOld && document.readyState === 'complete'),
      `reload ${url}`,
    );
  }
  async url() {
    return this.page.evaluate(() => location.href).catch(() => this.page.url());
  }
  async waitForUrl(pattern: RegExp, timeoutMs = ACTION_TIMEOUT) {
    await until(async () => pattern.test(await this.url()), `url ${pattern}`, timeoutMs);
  }
  async close() {
    await this.page.close();
  }
  count = (selector: string) => this.query<number>({ selector, what: 'count' });
  text = (selector: string) => this.query<string | null>({ selector, what: 'text' });
  texts = (selector: string) => this.query<string[]>({ selector, what: 'texts' });
  innerText = (selector: string) => this.query<string | null>({ selector, what: 'innerText' });
  attribute = (selector: string, name: string) => this.query<string | null>({ selector, what: 'attribute', name });
  value = (selector: string) => this.query<string | null>({ selector, what: 'value' });
  visible = (selector: string) => this.query<boolean>({ selector, what: 'visible' });
  box = (selector: string) => this.query<Box | null>({ selector, what: 'box' });

  private async target(selector: string, options: { hasText?: string; nth?: number } = {}) {
    const index = await until(async () => {
      const i = await this.query<number>({ selector, what: 'pick', ...options });
      return i >= 0 ? i + 1 : 0;
    }, `${selector} ${options.hasText ?? ''}`);
    const handle = (await this.page.$$(toCss(selector)))[index - 1];
    if (!handle) throw new Error(`${selector} went away`);
    return handle;
  }
  async click(selector: string, options: { hasText?: string; nth?: number } = {}) {
    // A real mouse click at the element's centre (puppeteer's own click waits ~1 s per click in Firefox).
    const handle = await this.target(selector, options);
    const at = await handle.evaluate((e) => {
      e.scrollIntoView({ block: 'center', inline: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await this.page.mouse.click(at.x, at.y);
  }
  async fill(selector: string, value: string) {
    await this.target(selector);
    await this.page.locator(toCss(selector)).setTimeout(ACTION_TIMEOUT).fill(value);
  }
  async select(selector: string, value: string) {
    await this.target(selector);
    await this.page.select(toCss(selector), value);
  }
  async press(key: string) {
    await this.page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }
  async mouseClick(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async setInputFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer } | string) {
    let file_ = typeof file === 'string' ? file : '';
    if (typeof file !== 'string') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kigen-upload-'));
      file_ = path.join(dir, file.name);
      writeFileSync(file_, file.buffer);
    }
    const input = await this.target(selector);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file_);
  }
  async download(selector: string) {
    return this.driver.download(() => this.click(selector));
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  evaluateScript(source: string) {
    return this.page.evaluate(source);
  }
  async frameCount() {
    return this.page.frames().length;
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async colorScheme(scheme: 'light' | 'dark') {
    await this.driver.colorScheme(scheme);
  }
  async screenshot(file: string, options: { fullPage?: boolean } = {}) {
    mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: options.fullPage ?? false });
  }
  async tabId() {
    await this.page.bringToFront();
    return this.driver.ext(async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  }
  shadow(hostSelector: string): ShadowView {
    return new BidiShadow(this.page, hostSelector);
  }
}

class FirefoxDriver implements Driver {
  readonly browser = 'firefox' as const;
  readonly extensionId = ADDON_ID;
  firstRunOpened = false;
  private firefox!: Browser;
  private control: Page | null = null;
  private servers: Server[] = [];
  private seen: SeenRequest[] = [];
  private sink!: { server: HttpServer; port: number };
  private readonly profile = mkdtempSync(path.join(os.tmpdir(), 'kigen-ff-'));
  private readonly downloads = mkdtempSync(path.join(os.tmpdir(), 'kigen-ff-dl-'));
  private readonly xpi = path.join(mkdtempSync(path.join(os.tmpdir(), 'kigen-xpi-')), 'kigen.xpi');

  constructor(private readonly options: LaunchOptions) {}

  async start(install: boolean): Promise<void> {
    this.sink ??= await startSink(this.seen);
    this.firefox = await launchFirefox({
      profile: this.profile,
      downloads: this.downloads,
      proxyPort: this.sink.port,
      timezone: this.options.timezone,
      prefs: this.options.firefoxPrefs,
    });
    if (install) {
      writeXpi(FIREFOX_BUILD, this.xpi);
      await installAddon(this.firefox, this.xpi);
      this.firstRunOpened = await this.closeFirstRun();
    }
    this.control = null;
  }

  /**
   * Waits (up to 10 s) for the first-run tab an install opens, and closes it. A tab the add-on
   * opened reports about:blank to puppeteer over BiDi: its address is asked of the page itself.
   */
  private async closeFirstRun(): Promise<boolean> {
    const welcome = this.extensionUrl('welcome.html');
    const address = async (page: Page) => (page.url() === 'about:blank' ? String(await page.evaluate('location.href').catch(() => '')) : page.url());
    for (let i = 0; i < 100; i++) {
      for (const page of await this.firefox.pages()) {
        if ((await address(page)) !== welcome) continue;
        await page.close();
        return true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  /** A fresh add-on and no tabs but a blank one, for the next test. */
  async reset(): Promise<void> {
    const pages = await this.firefox.pages();
    const keep = pages[0] ?? (await this.firefox.newPage());
    for (const page of pages) if (page !== keep) await page.close().catch(() => undefined);
    await keep.goto('about:blank').catch(() => undefined);
    await bidi(this.firefox).send('webExtension.uninstall', { extension: ADDON_ID });
    await installAddon(this.firefox, this.xpi);
    this.firstRunOpened = await this.closeFirstRun();
    await chromeEval(this.firefox, `Services.prefs.clearUserPref('layout.css.prefers-color-scheme.content-override')`);
    this.control = null;
    this.servers = [];
    this.seen.length = 0;
  }

  extensionUrl(file: string) {
    return `${EXTENSION_ORIGIN}/${file}`;
  }
  private answer(url: URL): string | undefined {
    for (const server of [...this.servers].reverse()) {
      const html = server(url);
      if (html !== undefined) return html;
    }
    const demo = demoPageFor(url.href);
    return demo ? demoHtml(demo) : undefined;
  }
  private async routed(): Promise<Page> {
    const page = await this.firefox.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      this.seen.push({ url, from: 'page' });
      const html = this.answer(new URL(url));
      if (html === undefined) return void request.abort();
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return page;
  }
  async newPage() {
    return new FirefoxPage(await this.routed(), this);
  }
  async openExtensionPage(file: string) {
    const page = new FirefoxPage(await this.routed(), this);
    await page.goto(this.extensionUrl(file));
    return page;
  }
  serve(server: Server) {
    this.servers.push(server);
  }

  private async controlPage(): Promise<Page> {
    if (this.control && !this.control.isClosed()) return this.control;
    // In the background: a tab in front would turn the test's page into a background tab, whose
    // timers Firefox slows to once a second.
    const page = await this.firefox.newPage({ background: true });
    await navigate(page, this.extensionUrl('icon/16.png'));
    await until(() => page.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object'), 'extension document');
    this.control = page;
    return page;
  }
  async ext<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.controlPage()).evaluate(callSource(fn, 'browser', arg)) as Promise<R>;
  }
  async inBackground<R, A = undefined>(fn: (scope: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const source = `browser.runtime.getBackgroundPage().then((bg) => ${callSource(fn, 'bg', arg)})`;
    return (await this.controlPage()).evaluate(source) as Promise<R>;
  }
  alarms() {
    return this.ext(async (api) => (await api.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime })));
  }
  async fireAlarm(name: string, inMs = 300) {
    await this.ext((api, a) => api.alarms.create(a.name, { when: Date.now() + a.inMs }), { name, inMs });
  }
  badge(tabId: number) {
    // Firefox runs the MV2 build: the toolbar button is browserAction.
    return this.ext((api, id) => (api as unknown as { browserAction: typeof api.action }).browserAction.getBadgeText({ tabId: id }), tabId);
  }
  async recordNotifications() {
    // Nothing to do: Firefox's notifications.getAll() returns each notification's options.
  }
  async notifications(): Promise<ShownNotification[]> {
    const all = await this.ext(async (api) => (await api.notifications.getAll()) as unknown as Record<string, { title?: string; message?: string }>);
    return Object.entries(all).map(([id, o]) => ({ id, text: `${o.title ?? ''} ${o.message ?? ''}` }));
  }
  private policy(expression: string) {
    return chromeEval(this.firefox, `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension.${expression}`);
  }
  async stopBackground() {
    // What about:debugging's "Terminate background script" does; Firefox also does it after idling.
    await this.policy('terminateBackground()');
    await until(async () => (await this.policy('backgroundState')) === 'stopped', 'background stopped');
  }
  async backgroundRunning() {
    return (await this.policy('backgroundState')) === 'running';
  }
  async restart(whileClosed?: () => Promise<void>) {
    await this.firefox.close();
    await whileClosed?.();
    await this.start(false);
  }
  requests() {
    return [...this.seen];
  }
  async answerPermissionPrompt(answer: 'allow' | 'deny'): Promise<string> {
    // The doorhanger ExtensionsUI shows for permissions.request(): its button (Allow) or its
    // secondary button (Deny), clicked as the user would. A click within the prompt's security
    // delay (security.notification_enable_delay) is ignored by Firefox, so the click waits it out.
    const step = `(() => {
      const id = 'addon-webext-permissions';
      const delay = Services.prefs.getIntPref('security.notification_enable_delay', 500);
      for (const win of Services.wm.getEnumerator('navigator:browser')) {
        const pn = win.PopupNotifications;
        const el = win.document.getElementById(id + '-notification');
        const n = el && el.notification;
        if (!n || el.hidden || pn.panel.state !== 'open' || pn.getNotification(id, n.browser) !== n) continue;
        const strings = n.options.customElementOptions.strings;
        const asked = [strings.header.replace('<>', n.options.name || ''), ...strings.msgs].join(' ');
        if (ChromeUtils.now() - n.timeShown < delay + 50) return JSON.stringify({ shown: true, asked, clicked: false });
        (${JSON.stringify(answer)} === 'allow' ? el.button : el.secondaryButton).click();
        return JSON.stringify({ shown: true, asked, clicked: true });
      }
      return JSON.stringify({ shown: false });
    })()`;
    let asked: string | null = null;
    let clicked = false;
    const end = Date.now() + ACTION_TIMEOUT;
    for (;;) {
      const now = JSON.parse(String(await chromeEval(this.firefox, step))) as { shown: boolean; asked?: string; clicked?: boolean };
      if (now.shown) {
        asked = now.asked ?? asked;
        clicked ||= now.clicked === true;
      } else if (clicked && asked !== null) {
        return asked;
      } else if (asked !== null) {
        throw new Error(`the permission prompt went away unanswered: ${asked}`);
      }
      if (Date.now() > end) throw new Error(asked === null ? 'timed out: no permission prompt' : `timed out: the prompt stayed after ${answer}: ${asked}`);
      await sleep(100);
    }
  }
  async colorScheme(scheme: 'light' | 'dark') {
    // No prefers-color-scheme emulation over BiDi in Firefox ESR: the content override pref (0 dark, 1 light).
    await chromeEval(this.firefox, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
  }
  async download(click: () => Promise<void>) {
    const before = new Set(readdirSync(this.downloads));
    await click();
    // Firefox may show a file under a passing name before the finished one (the .part renamed): the
    // download is a new, non-empty file that reads the same on two looks 100 ms apart.
    let seen = '';
    const found = await until(async () => {
      if (readdirSync(this.downloads).some((f) => f.endsWith('.part'))) return undefined;
      for (const name of readdirSync(this.downloads).filter((f) => !before.has(f))) {
        try {
          const text = readFileSync(path.join(this.downloads, name), 'utf8');
          if (text.length === 0) continue;
          const look = `${name}:${text.length}`;
          if (look === seen) return { name, text };
          seen = look;
          return undefined;
        } catch {
          // (Renamed meanwhile.)
        }
      }
      return undefined;
    }, 'download');
    return { ...found, path: path.join(this.downloads, found.name) };
  }
  async close() {
    await this.firefox.close();
    await new Promise((r) => this.sink.server.close(r));
    for (const dir of [this.profile, this.downloads, path.dirname(this.xpi)]) rmSync(dir, { recursive: true, force: true });
  }
}

/** One Firefox per spec file (and launch options), reused by its tests. */
export class FirefoxPool {
  private current: { key: string; driver: FirefoxDriver } | null = null;

  async driverFor(file: string, options: LaunchOptions): Promise<Driver> {
    const key = `${file}\n${JSON.stringify(options)}`;
    if (this.current?.key === key) {
      await this.current.driver.reset();
      return this.current.driver;
    }
    await this.close();
    const driver = new FirefoxDriver(options);
    await driver.start(true);
    this.current = { key, driver };
    return driver;
  }

  async close(): Promise<void> {
    await this.current?.driver.close();
    this.current = null;
  }
}
