import { describe, expect, it } from 'vitest';
import { fill, formatDateTime, formatMB, formatPrice } from '@/utils/checkout/format';

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

describe('formatDateTime', () => {
  it('shows the provider’s wall-clock time, without a zone for a user in that zone', () => {
    const s = formatDateTime(EXPIRY, 'ja', 'Asia/Tokyo', 'Asia/Tokyo');
    expect(s).toContain('2026/11/30');
    expect(s).toContain('23:59');
    expect(s).not.toMatch(/GMT|JST/);
  });

  it('names the zone for a user whose clock is elsewhere', () => {
    const s = formatDateTime(EXPIRY, 'zh-CN', 'Asia/Tokyo', 'Asia/Shanghai');
    expect(s).toContain('2026年11月30日');
    expect(s).toContain('23:59');
    expect(s).toContain('GMT+9');
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
