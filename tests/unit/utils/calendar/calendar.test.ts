import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarInput, beforeDuration, buildIcs, calendarEvents, eventUid, foldLine } from '@/utils/calendar';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import { dictionaryTranslator } from '@/utils/i18n/t';
import { LOCALES, type Locale } from '@/utils/i18n/locale';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { getProvider } from '@/utils/providers';
import { type PlannedReminder, planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { DAY, HARD_LABEL, LINES, MONTHLY_RESETS, NOW, READINGS, RENEWALS, ZONE } from '../../support/calendar-seed';

/**
 * The calendar export read back with ical.js (a real iCalendar parser) over twenty lines of every
 * kind: each reminder the planner would raise is one alarm, at its moment, of one event; number
 * deadlines and data lapses are worded apart in every language; monthly resets are no event; the
 * file keeps RFC 5545's line and escaping rules.
 */

const DICTIONARIES = { en, ja, 'zh-CN': zhCN, 'zh-TW': zhTW } as const;
const translator = (locale: Locale) => dictionaryTranslator(locale, DICTIONARIES[locale], en, locale === 'en' ? 'en-US' : locale);
const tr = translator('en');

function input(over: Partial<CalendarInput> = {}, locale: Locale = 'en'): CalendarInput {
  const l = translator(locale);
  return {
    lines: LINES,
    readings: READINGS,
    renewals: RENEWALS,
    settings: DEFAULT_SETTINGS,
    providers: getProvider,
    now: NOW,
    zone: ZONE,
    t: l.t,
    intl: l.intl,
    locale: l.locale,
    ...over,
  };
}

function exportIcs(over: Partial<CalendarInput> = {}, locale: Locale = 'en'): string {
  const i = input(over, locale);
  return buildIcs({ name: i.t('calendar_name'), now: i.now, events: calendarEvents(i) });
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents('vevent') };
}

/** The planner on the same data, as the background runs it, before anything was shown. */
function plan(over: Partial<CalendarInput> = {}): PlannedReminder[] {
  const i = input(over);
  return planReminders({ ...i, timeZone: i.zone, fired: [] });
}

const CALENDAR_KINDS = ['expiry', 'keepAlive', 'dataLapse', 'forecast'];

const str = (c: ICAL.Component, name: string) => String(c.getFirstPropertyValue(name));
const timeOf = (c: ICAL.Component, name: string) => (c.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
const seconds = (at: number) => Math.floor(at / 1000) * 1000;
const kindOf = (e: ICAL.Component) => str(e, 'uid').split('-')[0];
const byUid = (events: ICAL.Component[], uid: string) => {
  const found = events.filter((e) => str(e, 'uid') === uid);
  if (found.length !== 1) throw new Error(`${found.length} events ${uid}`);
  return found[0]!;
};
/** When each alarm of an event goes off (start + its relative trigger). */
const fires = (e: ICAL.Component) =>
  e.getAllSubcomponents('valarm').map((a) => timeOf(e, 'dtstart') + (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() * 1000);
const triggers = (e: ICAL.Component) => e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));

/** The event a planned reminder belongs to: one per line and kind, one per bucket for a lapse. */
function uidOf(r: PlannedReminder): string {
  if (r.kind === 'dataLapse') return eventUid(r.lineId, 'dataLapse', `${r.detail.expiresAt}@${r.detail.name ?? ''}`);
  return eventUid(r.lineId, r.kind as 'expiry');
}

