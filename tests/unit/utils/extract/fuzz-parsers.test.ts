import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { findAmounts, parsePair } from '@/utils/extract/data';
import { type DateContext, parseDate, parseRelative, statedZone } from '@/utils/extract/dates';
import { collapseSpaces, norm, toNumber } from '@/utils/extract/text';
import { toIso } from '@/utils/time';
import { checkExpiry } from '@/utils/validate';

/**
 * Fuzzing the extractor's text parsers with generated inputs: dates as provider pages write them
 * (valid, impossible and noisy), data amounts in every unit and grouping, and raw unicode. Each
 * property either has an oracle (the date or amount we wrote must come back exactly) or a safety
 * rule (no throw, no NaN, no rolled-over day, an ISO string the background accepts).
 * FUZZ_SCALE=10 multiplies the runs for a longer local session.
 */

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.round(n * SCALE);
const SEED = 20261122;
/** Generated inputs (one per property run) and parser calls made with them. */
let inputs = 0;
let calls = 0;
let exceptions = 0;

/** Counts one generated input for a property predicate. */
function counted<A extends unknown[]>(predicate: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    inputs += 1;
    predicate(...args);
  };
}

/** Runs a parser, counting the call; an exception is counted and rethrown. */
function run<T>(f: () => T): T {
  calls += 1;
  try {
    return f();
  } catch (error) {
    exceptions += 1;
    throw error;
  }
}

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const ctx = (over: Partial<DateContext> = {}): DateContext => ({ now: NOW, zone: 'Asia/Tokyo', dateOrder: 'ymd', ...over });
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());

