import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { extensionId as findExtensionId, launchWithExtension } from './chromium';
import { demoHtml, demoPageFor } from './demo-pages';
import type { Box, Driver, ExtensionApi, LaunchOptions, SeenRequest, Server, ShadowView, ShownNotification, TestPage } from './driver';
import { type Answer, type Query, callSource, pageQuery, toCss } from './page-query';
import { CdpShadow } from './shadow-cdp';

/**
 * The driver (driver.ts) in Chromium through Playwright: a fresh persistent profile per test,
 * the extension's MV3 service worker as its extension context, the DevTools protocol where the
 * page cannot see (closed shadow roots, stopping the worker).
 */

const ACTION_TIMEOUT = 10_000;

class ChromiumPage implements TestPage {
  readonly browser = 'chromium' as const;
  constructor(
    readonly page: Page,
    private readonly tabOf: (page: Page) => Promise<number>,
  ) {}

  private query<T extends Answer>(q: Query): Promise<T> {
    return this.page.evaluate(pageQuery, q) as Promise<T>;
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  async url() {
    return this.page.url();
  }
  async waitForUrl(pattern: RegExp, timeoutMs = ACTION_TIMEOUT) {
    await this.page.waitForURL(pattern, { timeout: timeoutMs });
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

  /** The element an action targets, once it is there (up to 10 s). */
  private async target(selector: string, options: { hasText?: string; nth?: number } = {}) {
    const q: Query = { selector, what: 'pick', ...options };
    await this.page.waitForFunction((query) => (pageQuery(query) as number) >= 0, q, { timeout: ACTION_TIMEOUT }).catch(() => undefined);
    const index = await this.query<number>(q);
    if (index < 0) throw new Error(`not found: ${selector} ${options.hasText ?? ''}`);
    return this.page.locator(toCss(selector)).nth(index);
  }
  async click(selector: string, options: { hasText?: string; nth?: number } = {}) {
    await (await this.target(selector, options)).click({ timeout: ACTION_TIMEOUT });
  }
  async fill(selector: string, value: string) {
    await (await this.target(selector)).fill(value, { timeout: ACTION_TIMEOUT });
  }
  async select(selector: string, value: string) {
    await (await this.target(selector)).selectOption(value, { timeout: ACTION_TIMEOUT });
  }
  async press(key: string) {
    await this.page.keyboard.press(key);
  }
  async mouseClick(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }
  async setInputFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer } | string) {
    await (await this.target(selector)).setInputFiles(file, { timeout: ACTION_TIMEOUT });
  }
  async download(selector: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.click(selector)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8'), path: file };
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg);
  }
  evaluateScript(source: string) {
    return this.page.evaluate(source);
  }
  async frameCount() {
    return this.page.frames().length;
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async colorScheme(scheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme: scheme });
  }
  async screenshot(file: string, options: { fullPage?: boolean } = {}) {
    await this.page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  }
  tabId() {
    return this.tabOf(this.page);
  }
  shadow(hostSelector: string): ShadowView {
    return new CdpShadow(this.page, hostSelector);
  }
}

class ChromiumDriver implements Driver {
  readonly browser = 'chromium' as const;
  extensionId = '';
  firstRunOpened = false;
  private context!: BrowserContext;
  private readonly servers: Server[] = [];
  private readonly seen: SeenRequest[] = [];

  constructor(
    private readonly profile: string,
    private readonly options: LaunchOptions,
  ) {}