describe('every planned reminder is one alarm in the calendar', () => {
  const text = exportIcs();
  const { root, events } = parse(text);
  const planned = plan().filter((r) => CALENDAR_KINDS.includes(r.kind));

  it('is a calendar ical.js reads, with its name and product id', () => {
    expect(str(root, 'version')).toBe('2.0');
    expect(str(root, 'prodid')).toMatch(/Kigen/);
    expect(str(root, 'x-wr-calname')).toBe('Kigen: SIM and data deadlines');
  });

  it('holds number deadlines, data lapses and the run-out forecast of the sample', () => {
    const kinds = events.map(kindOf);
    for (const kind of CALENDAR_KINDS) expect(kinds, kind).toContain(kind);
    // The planner also has low data and stale readings for these lines: reminders about now, no date.
    expect(plan().some((r) => r.kind === 'lowData')).toBe(true);
    expect(plan().some((r) => r.kind === 'stale')).toBe(true);
    expect(kinds.filter((k) => !CALENDAR_KINDS.includes(k ?? ''))).toEqual([]);
  });

  it('has each planned reminder exactly once, as an alarm of its event at the moment the planner fires it', () => {
    expect(planned.length).toBeGreaterThan(40);
    for (const r of planned) {
      const event = byUid(events, uidOf(r));
      expect(timeOf(event, 'dtstart'), r.key).toBe(seconds(r.deadline ?? 0));
      expect(fires(event).filter((at) => at === seconds(r.fireAt)), r.key).toHaveLength(1);
    }
    // …and nothing else: as many alarms as reminders, as many events as deadlines, lapses and forecasts.
    expect(events.flatMap(fires)).toHaveLength(planned.length);
    expect(events).toHaveLength(new Set(planned.map(uidOf)).size);
  });

  it('alarms show the event, on the display', () => {
    for (const event of events) {
      for (const alarm of event.getAllSubcomponents('valarm')) {
        expect(str(alarm, 'action')).toBe('DISPLAY');
        expect(str(alarm, 'description')).toBe(str(event, 'summary'));
      }
    }
  });

  it('writes every time in UTC, so a phone in any zone puts it at the same instant', () => {
    const times = text.split('\r\n').filter((l) => /^(DTSTART|DTSTAMP|LAST-MODIFIED)[:;]/.test(l));
    expect(times.length).toBe(events.length * 3);
    for (const l of times) expect(l).toMatch(/^[A-Z-]+:\d{8}T\d{6}Z$/);
    const cmhk = byUid(events, eventUid('cmhk:51234567', 'expiry'));
    expect(timeOf(cmhk, 'dtstart')).toBe(Date.parse('2027-01-20T23:59:59+08:00'));
    expect(text).toContain('DTSTART:20270120T155959Z');
    expect(timeOf(cmhk, 'dtstamp')).toBe(NOW);
  });

  it('puts no event on a monthly plan: its reset is no deadline and its allowance no lapse', () => {
    const monthly = ['iijmio:gigaplan', 'iijmio:coupon', 'mineo:1'];
    const uids = new Set(events.map((e) => str(e, 'uid')));
    for (const id of monthly) for (const kind of ['expiry', 'keepAlive', 'forecast'] as const) expect(uids.has(eventUid(id, kind)), id).toBe(false);
    expect(events.filter((e) => /070-2222|080-2222/.test(str(e, 'summary')))).toEqual([]);
    for (const e of events) expect(MONTHLY_RESETS.map(seconds)).not.toContain(timeOf(e, 'dtstart'));
  });

  it('leaves out a muted line, a line renewed since its reading, and one with only low data', () => {
    const summaries = events.map((e) => str(e, 'summary'));
    for (const name of ['090-1111-0003', 'HIS', '090-2222-0005']) expect(summaries.filter((s) => s.includes(name))).toEqual([]);
  });

  it('keeps a number deadline whose lead times are all off, without alarms; keep-alive leads are the provider rule’s', () => {
    const none = parse(exportIcs({ settings: { ...DEFAULT_SETTINGS, leadDays: [] } })).events;
    expect(triggers(byUid(none, eventUid('manual:deadline', 'expiry')))).toEqual([]);
    expect(triggers(byUid(none, eventUid('povo:expired', 'keepAlive')))).toHaveLength(5);
    expect(plan({ settings: { ...DEFAULT_SETTINGS, leadDays: [] } }).filter((r) => r.kind === 'expiry')).toEqual([]);
  });
});