/** Unicode noise without digits or date words, to surround a value as page text does. */
const noise = fc.constantFrom('', ' ', '：', '　', '※', '▶ ', ' まで', '迄', ' 予定', '（税込）', '\n', '\u200b', ' *');
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A valid calendar day and the ways pages write it, each with the y/m/d it names. */
const validDay = fc
  .record({ y: fc.integer({ min: 2000, max: 2036 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

type Writer = (x: { y: number; m: number; d: number }) => string;
const WRITERS: Writer[] = [
  ({ y, m, d }) => `${y}年${m}月${d}日`,
  ({ y, m, d }) => `${y}年 ${pad(m)}月 ${pad(d)}日`,
  ({ y, m, d }) => `${y}/${pad(m)}/${pad(d)}`,
  ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`,
  ({ y, m, d }) => `${y}.${m}.${d}`,
  ({ y, m, d }) => (y >= 2019 ? `令和${y - 2018}年${m}月${d}日` : `${y}年${m}月${d}日`),
  ({ y, m, d }) => fullWidth(`${y}年${m}月${d}日`),
  // Month names last: impossible months (0, 13) have no name.
  ({ y, m, d }) => `${MONTHS_EN[m - 1]} ${d}, ${y}`,
  ({ y, m, d }) => `${d} ${MONTHS_EN[m - 1]} ${y}`,
  ({ y, m, d }) => `${MONTHS_EN[m - 1]!.slice(0, 3)} ${d}, ${y}`,
];
const NUMERIC_WRITERS = 7;

/** Days that do not exist, written the same ways: never a rolled-over date. */
const impossibleDay = fc.oneof(
  fc.record({ y: fc.integer({ min: 2000, max: 2036 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => ({ y, m, d: daysIn(y, m) + 1 })),
  fc.record({ y: fc.integer({ min: 2000, max: 2036 }), m: fc.constant(2), d: fc.constantFrom(30, 31) }),
  fc.record({ y: fc.integer({ min: 2001, max: 2035 }).filter((y) => y % 4 !== 0), m: fc.constant(2), d: fc.constant(29) }),
  fc.record({ y: fc.integer({ min: 2000, max: 2036 }), m: fc.constantFrom(0, 13, 19, 99), d: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ y: fc.integer({ min: 2000, max: 2036 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(0, 32, 99) }),
);

const TIMES: Array<[string, number, number]> = [
  ['23:59', 23, 59],
  ['午後11:59', 23, 59],
  ['午前0:30', 0, 30],
  ['10:05', 10, 5],
  ['15時30分', 15, 30],
  ['4:30 PM', 16, 30],
  ['12:00 AM', 0, 0],
];

/** A date-ish text from random pieces: labels, digits, separators, eras, units, zones. */
const PIECES = ['有効期限', '到期日', 'Expires', '令和', '平成', 'R', 'H', '年', '月', '日', '末', '/', '-', '.', ' ', ':', '時', '分', '午前', '午後', 'AM', 'PM', 'JST', 'UTC+8', 'GMT-5', 'GMT+14:00', 'UTC', '(日本時間)', 'あと', '残り', '剩余', '天', 'days left', 'Dec', 'September', '〜', '~', 'から', '1', '2', '9', '12', '29', '30', '31', '2026', '0000', '9999', '99999', '-1', '１２', '２０２６'];
const dateSoup = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));

function expectSafeDate(parsed: ReturnType<typeof parseDate>, zone: DateContext['zone']): void {
  if (parsed === null) return;
  expect(Number.isFinite(parsed.at)).toBe(true);
  // What the extractor would send, if in range: the background must accept the same instant.
  if (parsed.at >= Date.UTC(2000, 0, 1) && parsed.at <= NOW + 10 * 365.25 * 86_400_000) {
    const iso = toIso(parsed.at, parsed.zone ?? zone);
    expect(v.is(isoTimestamp, iso)).toBe(true);
    expect(checkExpiry(iso, NOW)).toBe(parsed.at);
  }
}

describe('date parsers', () => {
  it('read every valid date as the end of that day in the provider zone (oracle)', () => {
    fc.assert(
      fc.property(validDay, fc.nat(WRITERS.length - 1), noise, noise, counted((day, w, before, after) => {
        const text = `${before}${WRITERS[w]!(day)}${after}`;
        const parsed = run(() => parseDate(norm(text), ctx()));
        expect(parsed).not.toBeNull();
        expect(toIso(parsed!.at, 'Asia/Tokyo')).toBe(`${day.y}-${pad(day.m)}-${pad(day.d)}T23:59:59+09:00`);
      })),
      { numRuns: runs(20_000), seed: SEED },
    );
  });

  it('keep a stated time (oracle)', () => {
    fc.assert(
      fc.property(validDay, fc.nat(TIMES.length - 1), counted((day, t) => {
        const [time, h, mi] = TIMES[t]!;
        const parsed = run(() => parseDate(norm(`${day.y}年${day.m}月${day.d}日 ${time}`), ctx()));
        expect(toIso(parsed!.at, 'Asia/Tokyo')).toBe(`${day.y}-${pad(day.m)}-${pad(day.d)}T${pad(h)}:${pad(mi)}:00+09:00`);
      })),
      { numRuns: runs(5_000), seed: SEED },
    );
  });

  it('never roll an impossible day over into the next month', () => {
    fc.assert(
      fc.property(impossibleDay, fc.nat(NUMERIC_WRITERS - 1), counted((day, w) => {
        const text = WRITERS[w]!(day as { y: number; m: number; d: number });
        const parsed = run(() => parseDate(norm(text), ctx()));
        expect(parsed).toBeNull();
      })),
      { numRuns: runs(10_000), seed: SEED },
    );
  });

  it('survive date soup and raw unicode: no throw, no NaN, in-range results the background accepts', () => {
    const zones: DateContext['zone'][] = ['Asia/Tokyo', 'Europe/London', 'Asia/Hong_Kong', 540, -300];
    fc.assert(
      fc.property(
        fc.oneof(dateSoup, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 })),
        fc.constantFrom(...zones),
        fc.constantFrom<DateContext['dateOrder']>('ymd', 'dmy', 'mdy', null),
        counted((text, zone, dateOrder) => {
          const c = ctx({ zone, dateOrder });
          const parsed = run(() => parseDate(norm(text), c));
          expectSafeDate(parsed, zone);
          expectSafeDate(run(() => parseRelative(text, c)), zone);
          const z = run(() => statedZone(text));
          if (typeof z === 'number') expect(Math.abs(z)).toBeLessThanOrEqual(14 * 60);
        }),
      ),
      { numRuns: runs(35_000), seed: SEED },
    );
  });
});

const UNITS: Array<[string, number]> = [
  ['GB', 1024],
  ['GiB', 1024],
  ['MB', 1],
  ['KB', 1 / 1024],
  ['TB', 1024 * 1024],
  ['ギガ', 1024],
  ['メガ', 1],
];

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

describe('data amount parsers', () => {
  it('read every amount in every unit and grouping (oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom(1, 10, 100, 1000),
        fc.nat(UNITS.length - 1),
        fc.constantFrom('', ' ', '　'),
        fc.boolean(),
        noise,
        counted((n, div, u, space, comma, before) => {
          const value = n / div;
          const [unit, factor] = UNITS[u]!;
          const written = comma ? grouped(value) : String(value);
          const text = norm(`${before}${written}${space}${unit}`);
          const [first] = run(() => findAmounts(text));
          expect(first).toBeDefined();
          // Amounts are kept to 6 decimals of a MB (utils/extract/data.ts round()).
          const expected = toNumber(written) * factor;
          expect(Math.abs(first!.mb - expected)).toBeLessThanOrEqual(5.0001e-7 + Math.abs(expected) * 1e-15);
        }),
      ),
      { numRuns: runs(15_000), seed: SEED },
    );
  });

  it('read "A / B", "A of B" and "A（B中）" pairs in order (oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 500_000 }), fc.constantFrom(' / ', '/', ' of ', ' ／ ', ' 中 '), counted((a, b, join) => {
        const pair = run(() => parsePair(norm(`${a / 100}GB${join}${b / 100}GB`)));
        expect(pair).not.toBeNull();
        expect(pair!.a).toBeCloseTo((a / 100) * 1024, 6);
        expect(pair!.b).toBeCloseTo((b / 100) * 1024, 6);
      })),
      { numRuns: runs(5_000), seed: SEED },
    );
  });

  it('survive number soup and raw unicode: every amount is a finite number', () => {
    const soup = fc
      .array(fc.constantFrom('1', '0', '9', '.', ',', '-', ' ', 'GB', 'MB', 'KB', 'TB', 'ギガ', 'G', 'e', '999999999999999999999', '１', '/', 'of', '中'), { maxLength: 16 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(`${'9'.repeat(400)}TB`, `${'9'.repeat(305)}TB`, `${'9'.repeat(306)}.5 GB`)), counted((text) => {
        const t = run(() => norm(text));
        for (const a of run(() => findAmounts(t))) expect(Number.isFinite(a.mb)).toBe(true);
        const pair = run(() => parsePair(t));
        if (pair) expect(Number.isFinite(pair.a) && Number.isFinite(pair.b)).toBe(true);
      })),
      { numRuns: runs(20_000), seed: SEED },
    );
  });
});

describe('norm', () => {
  /** What norm means, step by step over the whole text (norm itself skips steps that change nothing). */
  const plain = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/[‐‑‒–—―−ー](?=\d)/g, (m, offset: number, s: string) => (/\d/.test(s[offset - 1] ?? '') ? '-' : m))
      .replace(/\s+/g, ' ')
      .trim();

  it('gives what every step over the whole text gives, on spaces, dashes, full-width and raw unicode', () => {
    const pieces = fc
      .array(fc.constantFrom(' ', '  ', '\n', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', 'ー', '−', '–', '1', '２', 'ＧＢ', 'a', '有効期限', '：', '.', 'é', 'ｶ'), { maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 })), counted((text) => {
        expect(run(() => norm(text))).toBe(plain(text));
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
      })),
      { numRuns: runs(5_000), seed: SEED },
    );
  });
});

afterAll(() => {
  console.info(`[fuzz] parsers: ${inputs} generated inputs, ${calls} parser calls, ${exceptions} exceptions`);
});

describe('the count', () => {
  it('fed the parsers at least 95,000 generated inputs', () => {
    // Runs after the properties above (same file, in order).
    expect(inputs).toBeGreaterThanOrEqual(runs(95_000));
    expect(exceptions).toBe(0);
  });
});
