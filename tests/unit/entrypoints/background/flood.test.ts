import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_CAPTURES_PER_DAY } from '@/utils/store/renewals';
import { handleSubmitCapture } from '@/entrypoints/background/checkout';
import { type HandlerDeps, handleSubmitReadings } from '@/entrypoints/background/handlers';
import { type KigenDB, createDb } from '@/utils/db';
import { PAGE_WRITE_LIMITS, saveReading } from '@/utils/store/lines';

/**
 * A provider page whose scripts are hostile (an injected third-party script, a compromised page)
 * cannot send messages itself, but it can make our content script read again and again: it
 * changes the DOM and navigates in-page (pushState) in a loop, and every new value is submitted
 * from a genuine sender. The background must bound what that writes: one reading per line per
 * coalescing window (the newest value wins) and a cap on the lines a provider's pages create.
 */

const EXT_ID = 'kigen-test-id';
const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const MEMBER = 'https://www.iijmio.jp/member/';
const sender: Runtime.MessageSender = {
  id: EXT_ID,
  url: MEMBER,
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const reading = (line: string, remainingMB: number) => ({
  line,
  plan: 'ギガプラン',
  expiresAt: '2026-12-31T23:59:59+09:00',
  remainingMB,
  totalMB: 10240,
  usedMB: null,
  unlimited: false,
});

let db: KigenDB;
let deps: HandlerDeps;
let clock: number;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  db = createDb(`flood-${n++}`);
  clock = NOW;
  deps = { db, now: () => clock, extensionId: EXT_ID, extensionOrigin: `chrome-extension://${EXT_ID}/`, afterWrite: vi.fn(async () => undefined) };
});

describe('a page that makes the content script submit forever', () => {
  it('stores at most one reading per line per window, the newest value winning', async () => {
    // A message a second for 50 minutes of page time, each with a new value.
    const messages = 3_000;
    for (let i = 0; i < messages; i++) {
      clock = NOW + i * 1000;
      await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading('090-1234-5678', 10_000 - (i % 9_000))] }, sender);
    }
    const windows = Math.ceil((messages * 1000) / PAGE_WRITE_LIMITS.coalesceMs);
    expect(await db.readings.count()).toBeLessThanOrEqual(windows + 1);
    const newest = (await db.readings.toArray()).sort((a, b) => b.at - a.at)[0];
    expect(newest).toMatchObject({ at: clock, remainingMB: 10_000 - ((messages - 1) % 9_000) });
  });

  it('caps the lines one provider’s pages create; known lines still update', async () => {
    for (let i = 0; i < 50; i++) {
      clock = NOW + i * 1000;
      const ids = Array.from({ length: 20 }, (_, j) => `080-${String(i).padStart(4, '0')}-${String(j).padStart(4, '0')}`);
      await handleSubmitReadings(deps, { provider: 'iijmio', readings: ids.map((id) => reading(id, 100)) }, sender);
    }
    expect(await db.lines.count()).toBe(PAGE_WRITE_LIMITS.maxLines);
    const [first] = await db.lines.toArray();
    clock += 2 * PAGE_WRITE_LIMITS.coalesceMs;
    const res = await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading(first!.lineId!, 50)] }, sender);
    expect(res.accepted).toBe(1);
  });

  it('lines added by hand do not count against the cap, and other providers have their own', async () => {
    for (let i = 0; i < 5; i++) {
      await db.lines.add({ id: `manual:${i}`, provider: 'iijmio', lineId: null, label: `SIM ${i}`, manual: true, createdAt: NOW, settings: { muted: false } });
    }
    const ids = Array.from({ length: PAGE_WRITE_LIMITS.maxLines }, (_, j) => `070-0000-${String(j).padStart(4, '0')}`);
    const res = await handleSubmitReadings(deps, { provider: 'iijmio', readings: ids.map((id) => reading(id, 100)) }, sender);
    expect(res.accepted).toBe(PAGE_WRITE_LIMITS.maxLines);
    await saveReading(db, 'povo', '090-0000-0000', {
      at: NOW, expiresAt: null, remainingMB: 1, totalMB: 2, usedMB: null, unlimited: false, plan: null, buckets: [], lineValidUntil: null, sourceUrl: '', source: 'page',
    }, PAGE_WRITE_LIMITS);
    expect(await db.lines.where('provider').equals('povo').count()).toBe(1);
  });

  it('a genuine change after the window is a new reading, as before', async () => {
    await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading('090-1234-5678', 5000)] }, sender);
    clock += PAGE_WRITE_LIMITS.coalesceMs + 1;
    await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading('090-1234-5678', 4000)] }, sender);
    expect((await db.readings.toArray()).map((r) => r.remainingMB)).toEqual([5000, 4000]);
  });

  it('records at most the day’s share of purchases when the order number keeps changing', async () => {
    await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading('090-1234-5678', 5000)] }, sender);
    const complete = { ...sender, url: 'https://www.iijmio.jp/service/setup/hdd/charge/complete' };
    const confirmation = (i: number) => ({ orderNumber: `A-${i}`, product: '1GB', price: { amount: 220, currency: 'JPY' } });
    const saved: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      clock = NOW + i * 2000;
      saved.push((await handleSubmitCapture(deps, { provider: 'iijmio', confirmation: confirmation(i), checkout: null }, complete)).saved);
    }
    expect(await db.renewals.count()).toBe(MAX_CAPTURES_PER_DAY);
    expect(saved.filter(Boolean)).toHaveLength(MAX_CAPTURES_PER_DAY);
    // A day later the provider's pages may record purchases again.
    clock += 24 * 3600_000;
    expect((await handleSubmitCapture(deps, { provider: 'iijmio', confirmation: confirmation(999), checkout: null }, complete)).saved).toBe(true);
  });
});
