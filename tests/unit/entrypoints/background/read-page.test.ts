import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { setupInject } from '@/entrypoints/background/inject';
import { MAX_COPY_CHARS, handleReadPage } from '@/entrypoints/background/read-page';
import { handleGetTabStatus } from '@/entrypoints/background/tab-status';
import { createDb } from '@/utils/db';
import { lookAtPage } from '@/utils/extract/look';
import type { PageCopy } from '@/utils/extract/read-copy';

/**
 * Pages are read in the extension, from copies: the account script sends its page's HTML, the
 * background reads it (here with linkedom, as the tests' DOM), stores what it reads, says on the
 * toolbar why it read nothing, brings the overlay to a checkout, and refuses copies from anyone
 * but a provider page's top frame.
 */

const EXT_ID = 'kigen-test-id';
const MEMBER = 'https://www.iijmio.jp/member/';
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromPage = (url: string, tabId = 7, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: EXT_ID, url, frameId: 0, tab: tab(tabId), ...over });
const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const page = (body: string) => `<!doctype html><html lang="ja"><head><title>会員ページ</title></head><body>${body}</body></html>`;
const STATUS = page('<h1>ご利用状況</h1><table><tr><th>電話番号</th><td>090-1234-5678</td></tr><tr><th>データ残量</th><td>3.2GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>');
const NOTHING = page('<h1>お知らせ</h1><p>メンテナンスのお知らせです。</p>');
const CHECKOUT = page('<h1>ご購入内容の確認</h1><p>トッピング データ追加 1GB</p><p>合計 390円（税込）</p><button type="submit">購入する</button>');

let deps: HandlerDeps;
let injected: Array<{ tabId: number; files: string[] }>;
let copies: PageCopy[];
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  copies = [];
  // WXT's fake browser has no scripting: the browser's part.
  Object.assign(fakeBrowser, {
    scripting: { executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => void injected.push({ tabId: target.tabId, files }) },
  });
  deps = {
    db: createDb(`read-page-${n++}`),
    now: () => NOW,
    extensionId: EXT_ID,
    extensionOrigin: `chrome-extension://${EXT_ID}/`,
    afterWrite: async () => undefined,
    readCopy: async (copy) => {
      copies.push(copy);
      return lookAtPage(parseHTML(copy.html).document, new URL(copy.url), new Date(copy.now), copy.profile);
    },
  };
});

afterEach(() => vi.restoreAllMocks());

