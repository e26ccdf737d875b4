import { describe, expect, it } from 'vitest';
import { linesNeedingAction, nextAttentionChange } from '@/utils/reminders/attention';
import type { PlanInput } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { POVO_RULE, line, local, lookup, reading, t } from '../../support/reminders-seed';

/** The toolbar count: lines whose loss falls inside the lead window (7 days by default). */

const NOW = t('2026-11-20T12:00:00+09:00');
const TZ = 'Asia/Tokyo';

function input(over: Partial<PlanInput> = {}): PlanInput {
  return { lines: [], readings: [], renewals: [], settings: DEFAULT_SETTINGS, now: NOW, timeZone: TZ, fired: [], providers: lookup({ cmhk: {} }), ...over };
}

/** A prepaid SIM whose validity (the number at stake) ends at `expiresAt`. */
function prepaid(id: string, expiresAt: number, over: Partial<Parameters<typeof line>[0]> = {}) {
  return {
    line: line({ id, provider: 'cmhk', ...over }),
    reading: reading({ lineId: id, expiresAt, plan: null, at: NOW - 3_600_000 }),
  };
}

function of(...specs: Array<ReturnType<typeof prepaid>>): Partial<PlanInput> {
  return { lines: specs.map((s) => s.line), readings: specs.map((s) => s.reading) };
}

describe('lines that need action', () => {
  it('counts a line lost inside the lead window, in calendar days, and not one lost after it', () => {
    const found = linesNeedingAction(
      input(
        of(
          prepaid('in-7', t('2026-11-27T23:59:59+09:00')),
          prepaid('in-8', t('2026-11-28T00:00:30+09:00')),
          prepaid('today', t('2026-11-20T23:00:00+09:00')),
        ),
      ),
    );
    expect(found.map((a) => [a.lineId, a.days])).toEqual([
      ['today', 0],
      ['in-7', 7],
    ]);
  });

  it('follows the largest of the user lead times, and leaves muted lines out', () => {
    const lines = of(prepaid('in-10', t('2026-11-30T12:00:00+09:00')), prepaid('muted', t('2026-11-21T12:00:00+09:00'), { settings: { muted: true } }));
    expect(linesNeedingAction(input(lines))).toEqual([]);
    const wider = input({ ...lines, settings: { ...DEFAULT_SETTINGS, leadDays: [14, 1] } });
    expect(linesNeedingAction(wider).map((a) => [a.lineId, a.days])).toEqual([['in-10', 10]]);
  });

  it('keeps a loss that just passed for as long again, then lets it go', () => {
    const lost = of(prepaid('lost', t('2026-11-15T23:59:59+09:00')));
    expect(linesNeedingAction(input(lost)).map((a) => a.days)).toEqual([-5]);
    expect(linesNeedingAction(input({ ...lost, now: t('2026-11-23T10:00:00+09:00') }))).toEqual([]);
  });

  it("counts a keep-alive deadline by the provider's rule, and data lapsing with some left", () => {
    // povo: the number is lost 180 days after the last paid topping's expiry.
    const povo = line({ id: 'povo:1', provider: 'povo' });
    const lastPaid = reading({ lineId: 'povo:1', at: t('2026-05-20T12:00:00+09:00'), expiresAt: t('2026-05-26T23:59:59+09:00'), remainingMB: 0 });
    const rule = lookup({ povo: { keepAlive: POVO_RULE, timeZone: TZ } });
    const found = linesNeedingAction(input({ lines: [povo], readings: [lastPaid], providers: rule }));
    expect(found.map((a) => [a.lineId, local(a.at, TZ)])).toEqual([['povo:1', '2026-11-22 23:59']]);

    // A topping with 2 GB left lapsing in five days; the number is safe for months.
    const topping = reading({ lineId: 'povo:1', at: NOW - 3_600_000, expiresAt: t('2026-11-25T23:59:59+09:00'), remainingMB: 2048 });
    expect(linesNeedingAction(input({ lines: [povo], readings: [topping], providers: rule })).map((a) => a.days)).toEqual([5]);
    // Used up: nothing lapses, nothing to do.
    const used = { ...topping, remainingMB: 0 };
    expect(linesNeedingAction(input({ lines: [povo], readings: [used], providers: rule }))).toEqual([]);
  });

  it('leaves out monthly lines, whose data resets and whose number has no deadline', () => {
    const docomo = line({ id: 'docomo:1', provider: 'docomo' });
    const r = reading({ lineId: 'docomo:1', expiresAt: t('2026-11-30T23:59:59+09:00'), remainingMB: 100 });
    expect(linesNeedingAction(input({ lines: [docomo], readings: [r], providers: lookup({ docomo: { lineKind: 'monthly' } }) }))).toEqual([]);
  });
});

describe('when the count changes with the date alone', () => {
  it('is the local midnight a loss enters the window, turns urgent, or leaves it', () => {
    const later = of(prepaid('in-10', t('2026-11-30T12:00:00+09:00')));
    expect(local(nextAttentionChange(input(later))!, TZ)).toBe('2026-11-23 00:00');
    expect(local(nextAttentionChange(input({ ...later, now: t('2026-11-23T00:00:01+09:00') }))!, TZ)).toBe('2026-11-27 00:00');
    expect(local(nextAttentionChange(input({ ...later, now: t('2026-11-30T13:00:00+09:00') }))!, TZ)).toBe('2026-12-08 00:00');
  });

  it('is none without a dated loss', () => {
    expect(nextAttentionChange(input())).toBeNull();
    expect(nextAttentionChange(input({ ...of(prepaid('old', t('2026-10-01T12:00:00+09:00'))) }))).toBeNull();
  });
});
