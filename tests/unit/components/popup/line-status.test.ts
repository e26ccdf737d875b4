import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { compareStatus, lineName, lineStatus, sortByUrgency, urgencyOf } from '@/components/popup/line-status';
import { DAY, HOUR, IIJ, NOW, POVO, line, reading, view } from '../../support/popup-seed';
import { rakutenMobile } from '@/utils/providers/rakuten-mobile';

const status = (v: ReturnType<typeof view>, profile = POVO, settings = DEFAULT_SETTINGS) =>
  lineStatus(v, profile, settings, NOW);

describe('urgency', () => {
  it.each([
    [-1, 'expired'],
    [0, 'expired'],
    [HOUR, 'critical'],
    [DAY, 'critical'],
    [DAY + 1, 'soon'],
    [3 * DAY, 'soon'],
    [5 * DAY, 'week'],
    [7 * DAY, 'week'],
    [8 * DAY, 'ok'],
  ] as const)('%d ms left is %s', (ms, expected) => {
    expect(urgencyOf(ms)).toBe(expected);
  });

  it('is none without an expiry', () => {
    expect(urgencyOf(null)).toBe('none');
  });
});

describe('line status', () => {
  it('marks a line stale past settings.staleDays, not before', () => {
    const l = line('a');
    const fresh = status(view(l, [reading('a', { at: NOW - 6 * DAY })]));
    const old = status(view(l, [reading('a', { at: NOW - 8 * DAY })]));
    expect(fresh.stale).toBe(false);
    expect(old.stale).toBe(true);
    expect(status(view(l, [reading('a', { at: NOW - 3 * DAY })]), POVO, { ...DEFAULT_SETTINGS, staleDays: 2 }).stale).toBe(
      true,
    );
  });

  it('shows the forecast only when the data runs out before the expiry', () => {
    const l = line('a');
    // 1 GB a day with 3 GB left: out in about 3 days, the plan expires in 10.
    const early = [
      reading('a', { at: NOW - 2 * DAY, remainingMB: 5120 }),
      reading('a', { at: NOW - DAY, remainingMB: 4096 }),
      reading('a', { at: NOW - HOUR, remainingMB: 3072 }),
    ];
    const s = status(view(l, early));
    expect(s.forecast).not.toBeNull();
    expect(s.forecast!.runOutAt).toBeLessThan(NOW + 4 * DAY);
    // Same use, but the plan ends tomorrow: no forecast worth showing.
    const late = early.map((r) => ({ ...r, expiresAt: NOW + DAY }));
    expect(status(view(l, late)).forecast).toBeNull();
  });

  it('computes the keep-alive deadline from the provider rule, and none without a rule', () => {
    const l = line('a');
    const expiry = NOW - 10 * DAY;
    const s = status(view(l, [reading('a', { expiresAt: expiry })]));
    expect(s.keepAlive).not.toBeNull();
    // 180 days after the last paid expiry (povo).
    expect(Math.round((s.keepAlive!.deadline - expiry) / DAY)).toBe(180);
    expect(status(view(l, [reading('a')]), IIJ).keepAlive).toBeNull();
  });

  it('leaves out forecast and keep-alive while the view is partial (history not loaded yet)', () => {
    const l = line('a');
    const early = [
      reading('a', { at: NOW - 2 * DAY, remainingMB: 5120, expiresAt: NOW - 10 * DAY }),
      reading('a', { at: NOW - HOUR, remainingMB: 3072, expiresAt: NOW - 10 * DAY }),
    ];
    const full = status(view(l, early));
    expect(full.keepAlive).not.toBeNull();
    const partial = status({ ...view(l, early), recent: [], partial: true });
    expect(partial.forecast).toBeNull();
    expect(partial.keepAlive).toBeNull();
    // What the newest reading says is there at once.
    expect(partial.readAt).toBe(full.readAt);
    expect(partial.share).toBe(full.share);
  });

  it('uses the low-data threshold of the reminders', () => {
    const l = line('a');
    expect(status(view(l, [reading('a', { remainingMB: 1000, totalMB: 10240 })])).lowData).toBe(true);
    expect(status(view(l, [reading('a', { remainingMB: 8000, totalMB: 10240 })])).lowData).toBe(false);
  });

  it('names a line by its label, else the shown id', () => {
    expect(lineName(view(line('a', { label: 'Travel', lineId: '090' })))).toBe('Travel');
    expect(lineName(view(line('a', { label: ' ', lineId: '090' })))).toBe('090');
    expect(lineName(view(line('a')))).toBeNull();
  });
});

