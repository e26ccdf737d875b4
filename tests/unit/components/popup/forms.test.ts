import { describe, expect, it } from 'vitest';
import {
  EMPTY_LINE_FORM,
  instantToWall,
  manualReading,
  parseAmount,
  parseLineForm,
  rawFromLine,
  wallToInstant,
} from '@/components/popup/forms';
import { NOW, at, line, reading } from '../../support/popup-seed';

describe('wall-clock times in the provider zone', () => {
  it('reads a JST date and time as that instant', () => {
    expect(wallToInstant('2026-12-31', '23:59', 'Asia/Tokyo')).toBe(at('2026-12-31T23:59:00+09:00'));
  });

  it('takes a date alone as the end of that day there', () => {
    expect(wallToInstant('2026-12-31', '', 'Asia/Tokyo')).toBe(at('2026-12-31T23:59:59.999+09:00'));
    expect(wallToInstant('2026-07-01', '', 'Europe/London')).toBe(at('2026-07-01T23:59:59.999+01:00'));
  });

  it('refuses what is not a date or time', () => {
    expect(wallToInstant('2026-13-01', '', 'Asia/Tokyo')).toBeUndefined();
    expect(wallToInstant('31/12/2026', '', 'Asia/Tokyo')).toBeUndefined();
    expect(wallToInstant('2026-12-31', '24:00', 'Asia/Tokyo')).toBeUndefined();
  });

  it('round-trips to the inputs', () => {
    expect(instantToWall(at('2026-12-31T14:59:00Z'), 'Asia/Tokyo')).toEqual({ date: '2026-12-31', time: '23:59' });
    expect(instantToWall(at('2026-12-31T14:59:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-12-31', time: '22:59' });
  });
});

describe('amounts', () => {
  it.each([
    ['', null],
    ['1980', 1980],
    ['1,980', 1980],
    ['１９８０', 1980],
    ['12,50', 12.5],
    ['9.99', 9.99],
    ['-1', undefined],
    ['abc', undefined],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toBe(expected);
  });
});

describe('line form', () => {
  const raw = { ...EMPTY_LINE_FORM, provider: 'povo', date: '2027-01-15', time: '12:00', remainingGB: '2.5', totalGB: '3' };

  it('turns GB into MB and the date into an instant in the zone', () => {
    expect(parseLineForm(raw, 'Asia/Tokyo').values).toEqual({
      provider: 'povo',
      label: null,
      expiresAt: at('2027-01-15T12:00:00+09:00'),
      remainingMB: 2560,
      totalMB: 3072,
      unlimited: false,
      keepAliveStart: null,
    });
  });

  it('says which fields are wrong', () => {
    expect(parseLineForm({ ...raw, provider: '', date: 'x', remainingGB: '4', totalGB: '3' }, 'Asia/Tokyo').errors).toEqual({
      provider: 'popup_error_provider',
      date: 'popup_error_date',
      totalGB: 'popup_error_total',
    });
    expect(parseLineForm({ ...raw, remainingGB: 'lots' }, 'Asia/Tokyo').errors).toEqual({ remainingGB: 'popup_error_number' });
    expect(parseLineForm({ ...raw, date: '', time: '10:00' }, 'Asia/Tokyo').errors).toEqual({ date: 'popup_error_date' });
  });

  it('prefills from a line and shows a date-only expiry without a time', () => {
    const l = line('m', { manual: true, label: 'Trip', settings: { muted: false, keepAliveStart: at('2026-12-01T00:00:00+09:00') } });
    const r = reading('m', { expiresAt: at('2027-01-15T23:59:59.999+09:00'), remainingMB: 2560, totalMB: 3072 });
    expect(rawFromLine(l, r, 'Asia/Tokyo')).toEqual({
      provider: 'povo',
      label: 'Trip',
      date: '2027-01-15',
      time: '',
      remainingGB: '2.5',
      totalGB: '3',
      unlimited: false,
      keepAliveStart: '2026-12-01',
    });
  });

  it('stores a new reading only when its fields change, keeping untouched values exact', () => {
    const l = line('m', { manual: true });
    const latest = reading('m', { expiresAt: at('2027-01-15T23:59:30+09:00'), remainingMB: 2555.5, totalMB: 3072 });
    const initial = rawFromLine(l, latest, 'Asia/Tokyo');
    const same = parseLineForm({ ...initial, label: 'new name' }, 'Asia/Tokyo').values!;
    expect(manualReading(same, { ...initial, label: 'new name' }, initial, latest, NOW)).toBeNull();
    const changedRaw = { ...initial, remainingGB: '1' };
    const changed = manualReading(parseLineForm(changedRaw, 'Asia/Tokyo').values!, changedRaw, initial, latest, NOW);
    expect(changed).toMatchObject({
      at: NOW,
      source: 'manual',
      remainingMB: 1024,
      totalMB: 3072,
      expiresAt: at('2027-01-15T23:59:30+09:00'),
    });
  });

  it('stores no reading for a new line without any data', () => {
    const values = parseLineForm({ ...EMPTY_LINE_FORM, provider: 'other', label: 'x' }, 'UTC').values!;
    expect(manualReading(values, { ...EMPTY_LINE_FORM }, null, undefined, NOW)).toBeNull();
  });
});
