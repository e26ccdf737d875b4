import { describe, expect, it } from 'vitest';
import { formatMB, formatPrice, formatTwoZones } from '@/utils/format';
import { fill } from '@/utils/i18n/locale';

const EXPIRY = Date.parse('2026-11-30T23:59:59+09:00');

describe('formatMB', () => {
  it.each([
    [7475.2, 'en', '7.3 GB'],
    [122880, 'en', '120 GB'],
    [15360, 'ja', '15 GB'],
    [1536, 'zh-CN', '1.5 GB'],
    [512, 'en', '512 MB'],
    [0, 'en', '0 MB'],
  ])('%s MB in %s is %s', (mb, locale, out) => expect(formatMB(mb, locale)).toBe(out));
});

describe('formatTwoZones', () => {
  it('shows one time for a user in the provider’s zone', () => {
    const s = formatTwoZones(EXPIRY, 'ja', 'Asia/Tokyo', 'Asia/Tokyo', '日本時間');
    expect(s).toBe('2026/11/30 23:59');
  });

  it('shows the user’s time and Japan time when the clocks differ', () => {
    expect(formatTwoZones(EXPIRY, 'zh-CN', 'Asia/Shanghai', 'Asia/Tokyo', '日本时间')).toBe('2026/11/30 22:59 (日本时间 23:59)');
  });

  it('names another provider zone by Intl’s short name', () => {
    expect(formatTwoZones(EXPIRY, 'en', 'Asia/Tokyo', 'Asia/Hong_Kong')).toMatch(/\(GMT\+8 22:59\)$/);
  });
});

it('formats a price with its currency', () => {
  expect(formatPrice({ amount: 25100, currency: 'JPY' }, 'en')).toBe('¥25,100');
  expect(formatPrice({ amount: 50, currency: 'HKD' }, 'zh-TW')).toMatch(/50/);
});

it('fills numbered placeholders', () => {
  expect(fill('$1 of $2', ['1 GB', '3 GB'])).toBe('1 GB of 3 GB');
  expect(fill('還剩 $1 天', [5])).toBe('還剩 5 天');
});
