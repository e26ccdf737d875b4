import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarInput, beforeDuration, buildIcs, calendarEvents, eventUid, foldLine } from '@/utils/calendar';
import type { LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import { getProvider } from '@/utils/providers';
import { planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';

/**
 * The calendar export is read back with ical.js (a real iCalendar parser): events, times, alarms
 * and escaping survive, the alarms fall where Kigen's own reminders fire, and the raw text keeps
 * RFC 5545's line rules (CRLF, 75-octet folding).
 */

const NOW = Date.parse('2026-12-30T03:00:00Z');
const DAY = 86_400_000;
const ZONE = 'Asia/Shanghai';
const tr = dictionaryTranslator('en', en, {}, 'en-US');

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

/** 23:59:59.999 JST on a date: how date-only expiries are stored. */
const endOfDayJst = (date: string) => Date.parse(`${date}T23:59:59.999+09:00`);

const LABEL = 'Travel, "main"; povo\nsecond line \\ done';
const POVO_EXPIRY = endOfDayJst('2027-01-20');
const MANUAL_EXPIRY = Date.parse('2027-02-10T12:00:00Z');
/** A prepaid SIM's validity: the number at risk on that date. */
const CMHK_EXPIRY = Date.parse('2027-01-20T23:59:59+08:00');

const lines: LineRecord[] = [
  line('povo:09012345678', 'povo', { lineId: '090-1234-5678', label: LABEL }),
  line('manual:abc', 'other', { manual: true, label: '学校の SIM' }),
  line('povo:muted', 'povo', { settings: { muted: true } }),
  line('povo:expired', 'povo', { lineId: '080-0000-0000' }),
  line('iijmio:main', 'iijmio'),
  line('cmhk:1', 'cmhk', { lineId: '6123 4567' }),
];
const readings: ReadingRecord[] = [
  reading('povo:09012345678', { at: NOW - 10 * DAY, expiresAt: POVO_EXPIRY, remainingMB: 3000 }),
  reading('povo:09012345678', { at: NOW - DAY, expiresAt: POVO_EXPIRY, remainingMB: 2000 }),
  reading('manual:abc', { expiresAt: MANUAL_EXPIRY, source: 'manual' }),
  reading('povo:muted', { expiresAt: endOfDayJst('2027-01-05') }),
  reading('povo:expired', { expiresAt: endOfDayJst('2026-12-01'), at: NOW - 40 * DAY }),
  // A monthly plan: no expiry and no keep-alive rule for it.
  reading('iijmio:main', { plan: 'ギガプラン 5ギガ' }),
  reading('cmhk:1', { expiresAt: CMHK_EXPIRY, remainingMB: 3000 }),
];
const renewals: RenewalRecord[] = [];

function input(over: Partial<CalendarInput> = {}): CalendarInput {
  return {
    lines,
    readings,
    renewals,
    settings: DEFAULT_SETTINGS,
    providers: getProvider,
    now: NOW,
    zone: ZONE,
    t: tr.t,
    intl: tr.intl,
    locale: tr.locale,
    ...over,
  };
}

function exportIcs(over: Partial<CalendarInput> = {}): string {
  const i = input(over);
  return buildIcs({ name: tr.t('calendar_name'), now: i.now, events: calendarEvents(i) });
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents('vevent') };
}

const str = (c: ICAL.Component, name: string) => String(c.getFirstPropertyValue(name));
const timeOf = (c: ICAL.Component, name: string) => (c.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
const byUid = (events: ICAL.Component[], uid: string) => {
  const found = events.find((e) => str(e, 'uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
};

describe('calendar export', () => {
  const text = exportIcs();
  const { root, events } = parse(text);

  it('is a calendar a real parser reads, with the name and product id', () => {
    expect(str(root, 'version')).toBe('2.0');
    expect(str(root, 'prodid')).toMatch(/Kigen/);
    expect(str(root, 'x-wr-calname')).toBe('Kigen: SIM deadlines');
  });

  it('has the number deadline of each line: a prepaid SIM expiry, povo keep-alive deadlines (also of an expired topping), nothing for a muted line', () => {
    const uids = events.map((e) => str(e, 'uid')).sort();
    expect(uids).toEqual(
      [
        // A povo topping ending is data lapsing, an IIJmio month resetting nothing lost: no event.
        eventUid('cmhk:1', 'expiry'),
        eventUid('povo:09012345678', 'keepAlive'),
        eventUid('manual:abc', 'expiry'),
        // Expired on 1 Dec: no expiry event, but the number is still kept alive until 180 days on.
        eventUid('povo:expired', 'keepAlive'),
      ].sort(),
    );
    const keep = byUid(events, eventUid('povo:expired', 'keepAlive'));
    expect(str(keep, 'summary')).toBe('povo · 080-0000-0000: keep your number');
  });

  it('puts the expiry at its instant, stamped with the export time', () => {
    const cmhk = byUid(events, eventUid('cmhk:1', 'expiry'));
    expect(timeOf(cmhk, 'dtstart')).toBe(CMHK_EXPIRY);
    expect(timeOf(cmhk, 'dtstamp')).toBe(NOW);
    expect(timeOf(byUid(events, eventUid('manual:abc', 'expiry')), 'dtstart')).toBe(MANUAL_EXPIRY);
    expect(text).toContain('DTSTART:20270120T155959Z');
    expect(str(cmhk, 'description')).toBe('Expires Wed 20 Jan 2027, 23:59 GMT+8. Renew before then to keep the line working.');
  });

  it('keeps commas, semicolons, quotes, backslashes and line breaks of a label intact', () => {
    const povo = byUid(events, eventUid('povo:09012345678', 'keepAlive'));
    expect(str(povo, 'summary')).toBe(`povo · ${LABEL}: keep your number`);
    expect(text).toContain('Travel\\, "main"\\; povo\\nsecond line \\\\ done');
  });

  it('names a line without a label by the provider and writes non-Latin text as is', () => {
    expect(str(byUid(events, eventUid('manual:abc', 'expiry')), 'summary')).toBe('Other provider · 学校の SIM expires');
  });

  it('sets the keep-alive deadline from utils/reminders, with the provider action', () => {
    const keep = byUid(events, eventUid('povo:09012345678', 'keepAlive'));
    const plan = planReminders({
      lines,
      readings,
      renewals,
      settings: DEFAULT_SETTINGS,
      now: NOW,
      timeZone: ZONE,
      fired: [],
      providers: getProvider,
    });
    const deadline = plan.find((r) => r.kind === 'keepAlive' && r.lineId === 'povo:09012345678')?.deadline;
    expect(deadline).toBeGreaterThan(POVO_EXPIRY + 170 * DAY);
    expect(timeOf(keep, 'dtstart')).toBe(Math.floor((deadline ?? 0) / 1000) * 1000);
    expect(str(keep, 'description')).toContain(en.keepalive_povo);
    expect(str(keep, 'url')).toMatch(/^https:\/\//);
  });

  it('gives every event display alarms at the moments Kigen itself reminds', () => {
    const plan = planReminders({
      lines,
      readings,
      renewals,
      settings: DEFAULT_SETTINGS,
      now: NOW,
      timeZone: ZONE,
      fired: [],
      providers: getProvider,
    });
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms.length).toBeGreaterThan(0);
      for (const alarm of alarms) {
        expect(str(alarm, 'action')).toBe('DISPLAY');
        expect(str(alarm, 'description')).toBe(str(event, 'summary'));
      }
    }
    const cmhk = byUid(events, eventUid('cmhk:1', 'expiry'));
    const start = timeOf(cmhk, 'dtstart');
    const fires = cmhk
      .getAllSubcomponents('valarm')
      .map((a) => start + (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000)
      .sort();
    const planned = plan
      .filter((r) => r.kind === 'expiry' && r.lineId === 'cmhk:1')
      .map((r) => Math.floor(r.fireAt / 1000) * 1000)
      .sort();
    expect(fires).toHaveLength(DEFAULT_SETTINGS.leadDays.length);
    // iCalendar times have whole seconds.
    expect(fires).toEqual(planned);
  });

  it('keeps UIDs across exports, so re-importing updates the same events', () => {
    const later = parse(exportIcs({ now: NOW + 2 * DAY })).events.map((e) => str(e, 'uid'));
    expect(later.sort()).toEqual(events.map((e) => str(e, 'uid')).sort());
    expect(eventUid('povo:09012345678', 'expiry')).not.toBe(eventUid('povo:09012345678', 'keepAlive'));
    expect(eventUid('povo:09012345678', 'expiry')).not.toContain('0901');
  });

  it('ends every line with CRLF and folds lines longer than 75 octets without splitting a character', () => {
    const long = exportIcs({ lines: [line('manual:abc', 'other', { label: '長い名前の回線'.repeat(12) })] });
    expect(long.endsWith('\r\n')).toBe(true);
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = long.split('\r\n').slice(0, -1);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of physical) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    const summary = str(parse(long).events[0]!, 'summary');
    expect(summary).toContain('長い名前の回線'.repeat(12));
  });

  it('folds at exactly 75 octets', () => {
    const folded = foldLine(`SUMMARY:${'a'.repeat(200)}`).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded[1]).toMatch(/^ a{74}$/);
  });

  it('writes durations as RFC 5545 does', () => {
    expect(beforeDuration(0)).toBe('PT0S');
    expect(beforeDuration(3 * DAY)).toBe('-P3D');
    expect(beforeDuration(3 * DAY + 2 * 3600_000 + 60_000)).toBe('-P3DT2H1M');
    expect(beforeDuration(90 * 60_000)).toBe('-PT1H30M');
  });

  it('still alarms at the deadline when every lead is past or off', () => {
    const none = parse(exportIcs({ settings: { ...DEFAULT_SETTINGS, leadDays: [] } })).events;
    const manual = byUid(none, eventUid('manual:abc', 'expiry'));
    const triggers = manual.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['PT0S']);
  });

  it('leaves out an expiry followed by a renewal until the next reading shows the new date', () => {
    const renewed: RenewalRecord = {
      lineId: 'manual:abc',
      at: NOW - 3600_000,
      orderNumber: null,
      amount: null,
      currency: null,
      product: null,
      method: 'online',
      note: null,
      status: 'recorded',
      paid: true,
      expiresBefore: MANUAL_EXPIRY,
      remainingBefore: null,
      expectDays: null,
      expectMB: null,
    };
    const uids = parse(exportIcs({ renewals: [renewed] })).events.map((e) => str(e, 'uid'));
    expect(uids).not.toContain(eventUid('manual:abc', 'expiry'));
  });
});
