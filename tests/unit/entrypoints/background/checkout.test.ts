import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleGetCheckoutContext, handleHideOverlay, handleSubmitCapture } from '@/entrypoints/background/checkout';
import { SEEN_CHECKOUT_MS } from '@/entrypoints/background/checkout-seen';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { notReflectedNotice } from '@/entrypoints/background/renewal-notice';
import { OVERLAY_KEYS } from '@/utils/overlay/keys';
import { type KigenDB, createDb } from '@/utils/db';
import type { CheckoutInfo, ConfirmationInfo } from '@/utils/extract/types';
import type { CapturePayload } from '@/utils/messaging/protocol';
import { makeReminderKey } from '@/utils/reminders/schedule';
import { DEFAULT_SETTINGS, overlayHiddenItem, settingsItem } from '@/utils/settings';
import { addZonedDays, endOfZonedDay } from '@/utils/time';
import { saveReading } from '@/utils/store/lines';

const EXT_ID = 'kigen-test-id';
const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const HOUR = 3600 * 1000;
const CHARGE = 'https://www.iijmio.jp/service/setup/hdd/charge/';
const COMPLETE = 'https://www.iijmio.jp/service/setup/hdd/charge/complete';

const fromPage = (url: string, over: Partial<Runtime.MessageSender> = {}, tabId = 7): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  ...over,
});

const checkout = (over: Partial<CheckoutInfo> = {}): CheckoutInfo => ({
  product: '追加クーポン 1GB',
  dataMB: 1024,
  durationDays: null,
  unlimited: false,
  price: { amount: 220, currency: 'JPY' },
  ...over,
});

const confirmation = (over: Partial<ConfirmationInfo> = {}): ConfirmationInfo => ({
  orderNumber: 'A-2026-0001',
  product: '追加クーポン 1GB',
  price: { amount: 220, currency: 'JPY' },
  ...over,
});

let db: KigenDB;
let deps: HandlerDeps;
let clock: number;
let n = 0;

const read = (provider: string, line: string, at: number, remainingMB: number, expiresAt = NOW + 5 * 24 * HOUR) =>
  saveReading(db, provider, line, {
    at,
    expiresAt,
    remainingMB,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan: 'ギガプラン',
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://example.invalid/',
    source: 'page',
  });

