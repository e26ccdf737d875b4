import { describe, expect, it } from 'vitest';
import type { Bucket, LineRecord, ReadingRecord } from '@/utils/records';
import { getProvider } from '@/utils/providers';
import { keepAliveRuleFor } from '@/utils/providers/keep-alive-rule';
import { lineDeadline } from '@/utils/lines/deadline';
import { lineKindOf } from '@/utils/lines/kind';
import { type PlannedReminder, planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { reminderText } from '@/entrypoints/background/notice-text';
import { local, ofKind, t } from '../../support/reminders-seed';

/**
 * Reminders by what is at stake, with the registry's own profiles: the number (a line deadline),
 * data that lapses, data that runs low; and the stale nudge only where a reading matters soon.
 */

const DAY = 86_400_000;
const NOW = t('2026-12-12T10:00:00+09:00');

function line(provider: string, over: Partial<LineRecord> = {}): LineRecord {
  return {
    id: `${provider}:1`,
    provider,
    lineId: '090-1234-5678',
    label: null,
    manual: false,
    createdAt: t('2026-06-01T00:00:00+09:00'),
    settings: { muted: false },
    ...over,
  };
}

function reading(l: LineRecord, over: Partial<ReadingRecord> = {}): ReadingRecord {
  return {
    lineId: l.id,
    at: NOW - 3_600_000,
    expiresAt: null,
    remainingMB: null,
    totalMB: null,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://example.invalid/account',
    source: 'page',
    ...over,
  };
}

function plan(l: LineRecord, readings: ReadingRecord[], now = NOW): PlannedReminder[] {
  return planReminders({
    lines: [l],
    readings,
    renewals: [],
    settings: DEFAULT_SETTINGS,
    now,
    timeZone: 'Asia/Tokyo',
    fired: [],
    providers: getProvider,
  });
}

/** Every title and body the notifications would show for these reminders, in every language. */
function texts(rs: readonly PlannedReminder[], l: LineRecord): string[] {
  return rs.flatMap((r) =>
    (['en', 'ja', 'zh-CN', 'zh-TW'] as const).flatMap((locale) => {
      const { title, message } = reminderText(r, l, locale, 'Asia/Tokyo', NOW);
      return [title, message];
    }),
  );
}

/** Words of losing the number or the line, in the four languages. */
const LOSE = /\blose\b|\blost\b|失う|失效|销号|停机|停話|收回|維持|保号|保號|keep your number/i;

const bucket = (over: Partial<Bucket>): Bucket => ({ name: null, remainingMB: null, totalMB: null, expiresAt: null, bonus: false, ...over });

describe('povo (keep-number): two paid toppings and a later free bonus', () => {
  const povo = line('povo');
  const PAID_20 = t('2026-12-20T23:59:59+09:00');
  const topping20 = bucket({ name: 'データ追加20GB(30日間)', remainingMB: 12800, totalMB: 20480, expiresAt: PAID_20 });
  const topping3 = bucket({ name: 'データ追加3GB(30日間)', remainingMB: 0, totalMB: 3072, expiresAt: t('2026-12-15T23:59:59+09:00') });
  const bonus = bucket({ name: 'データボーナス', remainingMB: 1024, totalMB: 1024, expiresAt: t('2027-01-20T23:59:59+09:00'), bonus: true });
  // The summary fields as a merged reading had them: the latest expiry of any bucket (the bonus).
  const r = reading(povo, {
    expiresAt: bonus.expiresAt,
    remainingMB: 13824,
    totalMB: 24576,
    plan: 'データ追加20GB(30日間)',
    buckets: [topping3, topping20, bonus],
  });
  const rs = plan(povo, [r]);

  it('takes the keep-alive deadline from the latest PAID topping, as lineDeadline does', () => {
    const profile = getProvider('povo');
    const expected = lineDeadline({
      line: povo,
      kind: lineKindOf(povo, profile, r.plan),
      readings: [r],
      renewals: [],
      rule: profile && keepAliveRuleFor(profile, r.plan),
      timeZone: 'Asia/Tokyo',
    });
    expect(expected?.basis).toBe('rule');
    const keepAlive = ofKind(rs, 'keepAlive');
    expect(keepAlive.length).toBeGreaterThan(0);
    for (const k of keepAlive) expect(k.deadline).toBe(expected?.at);
    // 180 days after the day after 12/20, not after the bonus's 1/20.
    expect(local(keepAlive[0]!.deadline!, 'Asia/Tokyo')).toBe('2027-06-18 23:59');
    expect(ofKind(rs, 'expiry')).toEqual([]);
  });

  it('gives the lapsing 12.5 GB topping its own reminder the day before, and none for an empty one', () => {
    const lapses = ofKind(rs, 'dataLapse');
    const topping = lapses.find((x) => x.detail.name === topping20.name);
    expect(topping).toMatchObject({ deadline: PAID_20, detail: { remainingMB: 12800, expiresAt: PAID_20, bonus: false } });
    expect(local(topping!.fireAt, 'Asia/Tokyo').slice(0, 10)).toBe('2026-12-19');
    expect(topping!.key).toBe(`${povo.id}|dataLapse|${PAID_20}@データ追加20GB(30日間)`);
    expect(lapses.map((x) => x.detail.name).sort()).toEqual(['データボーナス', 'データ追加20GB(30日間)']);
  });

  it('says what lapses without speaking of the number, and names the number at risk', () => {
    const topping = ofKind(rs, 'dataLapse').find((x) => x.detail.name === topping20.name)!;
    const en = reminderText(topping, povo, 'en', 'Asia/Tokyo', NOW);
    expect(en.message).toBe('12.5 GB of your データ追加20GB(30日間) lapses on Sun 20 Dec 2026, 23:59. Use it before then.');
    expect(en.title).toBe('povo 090-1234-5678: 12.5 GB of data lapses in 8 days');
    expect(texts([topping], povo).join('\n')).not.toMatch(LOSE);

    const keepAlive = ofKind(rs, 'keepAlive')[0]!;
    const ka = reminderText(keepAlive, povo, 'en', 'Asia/Tokyo', NOW);
    expect(ka.message).toContain('Buy any paid topping');
    expect(ka.message).toContain('090-1234-5678');
    expect(ka.message).toContain('2027');
    expect(reminderText(keepAlive, povo, 'ja', 'Asia/Tokyo', NOW).message).toContain('090-1234-5678');
  });

  it('an estimated deadline says "at the latest" and asks for the missing fact', () => {
    const firstSeen = reading(povo, { expiresAt: null, buckets: [] });
    const est = ofKind(plan(povo, [firstSeen], t('2026-11-20T10:00:00+09:00')), 'keepAlive')[0]!;
    expect(est.detail.anchorSource).toBe('firstSeen');
    const en = reminderText(est, povo, 'en', 'Asia/Tokyo', NOW).message;
    expect(en).toMatch(/^At the latest/);
    expect(en).toContain('Buy any paid topping (promo-code bonuses do not count)');
    expect(en).toContain('enter it with Edit');
  });
});

describe('IIJmio ギガプラン (monthly)', () => {
  const iij = line('iijmio');
  const rollover = t('2026-12-31T23:59:59+09:00');

  it('gets no expiry, keep-alive or lapse reminders, and no stale nudge while data is fine', () => {
    const r = reading(iij, { plan: 'ギガプラン 10GB', expiresAt: rollover, remainingMB: 5000, totalMB: 10240, usedMB: 5240 });
    expect(plan(iij, [r])).toEqual([]);
    expect(plan(iij, [r], NOW + 20 * DAY)).toEqual([]);
  });

  it('keeps low data; nothing it says speaks of losing the number', () => {
    const r = reading(iij, { plan: 'ギガプラン 10GB', expiresAt: rollover, remainingMB: 500, totalMB: 10240, usedMB: 9740 });
    const rs = plan(iij, [r]);
    expect(new Set(rs.map((x) => x.kind))).toEqual(new Set(['lowData', 'stale']));
    const all = texts(rs, iij).join('\n');
    expect(all).not.toMatch(LOSE);
  });

  it('a prepaid pack on the same provider is prepaid: its keep-alive rule applies', () => {
    const r = reading(iij, { plan: 'プリペイドパック（タイプD）', expiresAt: NOW + 10 * DAY, remainingMB: 2000, totalMB: 3072 });
    expect(ofKind(plan(iij, [r]), 'keepAlive').length).toBeGreaterThan(0);
  });
});

describe('travel eSIM (Airalo)', () => {
  const esim = line('airalo', { lineId: null });
  const ends = t('2026-12-15T12:00:00Z');

  it('a package ending is data lapsing, never the number: no keep-alive, no expiry', () => {
    const r = reading(esim, { plan: 'Japan 3GB', expiresAt: ends, remainingMB: 1024, totalMB: 3072 });
    const rs = plan(esim, [r]);
    expect(ofKind(rs, 'keepAlive')).toEqual([]);
    expect(ofKind(rs, 'expiry')).toEqual([]);
    expect(ofKind(rs, 'dataLapse')).toEqual([
      expect.objectContaining({ deadline: ends, detail: expect.objectContaining({ name: 'Japan 3GB', remainingMB: 1024 }) }),
    ]);
    expect(texts(rs, esim).join('\n')).not.toMatch(LOSE);
  });

  it('an empty package lapses without a reminder', () => {
    const r = reading(esim, { plan: 'Japan 3GB', expiresAt: ends, remainingMB: 0, totalMB: 3072 });
    expect(ofKind(plan(esim, [r]), 'dataLapse')).toEqual([]);
  });
});

describe('prepaid SIMs (CMHK)', () => {
  const cmhk = line('cmhk', { lineId: '6123 4567' });

  it('a far deadline (138 days left) gets no stale nudge, only its lead reminders later', () => {
    const r = reading(cmhk, { expiresAt: NOW + 138 * DAY, remainingMB: 8000, totalMB: 10240 });
    const rs = plan(cmhk, [r]);
    expect(ofKind(rs, 'stale')).toEqual([]);
    expect(ofKind(rs, 'expiry').every((x) => x.deadline === r.expiresAt)).toBe(true);
    // Weeks later, still far: still no nudge.
    expect(ofKind(plan(cmhk, [r], NOW + 30 * DAY), 'stale')).toEqual([]);
  });

  it('the stated SIM validity is the number at risk; a data pack ending before it is a lapse', () => {
    const valid = t('2027-03-31T23:59:59+08:00');
    const pack = bucket({ name: '4G 數據 5GB', remainingMB: 2048, totalMB: 5120, expiresAt: NOW + 5 * DAY });
    const r = reading(cmhk, { expiresAt: pack.expiresAt, remainingMB: 2048, totalMB: 5120, buckets: [pack, bucket({ name: '本地通話', expiresAt: valid })], lineValidUntil: valid });
    const rs = plan(cmhk, [r]);
    expect(new Set(ofKind(rs, 'expiry').map((x) => x.deadline))).toEqual(new Set([valid]));
    expect(ofKind(rs, 'expiry')[0]!.detail).toMatchObject({ basis: 'page', lineKind: 'prepaid' });
    expect(ofKind(rs, 'dataLapse').map((x) => x.deadline)).toEqual([pack.expiresAt]);
    // Read an hour ago, and the pack lapses before the reading is a week old: no nudge.
    expect(ofKind(rs, 'stale')).toEqual([]);
    const en = reminderText(ofKind(rs, 'expiry')[0]!, cmhk, 'en', 'Asia/Tokyo', NOW);
    expect(en.title).toContain('the SIM expires');
    expect(en.message).toContain('6123 4567');
  });
});

describe('Rakuten-style lines with no expiry', () => {
  it('get nothing at all while data is fine: no stale nudge', () => {
    const rakuten = line('rakuten-mobile');
    const r = reading(rakuten, { usedMB: 3000 });
    expect(plan(rakuten, [r], NOW + 30 * DAY)).toEqual([]);
  });
});
