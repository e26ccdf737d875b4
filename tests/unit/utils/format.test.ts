import { describe, expect, it } from 'vitest';
import { daysLeft, formatDate, formatDateTime, formatDaysLeft, formatMB, formatPrice, formatTwoZones, makeFmt, prepareFormats, relativeTime } from '@/utils/format';
import { fill } from '@/utils/i18n/locale';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import { dictionaryTranslator } from '@/utils/i18n/t';

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

describe('dates per language: day and month by name, never 12/04/2026', () => {
  const FRIDAY = Date.parse('2026-12-04T22:59:00+09:00');

  it.each([
    ['en', 'Fri 4 Dec 2026'],
    ['en-US', 'Fri 4 Dec 2026'],
    ['en-GB', 'Fri 4 Dec 2026'],
    ['ja', '2026年12月4日(金)'],
    ['zh-CN', '2026年12月4日 周五'],
    ['zh-TW', '2026年12月4日 週五'],
  ])('%s writes %s', (intl, out) => expect(formatDate(FRIDAY, intl, 'Asia/Tokyo')).toBe(out));

  it('adds a 24-hour time', () => {
    expect(formatDateTime(FRIDAY, 'en', 'Asia/Tokyo')).toBe('Fri 4 Dec 2026, 22:59');
    expect(formatDateTime(FRIDAY, 'ja', 'Asia/Tokyo')).toBe('2026年12月4日(金) 22:59');
    expect(formatDateTime(FRIDAY, 'zh-CN', 'Asia/Tokyo')).toBe('2026年12月4日 周五 22:59');
    expect(formatDateTime(FRIDAY, 'zh-TW', 'Asia/Tokyo')).toBe('2026年12月4日 週五 22:59');
  });

  it('writes the day of the zone asked for', () => {
    // 00:30 in Tokyo on Saturday 5 December is still Friday evening in London.
    const at = Date.parse('2026-12-05T00:30:00+09:00');
    expect(formatDate(at, 'en', 'Asia/Tokyo')).toBe('Sat 5 Dec 2026');
    expect(formatDate(at, 'en', 'Europe/London')).toBe('Fri 4 Dec 2026');
  });
});

describe('formatTwoZones', () => {
  it('shows one time for a user in the provider’s zone', () => {
    const s = formatTwoZones(EXPIRY, 'ja', 'Asia/Tokyo', 'Asia/Tokyo', '日本時間');
    expect(s).toBe('2026年11月30日(月) 23:59');
  });

  it('shows the user’s time and Japan time when the clocks differ', () => {
    expect(formatTwoZones(EXPIRY, 'zh-CN', 'Asia/Shanghai', 'Asia/Tokyo', '日本时间')).toBe('2026年11月30日 周一 22:59 (日本时间 23:59)');
  });

  it('gives the other zone’s date too when the day differs there', () => {
    // 08:00 on Tuesday 1 December in Tokyo is still Monday evening in London.
    const at = Date.parse('2026-12-01T08:00:00+09:00');
    expect(formatTwoZones(at, 'en', 'Europe/London', 'Asia/Tokyo', 'JST')).toBe('Mon 30 Nov 2026, 23:00 (JST Tue 1 Dec 2026, 08:00)');
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

describe('daysLeft and formatDaysLeft: the one day count', () => {
  const jstEnd = Date.parse('2026-12-04T23:59:00+09:00');

  it('counts calendar days in the user zone, whatever the hour', () => {
    // 22:59 in Shanghai on 12/4, seen on 12/2 at 10:00 there: 2 days.
    expect(daysLeft(jstEnd, Date.parse('2026-12-02T10:00:00+08:00'), 'Asia/Shanghai')).toBe(2);
    expect(daysLeft(jstEnd, Date.parse('2026-12-03T23:30:00+08:00'), 'Asia/Shanghai')).toBe(1);
    expect(daysLeft(jstEnd, Date.parse('2026-12-04T00:01:00+08:00'), 'Asia/Shanghai')).toBe(0);
    expect(daysLeft(jstEnd, Date.parse('2026-12-06T09:00:00+08:00'), 'Asia/Shanghai')).toBe(-2);
    // The same instant is already 12/5 in Auckland.
    expect(daysLeft(jstEnd, Date.parse('2026-12-02T10:00:00+09:00'), 'Pacific/Auckland')).toBe(3);
  });

  it('keeps whole days over a DST change', () => {
    expect(daysLeft(Date.parse('2026-10-26T00:10:00Z'), Date.parse('2026-10-24T23:30:00+01:00'), 'Europe/London')).toBe(2);
  });

  it.each([
    ['en', ['today', 'tomorrow', 'in 2 days', 'in 10 days', 'yesterday', '3 days ago']],
    ['ja', ['今日', '明日', '2 日後', '10 日後', '昨日', '3 日前']],
    ['zh-CN', ['今天', '明天', '2天后', '10天后', '昨天', '3天前']],
    ['zh-TW', ['今天', '明天', '2 天後', '10 天後', '昨天', '3 天前']],
  ])('says it in %s, with a number from two days on', (intl, words) => {
    expect([0, 1, 2, 10, -1, -3].map((d) => formatDaysLeft(d, { intl }))).toEqual(words);
  });
});

describe('relativeTime', () => {
  const NOW = Date.parse('2026-12-02T10:00:00+09:00');
  const fmtIn = (locale: 'en' | 'zh-CN' | 'ja', dict: Record<string, string>) =>
    makeFmt(dictionaryTranslator(locale, dict, en), 'Asia/Tokyo', NOW);

  it.each([
    ['en', en, 'just now'],
    ['zh-CN', zhCN, '刚刚'],
    ['ja', ja, 'たった今'],
  ] as const)('a reading of the last minute was read "just now" in %s', (locale, dict, words) => {
    expect(relativeTime(NOW - 20_000, fmtIn(locale, dict))).toBe(words);
  });

  it('counts minutes after that', () => {
    expect(relativeTime(NOW - 5 * 60_000, fmtIn('en', en))).toBe('5 minutes ago');
  });
});

describe('prepareFormats', () => {
  it('builds formatters ahead and changes no text (unknown zones included)', () => {
    const at = Date.parse('2026-12-04T13:59:00Z');
    const texts = () => [
      formatMB(512, 'ja'),
      formatMB(1536, 'ja'),
      formatMB(15360, 'ja'),
      formatDaysLeft(0, { intl: 'ja' }),
      formatDaysLeft(2, { intl: 'ja' }),
      formatDateTime(at, 'ja', 'Europe/Paris'),
      formatTwoZones(at, 'ja', 'Europe/Paris', 'Asia/Tokyo', '日本時間'),
    ];
    const before = texts();
    expect(() => prepareFormats('ja', ['Europe/Paris', 'Asia/Tokyo', 'Not/AZone'], at)).not.toThrow();
    expect(texts()).toEqual(before);
  });
});