beforeEach(() => {
  fakeBrowser.reset();
  db = createDb(`checkout-${n++}`);
  clock = NOW;
  deps = {
    db,
    now: () => clock,
    extensionId: EXT_ID,
    extensionOrigin: `chrome-extension://${EXT_ID}/`,
    afterWrite: vi.fn(async () => undefined),
  };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const context = (data: unknown, sender = fromPage(CHARGE)) => handleGetCheckoutContext(deps, data, sender);
const capture = (data: CapturePayload | Record<string, unknown>, sender = fromPage(COMPLETE)) =>
  handleSubmitCapture(deps, data, sender);

describe('getCheckoutContext', () => {
  it('gives the lines of the page’s own provider only, newest reading first, with the overlay texts', async () => {
    await read('iijmio', '090-1234-5678', NOW - 2 * HOUR, 7475.2);
    await read('iijmio', '080-0000-1111', NOW - HOUR, 512);
    await read('povo', '070-9999-0000', NOW - 60_000, 3000);
    await db.lines.update('iijmio:09012345678', { label: 'Phone', settings: { muted: false, autoRenew: true } });

    const ctx = await context({ checkout: null });
    expect(ctx.refused).toBe('');
    expect(ctx.lines.map((l) => l.shownId)).toEqual(['080-0000-1111', '090-1234-5678']);
    expect(JSON.stringify(ctx)).not.toContain('070-9999-0000');
    expect(ctx.lines[1]).toMatchObject({
      lineId: 'iijmio:09012345678',
      label: 'Phone',
      remainingMB: 7475.2,
      totalMB: 10240,
      expiresAt: NOW + 5 * 24 * HOUR,
      readAt: NOW - 2 * HOUR,
      autoRenew: true,
      plan: 'ギガプラン',
    });
    expect(Object.keys(ctx.texts).sort()).toEqual([...OVERLAY_KEYS].sort());
    expect(ctx.language).toBe('en');
    expect(ctx.texts.overlay_title).toBe('Kigen · before you pay');
    expect(ctx.providerName).toBe('IIJmio');
    expect(ctx.profile).toMatchObject({ id: 'iijmio', timeZone: 'Asia/Tokyo', topUp: { model: 'monthlyAddOn' } });
  });

  it('on another provider’s checkout page gives that provider’s lines, never these', async () => {
    await read('iijmio', '090-1234-5678', NOW - 2 * HOUR, 7475.2);
    await read('povo', '070-9999-0000', NOW - HOUR, 3000);
    const ctx = await context({ checkout: null }, fromPage('https://shop.povo.jp/manage/order/confirm'));
    expect(ctx.profile?.id).toBe('povo');
    expect(ctx.lines.map((l) => l.shownId)).toEqual(['070-9999-0000']);
    expect(JSON.stringify(ctx)).not.toContain('090-1234-5678');
  });

  it('writes in the language chosen in settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, language: 'zh-TW' });
    const ctx = await context({ checkout: null });
    expect(ctx.language).toBe('zh-TW');
    expect(ctx.texts.overlay_after).toBe('購買後');
  });

  it.each([
    ['a host of no provider', fromPage('https://shop.example.com/service/setup/hdd/charge/')],
    ['a lookalike host', fromPage('https://www.iijmio.jp.evil.example/service/setup/hdd/charge/')],
    ['an iframe', fromPage(CHARGE, { frameId: 2 })],
    ['plain http', fromPage('http://www.iijmio.jp/service/setup/hdd/charge/')],
    // The overlay runs where the content says "checkout", anywhere in the provider's areas; a page of
    // its host outside them (the marketing site) is refused.
    ['a page of the provider’s host outside its account and shop areas', fromPage('https://www.iijmio.jp/campaign/')],
    ['another extension', fromPage(CHARGE, { id: 'someone-else' })],
    ['no tab', fromPage(CHARGE, { tab: undefined })],
  ])('refuses %s and hands out nothing', async (_, sender) => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    const ctx = await context({ checkout: null }, sender);
    expect(ctx.refused).not.toBe('');
    expect(ctx.refused).not.toMatch(/payload/);
    expect(ctx.profile).toBeNull();
    expect(ctx.lines).toEqual([]);
    expect(ctx.texts).toEqual({});
  });

  it.each([
    ['no checkout field', {}],
    ['a claim of another provider', { provider: 'povo', checkout: null }],
    ['extra fields', { checkout: null, lines: 'all' }],
    ['a bad checkout', { checkout: { ...checkout(), dataMB: -1 } }],
  ])('refuses a request with %s', async (_, data) => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    const ctx = await context(data);
    expect(ctx.refused).not.toBe('');
    expect(ctx.lines).toEqual([]);
  });
});

