import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { SettingsSchema } from '@/utils/settings-rules';
import {
  type SettingsDraft,
  amountOf,
  checkLeadDay,
  draftFromSettings,
  lineAlertsDraft,
  minutesToTime,
  parseDecimal,
  parseDraft,
  parseLineAlerts,
  timeToMinutes,
} from '@/components/options/settings-form';

/** The settings form's rules, without a DOM. */

const draft = (over: Partial<SettingsDraft> = {}): SettingsDraft => ({ ...draftFromSettings(DEFAULT_SETTINGS), ...over });

describe('settings draft', () => {
  it('round-trips the defaults and any valid settings', () => {
    const custom: Settings = { leadDays: [30, 14, 1], lowDataPercent: 12.5, lowDataMB: 300, staleDays: 0, quietStart: 23 * 60 + 30, quietEnd: 6 * 60 + 15, language: 'ja' };
    for (const s of [DEFAULT_SETTINGS, custom]) {
      const parsed = parseDraft(draftFromSettings(s));
      expect(parsed).toEqual({ settings: s });
      // What the form saves, the backup importer accepts.
      expect(v.safeParse(SettingsSchema, 'settings' in parsed ? parsed.settings : null).success).toBe(true);
    }
  });

  it('shows 1024 MB as 1 GB, 1536 MB as 1.5 GB and 300 MB as MB', () => {
    expect(amountOf(1024)).toEqual({ amount: '1', unit: 'GB' });
    expect(amountOf(1536)).toEqual({ amount: '1.5', unit: 'GB' });
    expect(amountOf(300)).toEqual({ amount: '300', unit: 'MB' });
    expect(amountOf(0)).toEqual({ amount: '0', unit: 'MB' });
  });

  it('converts GB to MB and reads full-width digits and a decimal comma', () => {
    expect(parseDraft(draft({ lowDataAmount: '２', lowDataUnit: 'GB' }))).toMatchObject({ settings: { lowDataMB: 2048 } });
    expect(parseDraft(draft({ lowDataAmount: '0,5', lowDataUnit: 'GB' }))).toMatchObject({ settings: { lowDataMB: 512 } });
    expect(parseDecimal(' 12.5 ')).toBe(12.5);
    expect(parseDecimal('-1')).toBeUndefined();
    expect(parseDecimal('1e3')).toBeUndefined();
  });

  it.each<[Partial<SettingsDraft>, string, string]>([
    [{ lowDataPercent: '101' }, 'lowDataPercent', 'options_error_percent'],
    [{ lowDataPercent: '' }, 'lowDataPercent', 'options_error_percent'],
    [{ lowDataPercent: 'abc' }, 'lowDataPercent', 'options_error_percent'],
    [{ lowDataAmount: '-3' }, 'lowDataAmount', 'options_error_amount'],
    [{ lowDataAmount: '20000', lowDataUnit: 'GB' }, 'lowDataAmount', 'options_error_amount'],
    [{ staleDays: '2.5' }, 'staleDays', 'options_error_stale'],
    [{ staleDays: '366' }, 'staleDays', 'options_error_stale'],
    [{ quietStart: '24:00' }, 'quietStart', 'options_error_time'],
    [{ quietEnd: 'soon' }, 'quietEnd', 'options_error_time'],
  ])('refuses %o on %s', (over, field, key) => {
    expect(parseDraft(draft(over))).toEqual({ errors: { [field]: key } });
  });

  it('reports every wrong field at once', () => {
    const result = parseDraft(draft({ lowDataPercent: 'x', staleDays: 'y', quietEnd: '' }));
    expect(Object.keys('errors' in result ? result.errors : {}).sort()).toEqual(['lowDataPercent', 'quietEnd', 'staleDays']);
  });

  it('reads times of day', () => {
    expect(timeToMinutes('22:00')).toBe(1320);
    expect(timeToMinutes('7:05')).toBe(425);
    expect(timeToMinutes('08:00:00')).toBe(480);
    expect(timeToMinutes('12:60')).toBeUndefined();
    expect(minutesToTime(425)).toBe('07:05');
  });
});

describe('adding a lead day', () => {
  it('accepts 0 to 60 once each, at most 8', () => {
    expect(checkLeadDay('14', [7, 3])).toEqual({ day: 14 });
    expect(checkLeadDay('0', [])).toEqual({ day: 0 });
    expect(checkLeadDay('60', [])).toEqual({ day: 60 });
    expect(checkLeadDay('61', [])).toEqual({ error: 'options_error_lead_range' });
    expect(checkLeadDay('1.5', [])).toEqual({ error: 'options_error_lead_range' });
    expect(checkLeadDay('', [])).toEqual({ error: 'options_error_lead_range' });
    expect(checkLeadDay('7', [7, 3])).toEqual({ error: 'options_error_lead_duplicate' });
    expect(checkLeadDay('9', [1, 2, 3, 4, 5, 6, 7, 8])).toEqual({ error: 'options_error_lead_max' });
  });

  it('saves lead days furthest first without duplicates', () => {
    expect(parseDraft(draft({ leadDays: [1, 14, 7] }))).toMatchObject({ settings: { leadDays: [14, 7, 1] } });
  });
});

describe('one line’s own alerts', () => {
  it('shows an empty draft for a line that uses the defaults, and keeps it so', () => {
    const d = lineAlertsDraft({ muted: false });
    expect(d).toEqual({ lowDataPercent: '', lowDataAmount: '', lowDataUnit: 'GB', autoRenew: false });
    expect(parseLineAlerts(d, { muted: true })).toEqual({ settings: { muted: true } });
  });

  it('sets a line’s threshold and auto-renew, and clears them again', () => {
    const set = parseLineAlerts({ lowDataPercent: '１０', lowDataAmount: '0.5', lowDataUnit: 'GB', autoRenew: true }, { muted: false, keepAliveStart: 5 });
    expect(set).toEqual({ settings: { muted: false, keepAliveStart: 5, lowDataPercent: 10, lowDataMB: 512, autoRenew: true } });
    const back = lineAlertsDraft((set as { settings: Parameters<typeof lineAlertsDraft>[0] }).settings);
    expect(back).toEqual({ lowDataPercent: '10', lowDataAmount: '512', lowDataUnit: 'MB', autoRenew: true });
    const cleared = parseLineAlerts({ ...back, lowDataPercent: ' ', lowDataAmount: '', autoRenew: false }, { muted: false, lowDataPercent: 10, lowDataMB: 512, autoRenew: true });
    expect(cleared).toEqual({ settings: { muted: false } });
  });

  it('refuses out-of-range and non-numbers, naming each field', () => {
    expect(parseLineAlerts({ lowDataPercent: '120', lowDataAmount: 'lots', lowDataUnit: 'GB', autoRenew: false }, { muted: false })).toEqual({
      errors: { lowDataPercent: 'options_error_percent', lowDataAmount: 'options_error_amount' },
    });
    expect(parseLineAlerts({ lowDataPercent: '-1', lowDataAmount: '', lowDataUnit: 'GB', autoRenew: false }, { muted: false })).toEqual({
      errors: { lowDataPercent: 'options_error_percent' },
    });
  });
});
