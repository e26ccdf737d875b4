/**
 * A small iCalendar (RFC 5545) writer for what Kigen exports: events at an instant, each with
 * display alarms. Pure text in, text out.
 *
 * - Lines end in CRLF and are folded so no line is longer than 75 octets of UTF-8, never inside
 *   a character (RFC 5545 §3.1).
 * - Times are UTC ("20261230T145959Z"), which every calendar reads without a VTIMEZONE.
 * - TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11); other control
 *   characters are dropped.
 * - Every event carries the export time as LAST-MODIFIED and a SEQUENCE that grows with it, so a
 *   calendar that keeps an older import of the same UID takes the newer file as a revision
 *   (RFC 5546 §2.1.4) instead of ignoring it.
 */

export interface IcsAlarm {
  /** How long before the event's start it goes off (ms, 0 = at the start). */
  before: number;
  description: string;
}

export interface IcsEvent {
  /** Stable across exports, so a re-import updates the event instead of adding a copy. */
  uid: string;
  /** The instant (epoch ms); the event has no duration (RFC 5545 §3.6.1: DTSTART alone). */
  start: number;
  summary: string;
  description: string;
  /** A page to open (the provider's account page), or null. */
  url: string | null;
  alarms: IcsAlarm[];
}

export interface IcsCalendar {
  /** The calendar's name as calendar apps show it (X-WR-CALNAME). */
  name: string;
  /** When the file is written (DTSTAMP of every event). */
  now: number;
  events: readonly IcsEvent[];
}

export const PRODID = '-//Kigen//Kigen SIM expiry reminders//EN';
const MAX_OCTETS = 75;
/** SEQUENCE counts minutes from here: small enough for any 32-bit reader for millennia. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** The revision number of every event in a file written at `now`: later exports, higher numbers. */
function sequenceAt(now: number): number {
  return Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));
}

/** A TEXT value: escaped, control characters other than line breaks dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into CRLF-joined lines of at most 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** "20261230T145959Z" (seconds, UTC). */
export function utcStamp(at: number): string {
  return new Date(Math.floor(at / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

/** A negative RFC 5545 duration ("-P3DT2H", "-PT30M"); "PT0S" for zero. */
export function beforeDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total === 0) return 'PT0S';
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** A URI value: only characters a URI may hold (no escaping applies to URI values). */
function safeUri(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function eventLines(event: IcsEvent, stamp: string, sequence: number): string[] {
  const url = event.url ? safeUri(event.url) : null;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${utcStamp(event.start)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(url ? [`URL:${url}`] : []),
    // A deadline, not an appointment: it does not make the user look busy.
    'TRANSP:TRANSPARENT',
    ...event.alarms.flatMap((alarm) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${beforeDuration(alarm.before)}`,
      `DESCRIPTION:${escapeText(alarm.description)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** The whole file. */
export function buildIcs(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, stamp, sequenceAt(calendar.now))),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
