import type { Page as PwPage } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import { expect, tid } from './driver';
import type { Driver, TestPage } from './driver';

/**
 * Teaching a page in the real browsers: granting one site as the user would, and working the
 * picker's panel, an extension page framed inside a closed shadow root (the page cannot reach it;
 * the test reaches it as a frame of the tab).
 */

/** A reseller dashboard on its own domain (zh-CN), and later versions of it. */
export const RESELLER = 'https://www.riben-baohao.example';
export const RESELLER_URL = `${RESELLER}/user/card/07000001234`;

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>我的保号卡 - 日本保号</title>
<style>body{font:15px sans-serif;margin:0}header{background:#c00;color:#fff;padding:12px}main{padding:16px;max-width:640px}.lbl{color:#666;margin-right:12px}</style>
</head><body><header class="css-1q2w3e">日本保号 · 会员中心</header><main class="sc-AxjAm">${body}</main>
<footer>客服微信：baohao-kefu · 常见问题</footer></body></html>`;

export const RESELLER_V1 = page(`
<section class="card-x1"><h2 class="jsx-31">我的日本保号卡</h2>
<div class="row-9f"><span class="lbl lbl-7a">手机号码</span><span class="val-2b" id="phone">070-0000-1234</span></div>
<div class="row-9f"><span class="lbl lbl-7a">套餐名称</span><span class="val-2b" id="plan">保号月租 8元</span></div>
<div class="row-9f"><span class="lbl lbl-7a">下单日期</span><span class="val-2b">2026-11-02</span></div>
<div class="row-9f"><span class="lbl lbl-7a">号码有效期</span><span class="val-2b" id="expiry">2027-03-31</span></div>
<div class="row-9f"><span class="lbl lbl-7a">剩余流量</span><span class="val-2b" id="data"><b>1</b>.5 GB</span></div>
</section>`);

/** The same data after a redesign: new class names, extra wrappers, a list and a table. */
export const RESELLER_V2 = page(`
<div class="Banner_x7Yq1">活动：2026-12-10 前续费 9 折</div>
<div class="wrap-aa1"><div class="inner-bb2"><section class="CardPanel__root-3kd"><h2 class="jsx-0001">我的日本保号卡</h2>
<ul class="list-q1">
<li><div><span class="k-1">号码有效期</span><div class="v-9"><time>2027-04-30</time></div></div></li>
<li><div><span class="k-1">手机号码</span><div class="v-9">070-0000-1234</div></div></li>
<li><div><span class="k-1">套餐名称</span><div class="v-9">保号月租 8元</div></div></li>
<li><div><span class="k-1">下单日期</span><div class="v-9">2026-12-01</div></div></li>
</ul>
<table><tr><th>剩余流量</th><td><span>900</span> MB</td></tr></table>
</section></div></div>`);

/** The expiry is gone from the page (a maintenance notice in its place). */
export const RESELLER_V3 = RESELLER_V2.replace(/<li><div><span class="k-1">号码有效期<\/span>.*?<\/li>/s, '<li>系统维护中，有效期暂时无法显示</li>');

/**
 * An IIJmio member page whose table shows last month's figures; this month's data left is in a
 * note below it. The built-in reader takes the table's 5GB, a wrong value the user corrects.
 */
export const IIJMIO_MEMBER = 'https://www.iijmio.jp/member/';
export const IIJMIO_MISREAD = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会員専用ページ | IIJmio</title></head><body>
<header>IIJmio 会員専用ページ</header><main><section><h2>ご利用状況</h2>
<table><tr><th>電話番号</th><td id="num">090-0000-5678</td></tr><tr><th>プラン</th><td>ギガプラン 5GB</td></tr>
<tr><th>有効期限</th><td id="exp">2026年12月31日</td></tr><tr><th>データ残量</th><td id="rem">5GB</td></tr></table>
<p class="note">※ 上記は前月分です。当月の残量：<span id="real">2.1GB</span>（有効期限 <span id="realexp">2027年1月31日</span>）</p>
</section></main></body></html>`;

/** Grants the one site as the user would in the prompt (Chromium: the extensions page's site access). */
export async function grantSite(driver: Driver, site: string): Promise<void> {
  if (driver.browser === 'firefox') return; // the spec's Firefox profile accepts optional permissions without a prompt
  const tab = await driver.newPage();
  await tab.goto('chrome://extensions/');
  const added = await tab.evaluate(
    async ({ id, pattern }) => {
      const dp = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome
        .developerPrivate;
      await dp.addHostPermission(id, pattern);
      return true;
    },
    { id: driver.extensionId, pattern: `${site}/*` },
  );
  if (!added) throw new Error('site not granted');
  await tab.close();
}

/** What the test needs of a frame; Playwright's and puppeteer's both have it. */
interface AnyFrame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate(source: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  selectOption?(selector: string, value: string): Promise<unknown>;
  select?(selector: string, value: string): Promise<unknown>;
}

/**
 * The picker's panel frame in `tab`, or null while it is not there. Puppeteer over BiDi may still
 * report an extension frame's first address (about:blank), so the frame is asked where it is.
 */
async function panelFrame(tab: TestPage): Promise<AnyFrame | null> {
  const raw = (tab as unknown as { page: PwPage | PpPage }).page;
  for (const f of raw.frames() as unknown as AnyFrame[]) {
    try {
      if (f.url().includes('/picker.html')) return f;
      // A frame that went away meanwhile throws at once in puppeteer (not a rejected promise).
      const href = await f.evaluate(() => location.href, undefined).catch(() => '');
      if (href.includes('/picker.html')) return f;
    } catch {
      continue;
    }
  }
  return null;
}

/** The picker's panel, worked as a user would (clicks and choices inside the frame). */
export class Panel {
  constructor(private readonly tab: TestPage) {}

  private async frame(): Promise<AnyFrame> {
    const end = Date.now() + 10_000;
    for (;;) {
      const f = await panelFrame(this.tab);
      if (f && (await f.evaluate(() => document.querySelector('.picker') !== null, undefined).catch(() => false))) return f;
      if (Date.now() > end) throw new Error('no picker panel');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** The value of the option of `selector` whose text contains `text`. */
  async optionValue(selector: string, text: string): Promise<string> {
    const f = await this.frame();
    return f.evaluate(
      ({ s, x }: { s: string; x: string }) =>
        [...(document.querySelector(s) as HTMLSelectElement).options].find((o) => o.textContent?.includes(x))?.value ?? '-1',
      { s: selector, x: text },
    );
  }

  async open(): Promise<boolean> {
    return (await panelFrame(this.tab)) !== null;
  }

  async text(selector: string): Promise<string | null> {
    const f = await this.frame();
    return f.evaluate((s: string) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, selector);
  }

  async click(selector: string): Promise<void> {
    const f = await this.frame();
    await f.click(selector);
  }

  /**
   * "Close" after saving. The panel's frame goes away during the click, which a real click
   * would wait on until it times out; a DOM click in the frame is enough for a button.
   */
  async close(): Promise<void> {
    const f = await this.frame();
    await f.evaluate(() => (document.querySelector('button.primary') as HTMLButtonElement | null)?.click(), undefined).catch(() => undefined);
  }

  async select(selector: string, value: string): Promise<void> {
    const f = await this.frame();
    if (f.selectOption) await f.selectOption(selector, value);
    else await f.select?.(selector, value);
  }

  /** axe-core inside the panel: serious and critical violations. */
  async axe(source: string): Promise<string[]> {
    const f = await this.frame();
    await f.evaluate(source);
    return f.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    }, undefined);
  }
}

export interface Stored {
  lines: Array<{ id: string; provider: string; lineId: string | null; settings: { kind?: string } }>;
  readings: Array<{ lineId: string; expiresAt: number | null; remainingMB: number | null; plan: string | null }>;
}

/** Kigen's lines and readings, read in an extension context (the popup's raw IndexedDB reads). */
export async function stored(driver: Driver): Promise<Stored> {
  return driver.ext(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('kigen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['lines', 'readings'], 'readonly');
          const lines = tx.objectStore('lines').getAll();
          const readings = tx.objectStore('readings').getAll();
          tx.oncomplete = () => resolve({ lines: lines.result, readings: readings.result });
        };
      }),
  );
}

/** Opens the popup for `tab` as a page (the test cannot click the toolbar button). */
export async function popupFor(driver: Driver, tab: TestPage, site: string): Promise<TestPage> {
  return driver.openExtensionPage(`popup.html?tab=${await tab.tabId()}&site=${encodeURIComponent(site)}`);
}

/**
 * "Read this page" in the popup; in Firefox it asks from a tab, which the test clicks through.
 * Returns the page that asked for the site (Chromium: the popup; Firefox: the grant tab).
 */
export async function readThisPage(driver: Driver, tab: TestPage, site: string): Promise<TestPage> {
  const popup = await popupFor(driver, tab, site);
  await expect.poll(() => popup.text(tid('teach-button'))).toBe('Read this page');
  await popup.click(tid('teach-button'));
  if (driver.browser === 'chromium') return popup;
  const grant = await driver.openExtensionPage(`grant.html?tab=${await tab.tabId()}&site=${encodeURIComponent(site)}`);
  await grant.click(tid('grant-button'));
  return grant;
}
