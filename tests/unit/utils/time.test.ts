import { describe, expect, it } from 'vitest';
import { FIXED_ZONES_SINCE, offsetAt, toInstant, toIso } from '@/utils/time';

/** The zone's offset as the platform's zone data gives it (what offsetAt did for every zone). */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(zone: string, at: number): number {
  if (!formats.has(zone)) formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }));
  const f = formats.get(zone)!;
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(new Date(at))) p[x.type] = Number(x.value);
  return Math.round((Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(at / 1000) * 1000) / 60_000);
}

describe('offsetAt', () => {
  const zones = ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'UTC', 'Etc/UTC', 'Europe/London', 'America/New_York'];

  it('agrees with the platform zone data for every zone, every 23 days from 1992 to 2062', () => {
    const step = 23 * 24 * 3600_000 + 3_600_000 + 60_000; // drifts through the hours of the day
    let checked = 0;
    for (const zone of zones) {
      for (let at = FIXED_ZONES_SINCE; at < Date.UTC(2062, 0, 1); at += step) {
        expect(offsetAt(zone, at), `${zone} ${new Date(at).toISOString()}`).toBe(intlOffset(zone, at));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('still follows the zone data before 1992 (Shanghai kept summer time until 1991, Seoul in 1988)', () => {
    const shanghaiSummer1990 = Date.UTC(1990, 6, 1);
    expect(offsetAt('Asia/Shanghai', shanghaiSummer1990)).toBe(540);
    expect(offsetAt('Asia/Seoul', Date.UTC(1988, 6, 1))).toBe(600);
  });

  it('gives summer time where a zone has it', () => {
    expect(offsetAt('Europe/London', Date.UTC(2027, 6, 1))).toBe(60);
    expect(offsetAt('Europe/London', Date.UTC(2027, 0, 1))).toBe(0);
  });

  it('turns a Japanese end of day into the instant and back', () => {
    const at = toInstant({ y: 2027, m: 1, d: 31, h: 23, mi: 59, s: 59 }, 'Asia/Tokyo');
    expect(new Date(at).toISOString()).toBe('2027-01-31T14:59:59.000Z');
    expect(toIso(at, 'Asia/Tokyo')).toBe('2027-01-31T23:59:59+09:00');
  });
});