describe('alarm offsets', () => {
  // Without quiet hours the planner's moments are the lead times themselves.
  const settings = { ...DEFAULT_SETTINGS, leadDays: [14, 2, 0], quietStart: 0, quietEnd: 0 };
  const { events } = parse(exportIcs({ settings }));

  it('fall at the user’s lead days before a number deadline (the day itself: its morning)', () => {
    // 12:00 UTC is 20:00 in Shanghai: the day's morning (00:00 without quiet hours) is 20 hours before.
    expect(triggers(byUid(events, eventUid('manual:deadline', 'expiry')))).toEqual(['-P14D', '-P2D', '-PT20H']);
  });

  it('fall at 30, 14, 7, 3 and 1 days before a keep-alive deadline, and a day before a lapse', () => {
    expect(triggers(byUid(events, eventUid('povo:expired', 'keepAlive')))).toEqual(['-P30D', '-P14D', '-P7D', '-P3D', '-P1D']);
    const airalo = events.filter((e) => kindOf(e) === 'dataLapse' && str(e, 'summary').includes('Japan eSIM'));
    expect(airalo.map(triggers)).toEqual([['-P1D']]);
  });

  it('follow the lead days the user changed', () => {
    const other = parse(exportIcs({ settings: { ...settings, leadDays: [10, 5] } })).events;
    expect(triggers(byUid(other, eventUid('manual:deadline', 'expiry')))).toEqual(['-P10D', '-P5D']);
  });
});

/** Words that say what is at stake, per language. */
const STAKES: Record<Locale, { number: RegExp; data: RegExp; line: RegExp; lose: RegExp }> = {
  en: { number: /\bnumber\b/, data: /\bdata\b/, line: /\bline\b/i, lose: /\blos[et]\b|suspend/ },
  ja: { number: /番号/, data: /データ/, line: /回線/, lose: /失う|失い|停止|維持/ },
  'zh-CN': { number: /号码/, data: /流量/, line: /线路/, lose: /失去|销号|停机|保号/ },
  'zh-TW': { number: /門號/, data: /流量/, line: /線路/, lose: /失去|收回|停話|保號/ },
};

describe.each(LOCALES)('%s wording', (locale) => {
  const { events } = parse(exportIcs({}, locale));
  const words = STAKES[locale];
  const textOf = (e: ICAL.Component) => `${str(e, 'summary')}\n${str(e, 'description')}`;

  it('a number deadline says the number is lost', () => {
    const deadlines = events.filter((e) => ['expiry', 'keepAlive'].includes(kindOf(e) ?? ''));
    expect(deadlines.length).toBe(12);
    for (const e of deadlines) {
      expect(str(e, 'summary'), str(e, 'summary')).toMatch(words.number);
      expect(str(e, 'description'), str(e, 'description')).toMatch(words.number);
    }
  });

  it('a data lapse or run-out speaks of data, never of losing the number or the line', () => {
    const lapses = events.filter((e) => ['dataLapse', 'forecast'].includes(kindOf(e) ?? ''));
    expect(lapses.length).toBe(7);
    for (const e of lapses) {
      const text = textOf(e);
      expect(str(e, 'summary'), text).toMatch(words.data);
      expect(text).not.toMatch(words.number);
      expect(text).not.toMatch(words.line);
      expect(text).not.toMatch(words.lose);
    }
  });

  it('lapse and deadline titles are different sentences', () => {
    const t = translator(locale).t;
    const lapse = t('calendar_lapse_summary', ['X', '1 GB']).replace('X', '');
    const deadline = t('calendar_expiry_summary', ['X']).replace('X', '');
    expect(lapse).not.toBe(deadline);
    expect(t('calendar_keepalive_summary', ['X'])).toMatch(words.number);
    expect(lapse).not.toMatch(words.number);
  });
});

