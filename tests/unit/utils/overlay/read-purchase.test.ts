import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { readPurchase, readPurchaseCopy } from '@/utils/overlay/read-purchase';
import { extractPage } from '@/utils/extract';
import type { ExtractResult } from '@/utils/extract/types';
import { getProvider } from '@/utils/providers';
import { READING_PROFILES } from '@/utils/providers/reading';

/**
 * The overlay's purchase reader must give exactly what the full extractor gives for every saved
 * checkout and confirmation page (it runs the same readers, minus the account reading). Whether
 * those answers are right is the extractor's own fixture test.
 */

const DIR = path.resolve(import.meta.dirname, '../../../fixtures/pages');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

interface Fixture {
  url: string;
  now: string;
  expected: ExtractResult;
}

const purchasePages = files(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({ file: f, fixture: JSON.parse(readFileSync(f, 'utf8')) as Fixture }))
  .filter(({ fixture }) => fixture.expected.provider && (fixture.expected.checkout || fixture.expected.confirmation));

describe('readPurchase on the saved fixture pages', () => {
  it('has checkout and confirmation pages of several providers to run on', () => {
    expect(purchasePages.length).toBeGreaterThanOrEqual(10);
    expect(new Set(purchasePages.map((p) => p.fixture.expected.provider)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(purchasePages.map((p) => [path.relative(DIR, p.file), p] as const))('%s', (_, { file, fixture }) => {
    const profile = getProvider(fixture.expected.provider ?? '');
    if (!profile) throw new Error(`no profile for ${fixture.expected.provider}`);
    const { document } = parseHTML(readFileSync(file.replace(/\.expected\.json$/, '.html'), 'utf8'));
    const url = new URL(fixture.url);
    const now = new Date(fixture.now);
    const full = extractPage(document, url, now, READING_PROFILES);
    const read = readPurchase(document, url, now, profile);
    expect(read.onPurchasePage).toBe(true);
    expect(read.checkout).toEqual(full.checkout);
    expect(read.confirmation).toEqual(full.confirmation);
    expect(read.checkout !== null || read.confirmation !== null).toBe(true);
  });
});

describe('readPurchaseCopy: the overlay sends its page’s body, read again in the extension', () => {
  it.each(purchasePages.map((p) => [path.relative(DIR, p.file), p] as const))('%s reads as the page itself', (_, { file, fixture }) => {
    vi.stubGlobal('DOMParser', DOMParser);
    const profile = getProvider(fixture.expected.provider ?? '');
    if (!profile) throw new Error(`no profile for ${fixture.expected.provider}`);
    const { document } = parseHTML(readFileSync(file.replace(/\.expected\.json$/, '.html'), 'utf8'));
    const url = new URL(fixture.url);
    const now = new Date(fixture.now);
    // What entrypoints/checkout.content sends: the body's HTML (liveBody marks the picked options in it).
    const copy = { html: document.body.outerHTML, url: url.href, now: now.getTime(), profile };
    expect(readPurchaseCopy(copy)).toEqual(readPurchase(document, url, now, profile));
    vi.unstubAllGlobals();
  });
});

describe('page kind', () => {
  const povo = getProvider('povo');
  const html = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

  it('sees an order completed in place on a checkout URL (single-page shops)', () => {
    if (!povo) throw new Error('no povo profile');
    const doc = html('<h1>注文完了</h1><table><tr><th>注文番号</th><td>40100000000012345</td></tr></table>');
    const read = readPurchase(doc, new URL('https://shop.povo.jp/manage/order/confirm'), new Date(), povo);
    expect(read.confirmation?.orderNumber).toBe('40100000000012345');
    expect(read.checkout).toBeNull();
  });

  it('does not take a progress bar’s last step (購入完了) for a completed order', () => {
    if (!povo) throw new Error('no povo profile');
    const doc = html('<ol><li>トッピング選択</li><li>内容確認</li><li>購入完了</li></ol><h3>データ追加3GB(30日間)</h3><p>お支払い金額 990円</p>');
    const read = readPurchase(doc, new URL('https://shop.povo.jp/manage/order/confirm'), new Date(), povo);
    expect(read.confirmation).toBeNull();
    expect(read.checkout).not.toBeNull();
  });

  // Airalo's confirmation path (/order/…) is guessed; an order summary can live there too.
  const airaloSummary = (done: string) =>
    html(`${done}<h3>Order summary</h3><div><span>Moshi Moshi 5 GB - 30 Days</span><span>$13.00</span></div>
      <div><span>Airmoney</span><span>-$1.30</span></div><div><span>Total</span><span>$11.70 USD</span></div>
      <button type="button">COMPLETE ORDER</button>`);

  it('reads a checkout at a guessed confirmation path when the page asks for payment', () => {
    const airalo = getProvider('airalo');
    if (!airalo) throw new Error('no airalo profile');
    const url = new URL('https://www.airalo.com/order/summary?package=moshi-moshi-30days-5gb');
    const read = readPurchase(airaloSummary(''), url, new Date(), airalo);
    expect(read.confirmation).toBeNull();
    expect(read.checkout?.price).toEqual({ amount: 11.7, currency: 'USD' });
    expect(extractPage(airaloSummary(''), url, new Date(), READING_PROFILES).pageKind).toBe('checkout');
    // (Once the order went through, the same path confirms it.)
    expect(readPurchase(airaloSummary('<h1>Thank you for your order!</h1>'), url, new Date(), airalo).confirmation).not.toBeNull();
  });

  it('reads nothing on a page that is neither', () => {
    if (!povo) throw new Error('no povo profile');
    const doc = html('<h1>契約管理</h1><p>注文完了までの流れについて詳しくはFAQをご覧ください。ご不明な点はサポートまでお問い合わせください。</p>');
    expect(readPurchase(doc, new URL('https://shop.povo.jp/manage/order'), new Date(), povo)).toEqual({
      onPurchasePage: false,
      checkout: null,
      confirmation: null,
    });
  });
});
