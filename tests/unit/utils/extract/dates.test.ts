import { describe, expect, it } from 'vitest';
import { type DateContext, parseDate, parseRelative, statedZone } from '@/utils/extract/dates';
import { norm } from '@/utils/extract/text';
import { type Zone, toIso } from '@/utils/time';

/**
 * One example per date form the extractor reads, with the instant written out by hand. The
 * property tests in fuzz-parsers.test.ts cover the space between these points.
 * "Now" is Sunday 2026-11-22 10:00 in Tokyo; the provider zone is Tokyo unless a case says so.
 */

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const ctx = (over: Partial<DateContext> = {}): DateContext => ({ now: NOW, zone: 'Asia/Tokyo', dateOrder: 'ymd', ...over });

/** Parses and checks the instant both as an absolute time and as written in `zone`. */
function expectInstant(text: string, iso: string, over: Partial<DateContext> = {}, zone: Zone = 'Asia/Tokyo'): void {
  const parsed = parseDate(text, ctx(over));
  expect(parsed).not.toBeNull();
  expect(parsed!.at).toBe(Date.parse(iso));
  expect(toIso(parsed!.at, zone)).toBe(iso);
}

describe('parseDate: calendar dates, date only = 23:59:59 that day in Tokyo', () => {
  it.each([
    ['年月日', '2026年12月31日', '2026-12-31T23:59:59+09:00'],
    ['年月日 with spaces', '2026年 12月 31日', '2026-12-31T23:59:59+09:00'],
    ['年月日 without 日', '2026年12月31', '2026-12-31T23:59:59+09:00'],
    ['slashes', '2026/12/31', '2026-12-31T23:59:59+09:00'],
    ['hyphens', '2026-12-31', '2026-12-31T23:59:59+09:00'],
    ['dots', '2026.12.31', '2026-12-31T23:59:59+09:00'],
    ['single-digit month and day', '2027/1/5', '2027-01-05T23:59:59+09:00'],
    ['Reiwa era in kanji', '令和8年12月31日', '2026-12-31T23:59:59+09:00'],
    ['Reiwa era abbreviated', 'R8.12.31', '2026-12-31T23:59:59+09:00'],
    ['Heisei era in kanji', '平成31年4月30日', '2019-04-30T23:59:59+09:00'],
    ['English month first', 'Dec 31, 2026', '2026-12-31T23:59:59+09:00'],
    ['English full month first with ordinal', 'December 31st, 2026', '2026-12-31T23:59:59+09:00'],
    ['English day first', '31 December 2026', '2026-12-31T23:59:59+09:00'],
    ['Chinese 年月日 with a label', '到期日：2026年12月31日', '2026-12-31T23:59:59+09:00'],
    ['leap day in a leap year', '2028/02/29', '2028-02-29T23:59:59+09:00'],
    ['a period: the last date is the end', '2026/11/01〜2026/12/31', '2026-12-31T23:59:59+09:00'],
  ])('%s: %s → %s', (_form, text, iso) => {
    expectInstant(text, iso);
  });

  it('reads full-width digits once the text is normalised, as the readers do (２０２６年１２月３１日)', () => {
    expectInstant(norm('２０２６年１２月３１日'), '2026-12-31T23:59:59+09:00');
  });

  it('reports no stated zone and no relative count for a plain date', () => {
    expect(parseDate('2026/12/31', ctx())).toMatchObject({ zone: null, relative: false });
  });
});

describe('parseDate: month end (末)', () => {
  it.each([
    ['2026年12月末', '2026-12-31T23:59:59+09:00'],
    ['2027年2月末', '2027-02-28T23:59:59+09:00'],
    ['2028年2月末', '2028-02-29T23:59:59+09:00'],
    ['2026年11月末', '2026-11-30T23:59:59+09:00'],
  ])('%s → %s', (text, iso) => {
    expectInstant(text, iso);
  });
});