describe('sort by urgency', () => {
  it('puts expired, then soonest expiry, then keep-alive, then least data, then the rest', () => {
    const lines = [
      status(view(line('ok'), [reading('ok', { expiresAt: NOW + 20 * DAY })])),
      status(view(line('nodata', { provider: 'x' }), [reading('nodata', { expiresAt: null, remainingMB: null, totalMB: null })]), IIJ),
      status(view(line('low', { provider: 'x' }), [reading('low', { expiresAt: null, remainingMB: 100, totalMB: 1024 })]), IIJ),
      status(view(line('half', { provider: 'x' }), [reading('half', { expiresAt: null, remainingMB: 512, totalMB: 1024 })]), IIJ),
      status(view(line('today'), [reading('today', { expiresAt: NOW + 5 * HOUR })])),
      status(view(line('expired-long'), [reading('expired-long', { expiresAt: NOW - 40 * DAY })])),
      status(view(line('expired-now'), [reading('expired-now', { expiresAt: NOW - HOUR })])),
      status(view(line('keep', { settings: { muted: false, keepAliveStart: NOW - 100 * DAY } }), [
        reading('keep', { expiresAt: null, remainingMB: null, totalMB: null }),
      ])),
    ];
    expect(sortByUrgency(lines).map((s) => s.view.line.id)).toEqual([
      'expired-now',
      'expired-long',
      'today',
      'ok',
      'keep',
      'low',
      'half',
      'nodata',
    ]);
  });

  it('breaks ties by name', () => {
    const a = status(view(line('1', { label: 'B' }), [reading('1')]));
    const b = status(view(line('2', { label: 'A' }), [reading('2')]));
    expect(compareStatus(a, b)).toBeGreaterThan(0);
  });
});

describe('usage tier of a monthly line', () => {
  const GB = 1024;
  const RAKUTEN_LINE = line('r', { provider: 'rakuten-mobile' });
  const used = (usedMB: number | null, over: Parameters<typeof reading>[1] = {}) =>
    view(RAKUTEN_LINE, [reading('r', { expiresAt: null, remainingMB: null, totalMB: null, usedMB, ...over })]);

  it('places this month’s use on the provider’s price steps', () => {
    const s = status(used(2.7 * GB), rakutenMobile);
    expect(s.kind).toBe('monthly');
    expect(s.tier?.tier.monthlyYen).toBe(1078);
    expect(s.tier?.next?.monthlyYen).toBe(2178);
    expect(status(used(5 * GB), rakutenMobile).tier?.tier.monthlyYen).toBe(2178);
  });

  it('shows nothing when the use is unknown, the provider has no steps, or the line is not monthly', () => {
    expect(status(used(null), rakutenMobile).tier).toBeNull();
    // A use worked out from total − left is not the page's figure.
    expect(status(used(null, { remainingMB: 1024, totalMB: 3072 }), rakutenMobile).tier).toBeNull();
    expect(status(used(2 * GB), { ...IIJ, lineKind: 'monthly' }).tier).toBeNull();
    const prepaid = view(line('r', { provider: 'rakuten-mobile', settings: { muted: false, kind: 'prepaid' } }), [
      reading('r', { usedMB: 2 * GB }),
    ]);
    expect(status(prepaid, rakutenMobile).tier).toBeNull();
    expect(status(view(RAKUTEN_LINE, []), rakutenMobile).tier).toBeNull();
  });

  it('says nothing of this month from a reading taken last month (in Japan time)', () => {
    // NOW is 2026-12-30 12:00 JST: 2026-11-30 23:59 JST is last month, 2026-12-01 00:00 JST this one.
    expect(status(used(GB, { at: Date.parse('2026-11-30T23:59:00+09:00') }), rakutenMobile).tier).toBeNull();
    expect(status(used(GB, { at: Date.parse('2026-12-01T00:00:00+09:00') }), rakutenMobile).tier?.tier.monthlyYen).toBe(1078);
  });
});