  async start(): Promise<void> {
    this.context = await launchWithExtension(this.profile, true, this.options.timezone);
    this.extensionId = await findExtensionId(this.context);
    if (!this.firstRunOpened) this.firstRunOpened = await this.closeFirstRun();
    this.context.on('request', (r) => this.seen.push({ url: r.url(), from: r.serviceWorker() ? 'extension' : 'page' }));
    await this.context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      async (route) => {
        const html = this.answer(new URL(route.request().url()));
        if (html === undefined) return route.abort('blockedbyclient');
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      },
    );
  }

  /** Waits (up to 10 s) for the first-run tab a fresh install opens, and closes it. */
  private async closeFirstRun(): Promise<boolean> {
    const welcome = this.extensionUrl('welcome.html');
    for (let i = 0; i < 100; i++) {
      const page = this.context.pages().find((p) => p.url() === welcome);
      if (page) {
        await page.close();
        return true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  private answer(url: URL): string | undefined {
    for (const server of [...this.servers].reverse()) {
      const html = server(url);
      if (html !== undefined) return html;
    }
    const demo = demoPageFor(url.href);
    return demo ? demoHtml(demo) : undefined;
  }

  /** The service worker (Playwright keeps one handle across a stop and restart). */
  private async worker(): Promise<Worker> {
    for (let i = 0; i < 150; i++) {
      const ours = this.context.serviceWorkers().filter((w) => w.url().includes(this.extensionId));
      const last = ours[ours.length - 1];
      if (last) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no running service worker');
  }

  extensionUrl(file: string) {
    return `chrome-extension://${this.extensionId}/${file}`;
  }
  private wrap(page: Page): TestPage {
    return new ChromiumPage(page, async (p) => {
      await p.bringToFront();
      return this.ext(async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
    });
  }
  async newPage() {
    return this.wrap(await this.context.newPage());
  }
  async openExtensionPage(file: string) {
    const page = await this.context.newPage();
    await page.goto(this.extensionUrl(file));
    return this.wrap(page);
  }
  serve(server: Server) {
    this.servers.push(server);
  }
  async ext<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.worker()).evaluate(callSource(fn, 'chrome', arg)) as Promise<R>;
  }
  async inBackground<R, A = undefined>(fn: (scope: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.worker()).evaluate(callSource(fn, 'globalThis', arg)) as Promise<R>;
  }
  alarms() {
    return this.ext(async (api) => (await api.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime })));
  }
  async fireAlarm(name: string, inMs = 300) {
    await this.ext((api, a) => api.alarms.create(a.name, { when: Date.now() + a.inMs }), { name, inMs });
  }
  badge(tabId: number) {
    return this.ext((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
  }
  async recordNotifications() {
    // Chrome's notifications.getAll() gives ids only: keep what the background asked to show.
    await this.inBackground((scope) => {
      const s = scope as unknown as { kigenShown?: Record<string, string>; chrome: typeof chrome };
      if (s.kigenShown) return;
      const shown: Record<string, string> = {};
      s.kigenShown = shown;
      const create = s.chrome.notifications.create.bind(s.chrome.notifications);
      (s.chrome.notifications as unknown as { create: unknown }).create = (id: string, options: { title: string; message: string }) => {
        shown[id] = `${options.title} ${options.message}`;
        return create(id, options as never);
      };
    });
  }
  async notifications(): Promise<ShownNotification[]> {
    return this.inBackground(async (scope) => {
      const s = scope as unknown as { kigenShown?: Record<string, string>; chrome: typeof chrome };
      return Object.keys(await s.chrome.notifications.getAll()).map((id) => ({ id, text: s.kigenShown?.[id] ?? null }));
    });
  }
  private async cdp() {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    return this.context.newCDPSession(page);
  }
  async stopBackground() {
    const cdp = await this.cdp();
    const ours = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(this.extensionId));
    for (const target of await ours()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    for (let i = 0; i < 100 && (await ours()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await cdp.detach();
  }
  async backgroundRunning() {
    const cdp = await this.cdp();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(this.extensionId));
  }
  async restart(whileClosed?: () => Promise<void>) {
    await this.context.close();
    await whileClosed?.();
    await this.start();
  }
  requests() {
    return [...this.seen];
  }
  async answerPermissionPrompt(): Promise<string> {
    throw new Error('Chromium’s permission prompt is a native dialog: no test can answer it (see teach-denied.firefox.spec.ts)');
  }
  async close() {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A fresh profile with the production build (.output/chrome-mv3) loaded. */
export async function launchChromiumDriver(options: LaunchOptions): Promise<Driver & { close(): Promise<void> }> {
  const driver = new ChromiumDriver(mkdtempSync(path.join(os.tmpdir(), 'kigen-e2e-')), options);
  await driver.start();
  return driver;
}
