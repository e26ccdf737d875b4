import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA, fitQuota, itemBytes, payloadSize, syncErrorKind } from '@/utils/sync/quota';

describe('sizes', () => {
  it('counts the key and the JSON text in UTF-8 bytes', () => {
    expect(itemBytes('k', { a: 1 })).toBe(1 + '{"a":1}'.length);
    // 旅行 is 2 characters, 6 bytes.
    expect(itemBytes('line:x', '旅行')).toBe(6 + 2 + 6);
  });

  it('sums a payload and names its largest item', () => {
    expect(payloadSize({ a: 'x', bb: 'xxxx' })).toEqual({ items: 2, total: 1 + 3 + 2 + 6, largest: { key: 'bb', bytes: 8 } });
    expect(payloadSize({})).toEqual({ items: 0, total: 0, largest: null });
  });
});

describe('fitQuota', () => {
  const big = (n: number) => 'x'.repeat(n);

  it('sends everything that fits', () => {
    expect(fitQuota({ a: 1 }, { a: 2, b: 3 }, [])).toEqual({ push: { a: 2, b: 3 }, full: false });
  });

  it('never sends an item over the per-item limit', () => {
    const out = fitQuota({}, { huge: big(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM), small: 1 }, []);
    expect(out).toEqual({ push: { small: 1 }, full: true });
  });

  it('when the area is nearly full, keeps changes to items already there and leaves new ones out', () => {
    const current: Record<string, unknown> = {};
    for (let i = 0; i < 13; i++) current[`line:${i}`] = big(7_800);
    const out = fitQuota(current, { 'line:0': big(7_700), 'line:new': big(7_000) }, []);
    expect(out).toEqual({ push: { 'line:0': big(7_700) }, full: true });
  });

  it('counts what a write removes', () => {
    const current: Record<string, unknown> = {};
    for (let i = 0; i < 13; i++) current[`line:${i}`] = big(7_800);
    expect(fitQuota(current, { 'line:new': big(7_000) }, ['line:3']).full).toBe(false);
  });

  it('stops at the item count', () => {
    const current = Object.fromEntries(Array.from({ length: SYNC_QUOTA.MAX_ITEMS }, (_, i) => [`k${i}`, 1]));
    expect(fitQuota(current, { extra: 1 }, [])).toEqual({ push: {}, full: true });
  });
});

describe('syncErrorKind', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'space'],
    ['QUOTA_BYTES quota exceeded', 'space'],
    ['MAX_ITEMS quota exceeded', 'space'],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate'],
    ['MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded', 'rate'],
    ['MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'space'],
    ['Please set webextensions.storage.sync.enabled to true in about:config', 'unavailable'],
  ])('%s → %s', (message, kind) => {
    expect(syncErrorKind(new Error(message))).toBe(kind);
  });
});