describe('folding and escaping', () => {
  it('every language parses, with CJK and escaped text intact, lines of at most 75 octets ending in CRLF', () => {
    for (const locale of LOCALES) {
      const text = exportIcs({}, locale);
      expect(() => parse(text)).not.toThrow();
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const physical = text.split('\r\n').slice(0, -1);
      expect(physical.some((l) => l.startsWith(' ')), locale).toBe(true);
      for (const l of physical) expect(new TextEncoder().encode(l).length, l).toBeLessThanOrEqual(75);
    }
  });

  it('keeps commas, semicolons, quotes, backslashes and line breaks of a label', () => {
    const text = exportIcs();
    const { events } = parse(text);
    const giffgaff = events.filter((e) => str(e, 'summary').startsWith(`giffgaff · ${HARD_LABEL}:`));
    expect(giffgaff.map(kindOf).sort()).toEqual(['dataLapse', 'keepAlive']);
    expect(text.replace(/\r\n /g, '')).toContain('UK\\, "main"\\; 英国の SIM\\\\旅行\\n二枚目');
    expect(str(byUid(events, eventUid('manual:abc', 'expiry')), 'summary')).toBe('Other provider · 学校の SIM, 寮; 2枚目: SIM expires, renew or lose the number');
  });

  it('folds a long CJK title without splitting a character', () => {
    const long: LineRecord = { ...LINES.find((l) => l.id === 'manual:abc')!, label: '長い名前の回線，逗号；分号'.repeat(8) };
    const text = exportIcs({ lines: [long] }, 'zh-CN');
    for (const l of text.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(str(parse(text).events[0]!, 'summary')).toContain('長い名前の回線，逗号；分号'.repeat(8));
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
});

describe('a newer export updates the same events', () => {
  const first = parse(exportIcs()).events;

  it('keeps UIDs without phone numbers, and raises SEQUENCE and LAST-MODIFIED', () => {
    const later = parse(exportIcs({ now: NOW + 3600_000 })).events;
    expect(later.map((e) => str(e, 'uid')).sort()).toEqual(first.map((e) => str(e, 'uid')).sort());
    expect(Number(str(later[0]!, 'sequence'))).toBeGreaterThan(Number(str(first[0]!, 'sequence')));
    expect(timeOf(later[0]!, 'last-modified')).toBe(NOW + 3600_000);
    for (const e of first) expect(str(e, 'uid')).not.toMatch(/0901111|6123|07700/);
  });

  it('moves a deadline to its new date under the same UID; a new bucket is a new event', () => {
    const renewed: ReadingRecord = { ...READINGS.find((r) => r.lineId === 'cmhk:51234567')!, at: NOW - 3600_000, expiresAt: Date.parse('2027-04-20T23:59:59+08:00') };
    const after = parse(exportIcs({ readings: [...READINGS, renewed] })).events;
    const uid = eventUid('cmhk:51234567', 'expiry');
    expect(timeOf(byUid(after, uid), 'dtstart')).toBe(Date.parse('2027-04-20T23:59:59+08:00'));
    expect(timeOf(byUid(first, uid), 'dtstart')).toBe(Date.parse('2027-01-20T23:59:59+08:00'));
    expect(eventUid('povo:1', 'dataLapse', '1@a')).not.toBe(eventUid('povo:1', 'dataLapse', '2@a'));
    expect(eventUid('povo:1', 'expiry')).not.toBe(eventUid('povo:1', 'keepAlive'));
  });
});

it('names the calendar in every language', () => {
  expect(LOCALES.map((l) => translator(l).t('calendar_name'))).toEqual([
    'Kigen: SIM and data deadlines',
    'Kigen：SIM とデータの期限',
    'Kigen：SIM 卡与流量期限',
    'Kigen：SIM 卡與流量期限',
  ]);
  expect(tr.t('options_calendar_heading')).toBe("Put reminders in your phone's calendar");
});
