import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSubmitCapture } from '@/entrypoints/background/checkout';
import { type HandlerDeps, handleSubmitReadings } from '@/entrypoints/background/handlers';
import { type KigenDB, createDb } from '@/utils/db';
import { storageErrorItem } from '@/utils/settings';
import { saveReading } from '@/utils/store/lines';

/**
 * A full disk or an exhausted quota while a reading or a purchase is written: the write fails as
 * a whole (Dexie transaction), every older reading and line stays as it was, and the failure is
 * recorded in storageErrorItem for the popup's banner.
 */

const EXT_ID = 'kigen-test-id';
const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const HOUR = 3600_000;
const MEMBER = 'https://www.iijmio.jp/member/';
const COMPLETE = 'https://www.iijmio.jp/service/setup/hdd/charge/complete';

const sender = (url: string): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

const reading = (over: Record<string, unknown> = {}) => ({
  line: '090-1234-5678',
  plan: 'ギガプラン',
  expiresAt: '2026-12-24T23:59:59+09:00',
  remainingMB: 2048,
  totalMB: 10240,
  usedMB: null,
  unlimited: false,
  ...over,
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: KigenDB;
let deps: HandlerDeps;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  db = createDb(`storage-failure-${n++}`);
  deps = { db, now: () => NOW, extensionId: EXT_ID, extensionOrigin: `chrome-extension://${EXT_ID}/`, afterWrite: vi.fn(async () => undefined) };
  for (const [i, remainingMB] of [8000, 6000, 4000].entries()) {
    await saveReading(db, 'iijmio', '090-1234-5678', {
      at: NOW - (3 - i) * 24 * HOUR,
      expiresAt: Date.parse('2026-12-24T23:59:59+09:00'),
      remainingMB,
      totalMB: 10240,
      usedMB: null,
      unlimited: false,
      plan: 'ギガプラン',
      buckets: [],
      lineValidUntil: null,
      sourceUrl: MEMBER,
      source: 'page',
    });
  }
});

async function everything() {
  return JSON.stringify(await Promise.all([db.lines.toArray(), db.readings.toArray(), db.renewals.toArray()]));
}

describe('a failing write', () => {
  it('keeps every older reading, adds no half-made line, and tells the popup', async () => {
    const before = await everything();
    expect(await storageErrorItem.getValue()).toBeNull();
    vi.spyOn(db.readings, 'add').mockImplementation(() => {
      throw quotaError();
    });

    const res = await handleSubmitReadings(
      deps,
      { provider: 'iijmio', readings: [reading({ line: '080-9999-0000' }), reading({ remainingMB: 1000 })] },
      sender(MEMBER),
    );

    expect(res.accepted).toBe(0);
    expect(res.refused).toContain('storage failed');
    // The new line was added in the same transaction as its reading: rolled back with it.
    expect(await everything()).toBe(before);
    expect(await db.readings.count()).toBe(3);
    expect(await storageErrorItem.getValue()).toEqual({ at: NOW, message: 'quota' });
    expect(deps.afterWrite).not.toHaveBeenCalled();
  });

  it('is reported even when the quota error comes back wrapped by Dexie', async () => {
    vi.spyOn(db.readings, 'add').mockImplementation(() => Promise.reject(quotaError()) as never);
    await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading({ remainingMB: 1000 })] }, sender(MEMBER));
    expect(await db.readings.count()).toBe(3);
    expect((await storageErrorItem.getValue())?.message).toBe('quota');
  });

  it('a failing purchase capture keeps the data and tells the popup', async () => {
    const before = await everything();
    vi.spyOn(db.renewals, 'add').mockImplementation(() => {
      throw quotaError();
    });
    const res = await handleSubmitCapture(
      deps,
      { provider: 'iijmio', confirmation: { orderNumber: 'A-1', product: '1GB', price: { amount: 220, currency: 'JPY' } }, checkout: null },
      sender(COMPLETE),
    );
    expect(res.outcome).toBe('failed');
    expect(await everything()).toBe(before);
    expect((await storageErrorItem.getValue())?.message).toBe('quota');
  });

  it('the banner goes once a later write succeeds', async () => {
    const add = vi.spyOn(db.readings, 'add').mockImplementation(() => {
      throw quotaError();
    });
    await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading({ remainingMB: 1000 })] }, sender(MEMBER));
    expect(await storageErrorItem.getValue()).not.toBeNull();

    add.mockRestore();
    const res = await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading({ remainingMB: 900 })] }, sender(MEMBER));
    expect(res.accepted).toBe(1);
    expect(await db.readings.count()).toBe(4);
    expect(await storageErrorItem.getValue()).toBeNull();
  });

  it('a failure of browser.storage as well does not throw out of the handler', async () => {
    vi.spyOn(db.readings, 'add').mockImplementation(() => {
      throw quotaError();
    });
    vi.spyOn(storageErrorItem, 'setValue').mockRejectedValue(quotaError());
    const res = await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading({ remainingMB: 1000 })] }, sender(MEMBER));
    expect(res.refused).toContain('storage failed');
    expect(await db.readings.count()).toBe(3);
  });
});
