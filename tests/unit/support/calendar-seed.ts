import type { Bucket, LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';

/**
 * Twenty lines of every kind for the calendar export test: keep-number lines (povo, giffgaff) with
 * toppings, bonuses and a run-out forecast; prepaid SIMs (a stated validity, one expiry, a rule
 * after the expiry, one caught up late, one renewed); travel eSIMs; monthly plans whose month
 * resets (no event); lines entered by hand; a muted line. Fixed clock, no Date.now.
 */

export const NOW = Date.parse('2026-12-30T03:00:00Z');
export const ZONE = 'Asia/Shanghai';
export const DAY = 86_400_000;

/** 23:59:59.999 of a date in a zone's offset: how date-only expiries are stored. */
export const endOfDay = (date: string, offset = '+09:00') => Date.parse(`${date}T23:59:59.999${offset}`);

/** A label a calendar file must escape (comma, semicolon, quotes, backslash, line break) and fold (CJK). */
export const HARD_LABEL = 'UK, "main"; 英国の SIM\\旅行\n二枚目';

function line(id: string, provider: string, over: Partial<LineRecord> = {}): LineRecord {
  return { id, provider, lineId: null, label: null, manual: false, createdAt: NOW - 60 * DAY, settings: { muted: false }, ...over };
}

function reading(lineId: string, over: Partial<ReadingRecord>): ReadingRecord {
  return {
    lineId,
    at: NOW - DAY,
    expiresAt: null,
    remainingMB: 1000,
    totalMB: 3072,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: '',
    source: 'page',
    ...over,
  };
}

const bucket = (name: string, remainingMB: number, expiresAt: number, bonus = false): Bucket => ({
  name,
  remainingMB,
  totalMB: remainingMB * 2,
  expiresAt,
  bonus,
});

/** The monthly plans' reset instants (the end of their month): never an event. */
export const MONTHLY_RESETS = [endOfDay('2026-12-31'), endOfDay('2027-01-31')];

export const LINES: LineRecord[] = [
  line('povo:09011110001', 'povo', { lineId: '090-1111-0001', label: 'Travel' }),
  line('povo:09011110002', 'povo', { lineId: '090-1111-0002' }),
  line('povo:muted', 'povo', { lineId: '090-1111-0003', settings: { muted: true } }),
  line('povo:expired', 'povo', { lineId: '080-1111-0004' }),
  line('giffgaff:07700900001', 'giffgaff', { lineId: '07700 900001', label: HARD_LABEL }),
  line('cmhk:61234567', 'cmhk', { lineId: '6123 4567' }),
  line('cmhk:51234567', 'cmhk', { lineId: '5123 4567', label: '香港卡' }),
  line('b-mobile:visitor', 'b-mobile', { label: 'VISITOR' }),
  line('b-mobile:u300', 'b-mobile', { label: 'U300' }),
  line('mobal:1', 'mobal', { label: 'Mobal short stay' }),
  line('airalo:1', 'airalo', { label: 'Japan eSIM' }),
  line('holafly:1', 'holafly', { label: 'Holafly Japan' }),
  line('iijmio:gigaplan', 'iijmio', { lineId: '070-2222-0001' }),
  line('iijmio:coupon', 'iijmio', { lineId: '070-2222-0002' }),
  line('mineo:1', 'mineo', { lineId: '080-2222-0003' }),
  line('iijmio:prepaid', 'iijmio', { label: 'IIJmio prepaid' }),
  line('manual:deadline', 'other', { manual: true, label: 'School', settings: { muted: false, deadline: Date.parse('2027-02-14T12:00:00Z') } }),
  line('manual:abc', 'other', { manual: true, label: '学校の SIM, 寮; 2枚目' }),
  line('his-mobile:1', 'his-mobile', { label: 'HIS' }),
  line('ahamo:1', 'ahamo', { lineId: '090-2222-0005' }),
];

const POVO_TOPPING = endOfDay('2027-01-12');

export const READINGS: ReadingRecord[] = [
  // A topping in use: it lapses, the data runs out before it (forecast), the number is kept 180 days on.
  reading('povo:09011110001', { at: NOW - 4 * DAY, expiresAt: POVO_TOPPING, remainingMB: 3000, plan: 'データ追加3GB（30日間）' }),
  reading('povo:09011110001', { at: NOW - DAY, expiresAt: POVO_TOPPING, remainingMB: 1500, plan: 'データ追加3GB（30日間）' }),
  // A paid topping and a free bonus, each lapsing on its own day.
  reading('povo:09011110002', {
    expiresAt: endOfDay('2027-01-25'),
    remainingMB: 9024,
    totalMB: 21504,
    buckets: [bucket('データ追加20GB（30日間）', 8000, endOfDay('2027-01-25')), bucket('データボーナス1GB', 1024, endOfDay('2027-01-05'), true)],
  }),
  reading('povo:muted', { expiresAt: endOfDay('2027-01-05') }),
  // The topping ended on 1 Dec: only the number's keep-alive deadline is left.
  reading('povo:expired', { at: NOW - 40 * DAY, expiresAt: endOfDay('2026-12-01') }),
  reading('giffgaff:07700900001', { at: NOW - 10 * DAY, expiresAt: endOfDay('2027-01-15', '+00:00'), remainingMB: 12000, totalMB: 20480, plan: 'goodybag £10' }),
  reading('giffgaff:07700900001', { at: NOW - 2 * DAY, expiresAt: endOfDay('2027-01-15', '+00:00'), remainingMB: 10000, totalMB: 20480, plan: 'goodybag £10' }),
  // A stated validity (the number) and a data pack ending before it (data).
  reading('cmhk:61234567', {
    expiresAt: endOfDay('2027-01-20', '+08:00'),
    lineValidUntil: endOfDay('2027-03-31', '+08:00'),
    remainingMB: 3000,
    buckets: [bucket('本地數據 5GB', 3000, endOfDay('2027-01-20', '+08:00'))],
  }),
  reading('cmhk:51234567', { expiresAt: Date.parse('2027-01-20T23:59:59+08:00'), remainingMB: 3000 }),
  reading('b-mobile:visitor', { expiresAt: endOfDay('2027-01-08'), plan: 'VISITOR SIM 5GB' }),
  // U300: the SIM outlives its period by 60 days (a rule after the expiry).
  reading('b-mobile:u300', { expiresAt: endOfDay('2027-01-10'), plan: 'スマホ電話SIM U300' }),
  // Three days left: the 7-day reminder is caught up now.
  reading('mobal:1', { expiresAt: endOfDay('2027-01-02'), remainingMB: 4000, totalMB: 10240 }),
  reading('airalo:1', { expiresAt: Date.parse('2027-01-06T09:30:00Z'), remainingMB: 2048, totalMB: 5120, plan: 'Moshi Moshi 5GB' }),
  reading('holafly:1', { expiresAt: endOfDay('2027-01-08'), remainingMB: null, totalMB: null, unlimited: true }),
  // Monthly plans: the month resets, nothing is lost.
  reading('iijmio:gigaplan', { expiresAt: MONTHLY_RESETS[0]!, remainingMB: 3000, totalMB: 5120, plan: 'ギガプラン 5ギガ' }),
  reading('iijmio:coupon', {
    expiresAt: MONTHLY_RESETS[1]!,
    remainingMB: 4000,
    totalMB: 10240,
    plan: 'ギガプラン 10ギガ',
    buckets: [bucket('繰越', 2000, MONTHLY_RESETS[0]!), bucket('当月', 2000, MONTHLY_RESETS[1]!)],
  }),
  reading('mineo:1', { expiresAt: MONTHLY_RESETS[1]!, remainingMB: 5000, totalMB: 10240, plan: 'マイピタ 10GB' }),
  reading('iijmio:prepaid', { expiresAt: endOfDay('2027-01-31'), remainingMB: 2000, plan: 'プリペイドパック' }),
  reading('manual:abc', { expiresAt: Date.parse('2027-02-10T12:00:00Z'), source: 'manual' }),
  reading('his-mobile:1', { at: NOW - 5 * DAY, expiresAt: endOfDay('2027-01-04'), remainingMB: 900 }),
  // Low data (a reminder about now): no event.
  reading('ahamo:1', { remainingMB: 500, totalMB: 20480 }),
];

export const RENEWALS: RenewalRecord[] = [
  // Renewed after its last reading: the next reading brings the new date, nothing to put in a calendar.
  {
    lineId: 'his-mobile:1',
    at: NOW - 3 * DAY,
    orderNumber: null,
    amount: null,
    currency: null,
    product: null,
    method: 'online',
    note: null,
    status: 'recorded',
    paid: true,
    expiresBefore: endOfDay('2027-01-04'),
    remainingBefore: null,
    expectDays: null,
    expectMB: null,
  },
];