describe('submitCapture', () => {
  it('stores a pending paid renewal with the line’s last reading and the tab’s checkout', async () => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    await context({ checkout: checkout({ durationDays: 30 }) });
    clock += 5 * 60_000;
    const res = await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    expect(res).toEqual({ saved: true, outcome: 'saved', line: { label: null, shownId: '090-1234-5678' }, lineCount: 1 });
    const [renewal] = await db.renewals.toArray();
    expect(renewal).toMatchObject({
      lineId: 'iijmio:09012345678',
      at: clock,
      orderNumber: 'A-2026-0001',
      amount: 220,
      currency: 'JPY',
      product: '追加クーポン 1GB',
      method: 'checkout',
      status: 'pending',
      paid: true,
      expiresBefore: NOW + 5 * 24 * HOUR,
      remainingBefore: 7475.2,
      expectDays: 30,
      expectMB: 1024,
    });
    expect(deps.afterWrite).toHaveBeenCalledTimes(1);
  });

  it('does not use what another tab, or a stale visit, saw at checkout', async () => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    await context({ checkout: checkout({ durationDays: 30 }) }, fromPage(CHARGE, {}, 8));
    await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    expect((await db.renewals.toArray())[0]?.expectDays).toBeNull();

    await context({ checkout: checkout({ durationDays: 30 }) });
    clock += SEEN_CHECKOUT_MS + 1;
    await capture({ provider: 'iijmio', confirmation: confirmation({ orderNumber: 'A-2026-0002' }), checkout: null });
    expect((await db.renewals.toArray())[1]?.expectDays).toBeNull();
  });

  it('saves an order once, however often the confirmation page is shown', async () => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    clock += 60_000;
    const again = await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    expect(again.outcome).toBe('duplicate');
    expect(await db.renewals.count()).toBe(1);
    expect(deps.afterWrite).toHaveBeenCalledTimes(1);
  });

  it('records a bare "thank you" page once, with what the checkout said', async () => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    await context({ checkout: checkout() });
    const bare = confirmation({ orderNumber: null, product: null, price: null });
    expect((await capture({ provider: 'iijmio', confirmation: bare, checkout: null })).outcome).toBe('saved');
    expect((await capture({ provider: 'iijmio', confirmation: bare, checkout: checkout() })).outcome).toBe('duplicate');
    const [renewal] = await db.renewals.toArray();
    expect(renewal).toMatchObject({ orderNumber: null, product: '追加クーポン 1GB', amount: 220, expectMB: 1024 });
  });

  it('attaches to the most recently read line when there are several, and says how many', async () => {
    await read('iijmio', '090-1234-5678', NOW - 2 * HOUR, 7475.2);
    await read('iijmio', '080-0000-1111', NOW - HOUR, 512);
    const res = await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    expect(res).toMatchObject({ saved: true, line: { shownId: '080-0000-1111' }, lineCount: 2 });
    expect((await db.renewals.toArray())[0]?.lineId).toBe('iijmio:08000001111');
  });

  it('saves nothing when no line of the provider is known', async () => {
    await read('povo', '070-9999-0000', NOW - HOUR, 3000);
    const res = await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    expect(res).toEqual({ saved: false, outcome: 'noLine', line: null, lineCount: 0 });
    expect(await db.renewals.count()).toBe(0);
  });

  it.each([
    ['another provider’s host', { provider: 'iijmio', confirmation: confirmation(), checkout: null }, fromPage('https://shop.povo.jp/manage/order/complete')],
    ['an iframe', { provider: 'iijmio', confirmation: confirmation(), checkout: null }, fromPage(COMPLETE, { frameId: 1 })],
    ['a bad currency', { provider: 'iijmio', confirmation: confirmation({ price: { amount: 220, currency: 'yen' } }), checkout: null }, fromPage(COMPLETE)],
    ['a negative amount', { provider: 'iijmio', confirmation: confirmation({ price: { amount: -1, currency: 'JPY' } }), checkout: null }, fromPage(COMPLETE)],
    ['an oversized order number', { provider: 'iijmio', confirmation: confirmation({ orderNumber: '9'.repeat(500) }), checkout: null }, fromPage(COMPLETE)],
    ['control characters', { provider: 'iijmio', confirmation: confirmation({ product: 'a\u0007b' }), checkout: null }, fromPage(COMPLETE)],
    ['page HTML smuggled in', { provider: 'iijmio', confirmation: { ...confirmation(), html: '<img>' }, checkout: null }, fromPage(COMPLETE)],
    ['no confirmation', { provider: 'iijmio', checkout: null }, fromPage(COMPLETE)],
  ])('refuses a capture with %s', async (_, data, sender) => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    const res = await capture(data, sender);
    expect(res).toEqual({ saved: false, outcome: 'refused', line: null, lineCount: 0 });
    expect(await db.renewals.count()).toBe(0);
    expect(deps.afterWrite).not.toHaveBeenCalled();
  });
});

describe('notReflectedNotice', () => {
  it('names the line and the order, under the key of the renewal’s planned check', async () => {
    await read('iijmio', '090-1234-5678', NOW - HOUR, 7475.2);
    await capture({ provider: 'iijmio', confirmation: confirmation(), checkout: null });
    const [renewal] = await db.renewals.toArray();
    const line = await db.lines.get('iijmio:09012345678');
    if (!renewal) throw new Error('no renewal');
    const notice = notReflectedNotice({ ...renewal, status: 'notReflected' }, line, 'ja');
    expect(notice.id).toBe(makeReminderKey('iijmio:09012345678', 'renewalCheck', String(renewal.at)));
    expect(notice.title).toBe('更新が反映されていません');
    expect(notice.message).toContain('IIJmio 090-1234-5678');
    expect(notice.message).toContain('注文番号 A-2026-0001');
    expect(notice.message).toContain('追加クーポン 1GB');
  });
});

