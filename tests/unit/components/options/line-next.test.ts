import { describe, expect, it } from 'vitest';
import { nextDate } from '@/components/options/line-next';
import type { LineStake } from '@/components/options/line-stake';
import type { LineView } from '@/utils/connector/types';
import { DAY, NOW, line, reading } from '../../support/options-seed';

/** Which date a row of the lines table shows. */

const deadline = (at: number): LineStake['resolved'] => ({
  deadline: { at, basis: 'page', ruleFrom: null, estimate: false, precision: 'date' },
  keepAlive: null,
});
const stakeAt = (at: number | null): LineStake => ({ defaultKind: 'keep-number', kind: 'keep-number', zone: 'Asia/Tokyo', resolved: at === null ? null : deadline(at) });
const view = (expiresAt: number | null): LineView => {
  const r = reading('povo:1', 1, { expiresAt });
  return { line: line('povo:1', 'povo'), latest: r, recent: [r], renewals: [] };
};

describe('next date', () => {
  it('shows the nearer of the deadline and the data end', () => {
    expect(nextDate(view(NOW + 10 * DAY), stakeAt(NOW + 190 * DAY), NOW)).toEqual({ at: NOW + 10 * DAY, what: 'data' });
    expect(nextDate(view(NOW + 10 * DAY), stakeAt(NOW + 3 * DAY), NOW)).toEqual({ at: NOW + 3 * DAY, what: 'deadline' });
  });

  it('skips a date already past while another is ahead, and shows the later one when both are past', () => {
    expect(nextDate(view(NOW - DAY), stakeAt(NOW + 100 * DAY), NOW)).toEqual({ at: NOW + 100 * DAY, what: 'deadline' });
    expect(nextDate(view(NOW - DAY), stakeAt(NOW - 5 * DAY), NOW)).toEqual({ at: NOW - DAY, what: 'data' });
  });

  it('has none without a deadline or an expiry', () => {
    expect(nextDate(view(null), stakeAt(null), NOW)).toBeNull();
    expect(nextDate({ ...view(null), latest: undefined, recent: [] }, stakeAt(null), NOW)).toBeNull();
  });
});
