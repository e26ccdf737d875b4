import { describe, expect, it } from 'vitest';
import { type LineDraft, firstError, lineDraft, parseLineDraft } from '@/components/options/line-draft';
import type { LineStake } from '@/components/options/line-stake';
import { line } from '../../support/options-seed';

/** The drawer's rules without a DOM: one draft in, one line record or every wrong field out. */

const stake: LineStake = { defaultKind: 'keep-number', kind: 'keep-number', zone: 'Asia/Tokyo', resolved: null };
const endOfJstDay = (date: string) => Date.parse(`${date}T23:59:59.999+09:00`);
const saved = line('povo:1', 'povo', { lineId: '090-1111-2222', label: 'Travel', settings: { muted: false, keepAliveStart: 5, lowDataMB: 512 } });
const draft = (over: Partial<LineDraft> = {}): LineDraft => ({ ...lineDraft(saved, stake), ...over });

describe('line draft', () => {
  it('starts from the saved line and gives it back unchanged', () => {
    expect(draft()).toEqual({
      label: 'Travel',
      stake: { kind: 'keep-number', date: '' },
      alerts: { lowDataPercent: '', lowDataAmount: '512', lowDataUnit: 'MB', autoRenew: false },
      muted: false,
    });
    expect(parseLineDraft(draft(), saved, stake)).toEqual({ line: saved });
  });

  it('turns every field into one record, keeping the settings the drawer does not show', () => {
    const parsed = parseLineDraft(
      draft({
        label: '  Spare SIM ',
        stake: { kind: 'prepaid', date: '2027-03-31' },
        alerts: { lowDataPercent: '15', lowDataAmount: '2', lowDataUnit: 'GB', autoRenew: true },
        muted: true,
      }),
      saved,
      stake,
    );
    expect(parsed).toEqual({
      line: {
        ...saved,
        label: 'Spare SIM',
        settings: { muted: true, keepAliveStart: 5, kind: 'prepaid', deadline: endOfJstDay('2027-03-31'), lowDataPercent: 15, lowDataMB: 2048, autoRenew: true },
      },
    });
  });

  it('clears the name, the date and the line’s own thresholds when their fields are emptied', () => {
    const own = line('povo:1', 'povo', { label: 'x', settings: { muted: false, deadline: endOfJstDay('2027-01-01'), lowDataPercent: 5, autoRenew: true } });
    const parsed = parseLineDraft(
      { label: ' ', stake: { kind: 'keep-number', date: '' }, alerts: { lowDataPercent: '', lowDataAmount: '', lowDataUnit: 'GB', autoRenew: false }, muted: false },
      own,
      stake,
    );
    expect(parsed).toEqual({ line: { ...own, label: null, settings: { muted: false } } });
  });

  it('names every wrong field at once and saves nothing', () => {
    const parsed = parseLineDraft(
      draft({
        label: 'x'.repeat(61),
        stake: { kind: 'prepaid', date: '1999-12-31' },
        alerts: { lowDataPercent: '150', lowDataAmount: 'lots', lowDataUnit: 'GB', autoRenew: true },
      }),
      saved,
      stake,
    );
    expect(parsed).toEqual({
      errors: { label: 'options_error_name', deadline: 'options_error_deadline', lowDataPercent: 'options_error_percent', lowDataAmount: 'options_error_amount' },
    });
    expect(parseLineDraft(draft({ label: 'tab\there' }), saved, stake)).toEqual({ errors: { label: 'options_error_name' } });
    expect(parseLineDraft(draft({ alerts: { ...draft().alerts, lowDataAmount: '-1' } }), saved, stake)).toEqual({ errors: { lowDataAmount: 'options_error_amount' } });
  });

  it('points at the first wrong field in the drawer’s order', () => {
    expect(firstError({ lowDataAmount: 'options_error_amount', deadline: 'options_error_deadline' })).toBe('deadline');
    expect(firstError({ lowDataPercent: 'options_error_percent' })).toBe('lowDataPercent');
    expect(firstError({})).toBeUndefined();
  });
});