describe('parseDate: numeric day/month order', () => {
  it.each<[string, DateContext['dateOrder'], string]>([
    ['31/12/2026', 'dmy', '2026-12-31T23:59:59+09:00'],
    ['12/31/2026', 'mdy', '2026-12-31T23:59:59+09:00'],
    ['04/05/2027', 'dmy', '2027-05-04T23:59:59+09:00'],
    ['04/05/2027', 'mdy', '2027-04-05T23:59:59+09:00'],
    // A day above 12 settles the order whatever the provider says.
    ['31/12/2026', 'mdy', '2026-12-31T23:59:59+09:00'],
    ['12/31/2026', null, '2026-12-31T23:59:59+09:00'],
  ])('%s with %s → %s', (text, dateOrder, iso) => {
    expectInstant(text, iso, { dateOrder });
  });

  it.each<[string, DateContext['dateOrder']]>([
    ['04/05/2027', null],
    ['04/05/2027', 'ymd'],
  ])('drops the ambiguous %s when the order is %s', (text, dateOrder) => {
    expect(parseDate(text, ctx({ dateOrder }))).toBeNull();
  });
});

describe('parseDate: month and day without a year', () => {
  it.each([
    // Later this year.
    ['12月31日', '2026-12-31T23:59:59+09:00'],
    // Earlier this month: stays this year (an expiry that has passed).
    ['11月1日', '2026-11-01T23:59:59+09:00'],
    // Less than half a year ago: stays this year.
    ['6月1日', '2026-06-01T23:59:59+09:00'],
    // Half a year or more ago: next year's date.
    ['5月31日', '2027-05-31T23:59:59+09:00'],
    ['1月5日', '2027-01-05T23:59:59+09:00'],
  ])('read on 2026-11-22: %s → %s', (text, iso) => {
    expectInstant(text, iso);
  });

  it('takes the year of the date before it, and the next year when the month goes back', () => {
    expectInstant('2026年12月1日〜1月5日', '2027-01-05T23:59:59+09:00');
  });
});

describe('parseDate: a stated time is kept', () => {
  it.each([
    ['24-hour with colon', '2026/12/31 15:30', '2026-12-31T15:30:00+09:00'],
    ['24-hour with seconds', '2026/12/31 15:30:45', '2026-12-31T15:30:45+09:00'],
    ['時分', '2026年12月31日 15時30分', '2026-12-31T15:30:00+09:00'],
    ['午後 時分', '2026年12月31日 午後3時30分', '2026-12-31T15:30:00+09:00'],
    ['午前 with colon', '2026年12月31日 午前9:15', '2026-12-31T09:15:00+09:00'],
    ['午前12時 is midnight', '2026年12月31日 午前12:00', '2026-12-31T00:00:00+09:00'],
    ['下午 (Chinese)', '2026年12月31日 下午3:30', '2026-12-31T15:30:00+09:00'],
    ['English PM', 'Dec 31, 2026 4:30 PM', '2026-12-31T16:30:00+09:00'],
    ['English at', 'Dec 31, 2026 at 11:59 PM', '2026-12-31T23:59:00+09:00'],
    ['weekday between date and time', '2026/12/31(木) 23:59', '2026-12-31T23:59:00+09:00'],
    ['24:00 means the end of the day', '2026/12/31 24:00', '2026-12-31T23:59:59+09:00'],
  ])('%s: %s → %s', (_form, text, iso) => {
    expectInstant(text, iso);
  });

  it('ignores a time after a month-end date', () => {
    expectInstant('2026年12月末 10:00', '2026-12-31T23:59:59+09:00');
  });
});

