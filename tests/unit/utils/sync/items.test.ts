import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { SYNC_FORMAT, canonical, decodeItem, encodeItem, readingOf, statusOf } from '@/utils/sync/items';
import { NOW, liveItem, pageReading, status } from '../../support/sync-seed';

const LINE = { kind: 'line', lineId: 'povo:09012345678' } as const;
const SETTINGS = { kind: 'settings' } as const;

describe('encode / decode', () => {
  it('round-trips a live line, a tombstone and the settings', () => {
    const live = liveItem(NOW, { label: '旅行用' }, status(NOW - 5 * 60_000));
    expect(decodeItem(LINE, encodeItem(live))).toEqual({ ok: true, value: { kind: 'line', item: live } });
    const dead = { updatedAt: NOW, deleted: true as const };
    expect(decodeItem(LINE, encodeItem(dead))).toEqual({ ok: true, value: { kind: 'line', item: dead } });
    const settings = { updatedAt: NOW, settings: { ...DEFAULT_SETTINGS, leadDays: [5, 0] } };
    expect(decodeItem(SETTINGS, encodeItem(settings))).toEqual({ ok: true, value: { kind: 'settings', item: settings } });
    expect(encodeItem(live).v).toBe(SYNC_FORMAT);
  });

  it('fills settings fields an older Kigen did not write, as a backup restore does', () => {
    const { language: _, ...older } = DEFAULT_SETTINGS;
    const decoded = decodeItem(SETTINGS, { v: 1, updatedAt: NOW, settings: older });
    expect(decoded.ok && decoded.value.kind === 'settings' && decoded.value.item.settings.language).toBe('auto');
  });

  it('marks a newer format as newer, not as invalid', () => {
    expect(decodeItem(LINE, { ...encodeItem(liveItem(NOW)), v: 2, extra: 'field' })).toMatchObject({ ok: false, why: 'newer' });
  });

  const valid = encodeItem(liveItem(NOW, {}, status(NOW)));
  const hostile: Array<[string, unknown, typeof LINE | typeof SETTINGS]> = [
    ['not an object', 'line', LINE],
    ['null', null, LINE],
    ['no format', { ...valid, v: undefined }, LINE],
    ['remaining over total', { ...valid, status: { ...status(NOW), remainingMB: 20_000, totalMB: 1_000 } }, LINE],
    ['a label with control characters', { ...valid, line: { ...liveItem(NOW).line, label: 'a\u0000b' } }, LINE],
    ['a label of 10,000 characters', { ...valid, line: { ...liveItem(NOW).line, label: 'x'.repeat(10_000) } }, LINE],
    ['an unknown kind of line', { ...valid, line: { ...liveItem(NOW).line, settings: { muted: false, kind: 'satellite' } } }, LINE],
    ['NaN data', { ...valid, status: { ...status(NOW), remainingMB: Number.NaN } }, LINE],
    ['an expiry in 1970', { ...valid, status: { ...status(NOW), expiresAt: 0 } }, LINE],
    ['an extra field', { ...valid, script: 'alert(1)' }, LINE],
    ['a tombstone that is not deleted', { v: 1, updatedAt: NOW, deleted: false }, LINE],
    ['a negative time', { ...valid, updatedAt: -1 }, LINE],
    ['settings with lead days of 900', { v: 1, updatedAt: NOW, settings: { ...DEFAULT_SETTINGS, leadDays: [900] } }, SETTINGS],
    ['settings that are a line', valid, SETTINGS],
  ];
  it.each(hostile)('ignores %s', (_, raw, key) => {
    expect(decodeItem(key, raw)).toMatchObject({ ok: false, why: 'invalid' });
  });

  it("refuses a line whose id does not fit its provider (a povo key claiming another provider's line)", () => {
    expect(decodeItem({ kind: 'line', lineId: 'iijmio:09012345678' }, valid)).toMatchObject({ ok: false, why: 'invalid' });
    expect(decodeItem({ kind: 'line', lineId: 'manual:x' }, valid)).toMatchObject({ ok: false, why: 'invalid' });
    expect(decodeItem({ kind: 'line', lineId: 'povo:\u0007' }, valid)).toMatchObject({ ok: false, why: 'invalid' });
  });
});

describe('statuses and readings', () => {
  it('a reading becomes a status and back, marked as synced, without buckets or page address', () => {
    const r = pageReading('povo:09012345678', NOW);
    const s = statusOf({ ...r, id: 3 });
    expect(Object.keys(s).sort()).toEqual(['expiresAt', 'lineValidUntil', 'plan', 'readAt', 'remainingMB', 'totalMB', 'unlimited', 'usedMB']);
    const { lineId: _, ...figures } = r;
    expect(readingOf(s)).toEqual({ ...figures, buckets: [], sourceUrl: '', source: 'sync' });
  });

  it('canonical text ignores the order of fields', () => {
    expect(canonical({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(canonical({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
  });
});