const lines = () => deps.db.lines.toArray();
const status = (tabId = 7) => handleGetTabStatus(deps, { tabId }, { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` });

describe('a copy of a provider page', () => {
  it('is read here: its line is stored, the tab marked read, and no more copies asked for', async () => {
    expect(await handleReadPage(deps, { provider: 'iijmio', html: STATUS, url: MEMBER }, fromPage(MEMBER))).toEqual({ look: 'done' });
    const [line] = await lines();
    expect(line).toMatchObject({ provider: 'iijmio' });
    const [reading] = await deps.db.readings.toArray();
    expect(reading).toMatchObject({ remainingMB: 3.2 * 1024, expiresAt: Date.parse('2026-12-31T23:59:59+09:00'), sourceUrl: MEMBER });
    expect(await status()).toMatchObject({ state: 'read', provider: 'iijmio' });
    // Read at the sender's address and the background's clock, with the provider's profile.
    expect(copies[0]).toMatchObject({ url: MEMBER, now: NOW, profile: { id: 'iijmio' } });
  });

  it('is read at the address the page shows now, on the sender’s origin (a single-page site moved)', async () => {
    // Firefox keeps the sender's first address after history.pushState.
    const moved = 'https://www.iijmio.jp/member/usage/';
    expect(await handleReadPage(deps, { provider: 'iijmio', html: STATUS, url: moved }, fromPage(MEMBER))).toEqual({ look: 'done' });
    expect(copies[0]?.url).toBe(moved);
    const [reading] = await deps.db.readings.toArray();
    expect(reading?.sourceUrl).toBe(moved);
  });

  it('with nothing to read says why on the toolbar and asks for the next copy', async () => {
    expect(await handleReadPage(deps, { provider: 'iijmio', html: NOTHING, url: MEMBER }, fromPage(MEMBER))).toEqual({ look: 'more' });
    expect(await lines()).toEqual([]);
    expect(await status()).toMatchObject({ state: 'unread', pageKind: 'other', reason: expect.stringContaining('no plan status') });
  });

  it('of a checkout brings the overlay, once per page load', async () => {
    setupInject();
    const shop = 'https://shop.povo.jp/somewhere/new';
    expect(await handleReadPage(deps, { provider: 'povo', html: CHECKOUT, url: shop }, fromPage(shop))).toEqual({ look: 'done' });
    expect(await handleReadPage(deps, { provider: 'povo', html: CHECKOUT, url: shop }, fromPage(shop))).toEqual({ look: 'done' });
    expect(injected).toEqual([{ tabId: 7, files: ['/content-scripts/checkout.js'] }]);
    // A new page load in the tab may have it again.
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, tab(7) as never);
    await vi.waitFor(async () => {
      await handleReadPage(deps, { provider: 'povo', html: CHECKOUT, url: shop }, fromPage(shop));
      expect(injected).toHaveLength(2);
    });
  });

  it('that the reader fails on: nothing stored, the toolbar says so, and no more copies', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    deps.readCopy = async () => {
      throw new TypeError('card.className.split is not a function');
    };
    expect(await handleReadPage(deps, { provider: 'iijmio', html: STATUS, url: MEMBER }, fromPage(MEMBER))).toEqual({ look: 'stop' });
    expect(await lines()).toEqual([]);
    expect(await status()).toMatchObject({ state: 'unread', reason: expect.stringContaining('could not read') });
  });

  it.each([
    ['a page of another host', { provider: 'iijmio', html: STATUS, url: 'https://evil.example/member/' }, fromPage('https://evil.example/member/')],
    ['a page of another host naming the provider’s address', { provider: 'iijmio', html: STATUS, url: MEMBER }, fromPage('https://evil.example/member/')],
    ['a provider page naming another origin', { provider: 'iijmio', html: STATUS, url: 'https://evil.example/member/' }, fromPage(MEMBER)],
    ['a provider page naming no address', { provider: 'iijmio', html: STATUS }, fromPage(MEMBER)],
    ['a host of another provider', { provider: 'iijmio', html: STATUS, url: 'https://shop.povo.jp/home' }, fromPage('https://shop.povo.jp/home')],
    ['a frame', { provider: 'iijmio', html: STATUS, url: MEMBER }, fromPage(MEMBER, 7, { frameId: 2 })],
    ['another extension', { provider: 'iijmio', html: STATUS, url: MEMBER }, fromPage(MEMBER, 7, { id: 'other' })],
    ['no tab', { provider: 'iijmio', html: STATUS, url: MEMBER }, { id: EXT_ID, url: MEMBER, frameId: 0 }],
    ['plain http', { provider: 'iijmio', html: STATUS, url: 'http://www.iijmio.jp/member/' }, fromPage('http://www.iijmio.jp/member/')],
    ['an unknown provider', { provider: 'nobody', html: STATUS, url: MEMBER }, fromPage(MEMBER)],
    ['a malformed message', { provider: 'iijmio', html: STATUS, url: MEMBER, extra: 1 }, fromPage(MEMBER)],
    ['no copy', { provider: 'iijmio', url: MEMBER }, fromPage(MEMBER)],
    ['a copy over the size limit', { provider: 'iijmio', html: STATUS.padEnd(MAX_COPY_CHARS + 1, ' '), url: MEMBER }, fromPage(MEMBER)],
  ])('is refused from %s, unread', async (_, data, sender) => {
    expect(await handleReadPage(deps, data, sender)).toEqual({ look: 'stop' });
    expect(copies).toEqual([]);
    expect(await lines()).toEqual([]);
    expect(injected).toEqual([]);
  });
});