describe('parseDate: a zone the page states wins over the provider zone', () => {
  // The provider zone is London, so only the stated zone can give these +09:00 instants.
  const london = { zone: 'Europe/London' };
  it.each<[string, string, Zone]>([
    ['2026/12/31 23:59 JST', '2026-12-31T23:59:00+09:00', 'Asia/Tokyo'],
    ['2026年12月31日 23:59（日本時間）', '2026-12-31T23:59:00+09:00', 'Asia/Tokyo'],
    ['2026年12月31日 23:59（东京时间）', '2026-12-31T23:59:00+09:00', 'Asia/Tokyo'],
    ['2026/12/31 23:59 (GMT+9)', '2026-12-31T23:59:00+09:00', 540],
    ['2026/12/31 (JST)', '2026-12-31T23:59:59+09:00', 'Asia/Tokyo'],
  ])('%s → %s', (text, iso, zone) => {
    const parsed = parseDate(text, ctx(london));
    expect(parsed).not.toBeNull();
    expect(parsed!.zone).toBe(zone);
    expect(parsed!.at).toBe(Date.parse(iso));
    expect(toIso(parsed!.at, zone)).toBe(iso);
  });

  it.each<[string, string, Zone]>([
    ['2026/12/31 23:59 (GMT+8)', '2026-12-31T23:59:00+08:00', 480],
    ['2026/12/31 23:59 UTC+05:30', '2026-12-31T23:59:00+05:30', 330],
    ['2026/12/31 23:59 GMT-5', '2026-12-31T23:59:00-05:00', -300],
    ['2026/12/31 23:59 UTC', '2026-12-31T23:59:00+00:00', 0],
    ['2026/12/31 23:59 HKT', '2026-12-31T23:59:00+08:00', 'Asia/Hong_Kong'],
    ['2026年12月31日 23:59 北京时间', '2026-12-31T23:59:00+08:00', 'Asia/Shanghai'],
  ])('a zone other than Tokyo: %s → %s', (text, iso, zone) => {
    const parsed = parseDate(text, ctx());
    expect(parsed).not.toBeNull();
    expect(parsed!.zone).toBe(zone);
    expect(parsed!.at).toBe(Date.parse(iso));
    expect(toIso(parsed!.at, zone)).toBe(iso);
  });

  it.each<[string, Zone | null]>([
    ['JST', 'Asia/Tokyo'],
    ['日本時間', 'Asia/Tokyo'],
    ['东京时间', 'Asia/Tokyo'],
    ['GMT+9', 540],
    ['GMT+8', 480],
    ['UTC+09:00', 540],
    ['GMT-5', -300],
    ['GMT+15', null],
    ['no zone here', null],
  ])('statedZone(%s) → %s', (text, zone) => {
    expect(statedZone(text)).toBe(zone);
  });
});

describe('parseDate: a provider zone other than Tokyo', () => {
  it.each([
    ['winter (GMT)', '2026/12/31', '2026-12-31T23:59:59+00:00'],
    ['summer (BST)', '2026/07/31', '2026-07-31T23:59:59+01:00'],
    ['the day clocks go forward', '2026/03/29', '2026-03-29T23:59:59+01:00'],
    ['the day clocks go back', '2026/10/25', '2026-10-25T23:59:59+00:00'],
    ['a stated time in summer', '2026/07/31 09:00', '2026-07-31T09:00:00+01:00'],
  ])('Europe/London, %s: %s → %s', (_season, text, iso) => {
    expectInstant(text, iso, { zone: 'Europe/London' }, 'Europe/London');
  });
});

describe('parseDate: impossible dates give null, never a rolled-over day', () => {
  it.each([
    '2026/02/30',
    '2026/13/01',
    '2026年2月29日',
    '2026年4月31日',
    '2026-00-10',
    '2026/12/32',
    '令和8年13月1日',
    'Feb 30, 2026',
    '31/04/2026',
    '2月30日',
  ])('%s → null', (text) => {
    expect(parseDate(text, ctx({ dateOrder: 'dmy' }))).toBeNull();
  });

  it.each(['有効期限', '', '2026', '12/31'])('no date at all: "%s" → null', (text) => {
    expect(parseDate(text, ctx())).toBeNull();
  });
});