describe('hideOverlay', () => {
  it('hides the panel on the sender’s site until options shows it again, and the context says so', async () => {
    expect((await context({ checkout: null })).hidden).toBe(false);
    expect(await handleHideOverlay(deps, { provider: 'iijmio' }, fromPage(CHARGE))).toEqual({ hidden: true });
    expect((await context({ checkout: null })).hidden).toBe(true);
    expect(await overlayHiddenItem.getValue()).toEqual({ 'www.iijmio.jp': NOW });
    // No duration: a year on it is still hidden.
    clock += 365 * 24 * HOUR;
    expect((await context({ checkout: null })).hidden).toBe(true);
    // Another provider's site is not.
    expect((await context({ checkout: null }, fromPage('https://shop.povo.jp/manage/order/confirm'))).hidden).toBe(false);
    // Options' "Show again" removes the site.
    await overlayHiddenItem.setValue({});
    expect((await context({ checkout: null })).hidden).toBe(false);
  });

  it.each([
    ['another provider’s host', { provider: 'iijmio' }, fromPage('https://shop.povo.jp/manage/order/confirm')],
    ['a duration (no longer taken)', { provider: 'iijmio', forMs: 3_600_000 }, fromPage(CHARGE)],
    ['another site named in the payload', { provider: 'iijmio', host: 'www.iijmio.jp' }, fromPage(CHARGE)],
    ['no provider', {}, fromPage(CHARGE)],
  ])('refuses %s', async (_, data, sender) => {
    expect(await handleHideOverlay(deps, data, sender)).toEqual({ hidden: false });
    expect((await context({ checkout: null })).hidden).toBe(false);
    expect(await overlayHiddenItem.getValue()).toEqual({});
  });
});

describe('what the overlay is told of a line', () => {
  const povoReading = (expiresAt: number) =>
    saveReading(db, 'povo', '080-2345-6789', {
      at: NOW - HOUR,
      expiresAt,
      remainingMB: 2048,
      totalMB: 3072,
      usedMB: null,
      unlimited: false,
      plan: null,
      buckets: [],
      lineValidUntil: null,
      sourceUrl: 'https://shop.povo.jp/manage/order',
      source: 'page',
    });

  it('povo: a keep-number line, its number’s deadline now and after the topping on the page', async () => {
    const toppingEnds = endOfZonedDay(NOW, 10, 'Asia/Tokyo');
    await povoReading(toppingEnds);
    const confirm = fromPage('https://shop.povo.jp/manage/order/confirm');
    const before = (await context({ checkout: null }, confirm)).lines[0];
    expect(before).toMatchObject({
      kind: 'keep-number',
      deadline: endOfZonedDay(toppingEnds, 180, 'Asia/Tokyo'),
      keepAliveDeadline: endOfZonedDay(toppingEnds, 180, 'Asia/Tokyo'),
      // Nothing on the page to buy yet.
      deadlineAfter: null,
    });
    const buying = checkout({ product: 'データ追加3GB(30日間)', dataMB: 3072, durationDays: 30 });
    const after = (await context({ checkout: buying }, confirm)).lines[0];
    expect(after?.deadlineAfter).toBe(endOfZonedDay(addZonedDays(NOW, 30, 'Asia/Tokyo'), 180, 'Asia/Tokyo'));
  });

  it('auto-renew fits a povo line, not a b-mobile VISITOR SIM (オートチャージ is U300’s)', async () => {
    await povoReading(NOW + 10 * 24 * HOUR);
    expect((await context({ checkout: null }, fromPage('https://shop.povo.jp/manage/order/confirm'))).autoRenewFits).toBe(true);
    await saveReading(db, 'b-mobile', '070-1111-2222', {
      at: NOW - HOUR,
      expiresAt: NOW + 5 * 24 * HOUR,
      remainingMB: 3210,
      totalMB: null,
      usedMB: null,
      unlimited: false,
      plan: null,
      buckets: [],
      lineValidUntil: null,
      sourceUrl: 'https://www.bmobile.ne.jp/english/charge_top.html',
      source: 'page',
    });
    const bmobile = fromPage('https://www.bmobile.ne.jp/english/charge_input.html');
    const ctx = await context({ checkout: null }, bmobile);
    expect(ctx.lines.map((l) => l.kind)).toEqual(['prepaid']);
    expect(ctx.autoRenewFits).toBe(false);
  });

  it('with no line known, the page tells: b-mobile’s English charge page sells the VISITOR SIM', async () => {
    expect((await context({ checkout: null }, fromPage('https://www.bmobile.ne.jp/english/charge_input.html'))).autoRenewFits).toBe(false);
    expect((await context({ checkout: null }, fromPage('https://www.bmobile.ne.jp/mypage/charge_plan.html'))).autoRenewFits).toBe(true);
  });
});

it('hands the overlay its texts with the placeholders still in them', async () => {
  const ctx = await context({ checkout: null });
  expect(ctx.texts.overlay_data_of).toBe('$1 of $2');
  expect(ctx.texts.overlay_saved_picked).toContain('$3');
});

it('never shows a provider hint key that has no text', async () => {
  const ctx = await context({ checkout: null });
  expect(ctx.supportHint).not.toMatch(/^support_/);
  expect(ctx.refundHint).toBe('');
});
