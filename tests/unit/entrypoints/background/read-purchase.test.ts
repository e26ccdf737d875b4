import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { MAX_COPY_CHARS } from '@/entrypoints/background/read-page';
import { handleReadPurchase } from '@/entrypoints/background/read-purchase';
import { createDb } from '@/utils/db';
import { type PurchaseCopy, readPurchase } from '@/utils/overlay/read-purchase';

/**
 * Checkout pages are read in the extension: the overlay sends its page's body, the background
 * reads it (here with linkedom, as the tests' DOM) with the profile of the provider whose page
 * sent it, and answers that page only. Nothing is stored; anyone but a provider page's top frame
 * gets nothing.
 */

const EXT_ID = 'kigen-test-id';
const SHOP = 'https://shop.povo.jp/manage/order/confirm';
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromPage = (url: string, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: EXT_ID, url, frameId: 0, tab: tab(7), ...over });
const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const CHECKOUT = '<body><h1>ご購入内容の確認</h1><h3>データ追加3GB(30日間)</h3><p>お支払い金額 990円</p><button type="submit">購入する</button></body>';
const DONE = '<body><h1>注文完了</h1><table><tr><th>注文番号</th><td>40100000000012345</td></tr></table></body>';

let deps: HandlerDeps;
let copies: PurchaseCopy[];
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  copies = [];
  deps = {
    db: createDb(`read-purchase-${n++}`),
    now: () => NOW,
    extensionId: EXT_ID,
    extensionOrigin: `chrome-extension://${EXT_ID}/`,
    afterWrite: async () => undefined,
    readPurchase: async (copy) => {
      copies.push(copy);
      const { document } = parseHTML(`<!doctype html><html><head></head>${copy.html}</html>`);
      return readPurchase(document.body, new URL(copy.url), new Date(copy.now), copy.profile);
    },
  };
});

afterEach(() => vi.restoreAllMocks());

const stored = async () => [await deps.db.lines.count(), await deps.db.readings.count(), await deps.db.renewals.count()];

describe('a copy of a checkout page', () => {
  it('is read here, with the profile of the provider whose page sent it, and nothing is stored', async () => {
    const read = await handleReadPurchase(deps, { html: CHECKOUT, url: SHOP }, fromPage(SHOP));
    expect(read).toMatchObject({ onPurchasePage: true, confirmation: null, checkout: { dataMB: 3072, durationDays: 30, price: { amount: 990, currency: 'JPY' } } });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ url: SHOP, now: NOW, profile: { id: 'povo', timeZone: 'Asia/Tokyo' } });
    // Only what the reader needs of the profile goes with the copy.
    expect(Object.keys(copies[0]?.profile ?? {}).sort()).toEqual(['accountPages', 'checkoutPages', 'confirmationPages', 'id', 'timeZone', 'topUp']);
    expect(await stored()).toEqual([0, 0, 0]);
  });

  it('of a completed order gives the order', async () => {
    const read = await handleReadPurchase(deps, { html: DONE, url: SHOP }, fromPage(SHOP));
    expect(read?.confirmation?.orderNumber).toBe('40100000000012345');
    expect(await stored()).toEqual([0, 0, 0]);
  });

  it('is read at the address the page shows now, on the sender’s origin (a single-page shop moved)', async () => {
    // Firefox keeps the sender's first address after history.pushState.
    const account = 'https://shop.povo.jp/manage/order';
    expect(await handleReadPurchase(deps, { html: CHECKOUT, url: account }, fromPage(SHOP))).toMatchObject({ onPurchasePage: false });
    expect(copies[0]?.url).toBe(account);
  });

  it('that the reader fails on gives nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    deps.readPurchase = async () => {
      throw new TypeError('the offscreen reader failed: no answer');
    };
    expect(await handleReadPurchase(deps, { html: CHECKOUT, url: SHOP }, fromPage(SHOP))).toBeNull();
  });

  it.each([
    ['a page of another host', { html: CHECKOUT, url: 'https://evil.example/manage/order/confirm' }, fromPage('https://evil.example/manage/order/confirm')],
    ['a page naming the provider’s address', { html: CHECKOUT, url: SHOP }, fromPage('https://evil.example/manage/order/confirm')],
    ['a provider page naming another origin', { html: CHECKOUT, url: 'https://evil.example/' }, fromPage(SHOP)],
    ['a provider page naming no address', { html: CHECKOUT, url: 'confirm' }, fromPage(SHOP)],
    ['a frame', { html: CHECKOUT, url: SHOP }, fromPage(SHOP, { frameId: 2 })],
    ['another extension', { html: CHECKOUT, url: SHOP }, fromPage(SHOP, { id: 'other' })],
    ['no tab', { html: CHECKOUT, url: SHOP }, { id: EXT_ID, url: SHOP, frameId: 0 }],
    ['plain http', { html: CHECKOUT, url: 'http://shop.povo.jp/manage/order/confirm' }, fromPage('http://shop.povo.jp/manage/order/confirm')],
    ['a message naming a provider', { html: CHECKOUT, url: SHOP, provider: 'iijmio' }, fromPage(SHOP)],
    ['no copy', { url: SHOP }, fromPage(SHOP)],
    ['no address', { html: CHECKOUT }, fromPage(SHOP)],
    ['a copy over the size limit', { html: CHECKOUT.padEnd(MAX_COPY_CHARS + 1, ' '), url: SHOP }, fromPage(SHOP)],
  ])('is refused from %s, unread', async (_, data, sender) => {
    expect(await handleReadPurchase(deps, data, sender)).toBeNull();
    expect(copies).toEqual([]);
  });
});