describe('parseRelative: counted from today, end of day now + N', () => {
  it.each([
    ['あと3日', '2026-11-25T23:59:59+09:00'],
    ['残り 3 日間', '2026-11-25T23:59:59+09:00'],
    ['剩余3天', '2026-11-25T23:59:59+09:00'],
    ['還剩3天', '2026-11-25T23:59:59+09:00'],
    ['3 days left', '2026-11-25T23:59:59+09:00'],
    ['1 day remaining', '2026-11-23T23:59:59+09:00'],
    ['in 3 days', '2026-11-25T23:59:59+09:00'],
    ['3日後', '2026-11-25T23:59:59+09:00'],
    ['残り日数: 3', '2026-11-25T23:59:59+09:00'],
    ['あと0日', '2026-11-22T23:59:59+09:00'],
    ['あと10日', '2026-12-02T23:59:59+09:00'],
    ['あと40日', '2027-01-01T23:59:59+09:00'],
  ])('%s → %s', (text, iso) => {
    const parsed = parseRelative(text, ctx());
    expect(parsed).toEqual({ at: Date.parse(iso), zone: null, relative: true });
    expect(toIso(parsed!.at, 'Asia/Tokyo')).toBe(iso);
  });

  it('is what parseDate falls back to when the text has no calendar date', () => {
    expect(parseDate('あと3日', ctx())).toEqual({ at: Date.parse('2026-11-25T23:59:59+09:00'), zone: null, relative: true });
  });

  it('counts from the provider zone’s today: at 08:00 in Tokyo it is still the 21st in London', () => {
    const now = Date.parse('2026-11-22T08:00:00+09:00');
    const parsed = parseRelative('3 days left', ctx({ now, zone: 'Europe/London' }));
    expect(parsed!.at).toBe(Date.parse('2026-11-24T23:59:59+00:00'));
    expect(toIso(parsed!.at, 'Europe/London')).toBe('2026-11-24T23:59:59+00:00');
  });

  it.each(['3 days', '残り', 'あと三日', ''])('no count: "%s" → null', (text) => {
    expect(parseRelative(text, ctx())).toBeNull();
  });
});

describe('parseRelative: a countdown in hours and minutes is now + that, to the minute', () => {
  it.each([
    ['残り 5時間30分', '2026-11-22T15:30:00+09:00'],
    ['剩余时间 2小时15分', '2026-11-22T12:15:00+09:00'],
    ['方案剩餘時間 13 小時 25 分鐘', '2026-11-22T23:25:00+09:00'],
    ['あと 3時間', '2026-11-22T13:00:00+09:00'],
    ['13 hours 25 minutes left', '2026-11-22T23:25:00+09:00'],
    ['Ends in 18h 20m', '2026-11-23T04:20:00+09:00'],
    ['2h 5m left', '2026-11-22T12:05:00+09:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseRelative(text, ctx())).toEqual({ at: Date.parse(iso), zone: null, relative: true });
  });

  it('truncates to the minute', () => {
    expect(parseRelative('残り 1時間', ctx({ now: NOW + 42_000 }))?.at).toBe(Date.parse('2026-11-22T11:00:00+09:00'));
  });

  it.each(['24時間', '日租 1GB/24小时', '自激活起 24 小时内有效'])('a duration without a countdown word is none: %s', (text) => {
    expect(parseRelative(text, ctx())).toBeNull();
  });
});

describe('parseDate: a time after a separator ("Dec 9, 2026 · 2:30 PM")', () => {
  it.each([
    ['Dec 9, 2026 · 2:30 PM (UTC+9)', '2026-12-09T14:30:00+09:00', { dateOrder: 'mdy' as const }],
    ['2026/12/09 ・ 14:30', '2026-12-09T14:30:00+09:00', {}],
    ['2026-12-09 | 14:30', '2026-12-09T14:30:00+09:00', {}],
  ])('%s', (text, iso, over) => expectInstant(text, iso, over));
});

describe('statedZone: the zone stated, not the one it is compared with', () => {
  it.each([
    ['本页面所有时间均为北京时间（UTC+8），与日本时间相差1小时。', 'Asia/Shanghai'],
    ['以下为北京时间，日本时间请加1小时', 'Asia/Shanghai'],
    ['所有時間均為日本時間', 'Asia/Tokyo'],
  ])('%s', (text, zone) => expect(statedZone(text)).toBe(zone));
});

describe('parseRelative: a countdown in days and hours', () => {
  it.each([
    ['Expires in 1 day 4 hours', 28 * 60],
    ['剩余 3天5小时', (3 * 24 + 5) * 60],
    ['あと2日3時間15分', (2 * 24 + 3) * 60 + 15],
  ])('"%s" is now plus that, to the minute', (text, minutes) => {
    expect(parseRelative(text, ctx())?.at).toBe(Math.floor((NOW + minutes * 60_000) / 60_000) * 60_000);
  });
});

describe('parseRelative: "in N days M hours" after an expiry label', () => {
  it('is now plus that, to the minute', () => {
    expect(parseRelative('in 3 days 4 hours', ctx())?.at).toBe(NOW + (3 * 24 + 4) * 3_600_000);
  });
});
