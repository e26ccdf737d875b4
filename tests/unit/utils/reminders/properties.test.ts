import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';
import {
  type PlanInput,
  type PlannedReminder,
  isQuiet,
  parseReminderKey,
  placeInWakingHours,
  planReminders,
  reconcileAlarms,
} from '@/utils/reminders';
import { GIFFGAFF_RULE, POVO_RULE, lookup, t } from '../../support/reminders-seed';

/** Invariants over random histories, zones, quiet hours and settings. */

const DAY = 86_400_000;
const LINE_IDS = ['povo:main', 'giffgaff:07700|900', 'other:x'] as const;
const PROVIDERS = lookup({
  povo: { keepAlive: POVO_RULE, timeZone: 'Asia/Tokyo' },
  giffgaff: { keepAlive: GIFFGAFF_RULE, timeZone: 'Europe/London' },
});

const nowArb = fc.integer({ min: t('2026-01-01T00:00:00Z'), max: t('2027-01-01T00:00:00Z') });

const lineArb = (id: string): fc.Arbitrary<LineRecord> =>
  fc.record({
    muted: fc.constantFrom(false, false, false, true),
    lowDataMB: fc.option(fc.integer({ min: 0, max: 4096 }), { nil: undefined }),
    keepAliveStartOffset: fc.option(fc.integer({ min: -400 * DAY, max: 0 }), { nil: undefined }),
  }).map(({ muted, lowDataMB, keepAliveStartOffset }) => ({
    id,
    provider: id.split(':')[0] ?? 'other',
    lineId: null,
    label: null,
    manual: id.startsWith('other'),
    createdAt: t('2025-12-01T00:00:00Z'),
    settings: {
      muted,
      ...(lowDataMB === undefined ? {} : { lowDataMB }),
      ...(keepAliveStartOffset === undefined ? {} : { keepAliveStart: t('2026-06-01T00:00:00Z') + keepAliveStartOffset }),
    },
  }));

const readingArb = (now: number): fc.Arbitrary<ReadingRecord> =>
  fc.record({
    lineId: fc.constantFrom(...LINE_IDS),
    at: fc.integer({ min: now - 60 * DAY, max: now }),
    expiresIn: fc.option(fc.integer({ min: -20 * DAY, max: 70 * DAY }), { nil: null }),
    remainingMB: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: null }),
    extraMB: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: null }),
    unlimited: fc.constantFrom(false, false, false, true),
    source: fc.constantFrom('page', 'page', 'manual'),
  }).map((r) => ({
    lineId: r.lineId,
    at: r.at,
    // Few distinct expiries, so readings share plan periods.
    expiresAt: r.expiresIn === null ? null : now + Math.round(r.expiresIn / (10 * DAY)) * 10 * DAY,
    remainingMB: r.remainingMB,
    totalMB: r.remainingMB === null || r.extraMB === null ? null : 20480,
    usedMB: null,
    unlimited: r.unlimited,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: '',
    source: r.source,
  }));

/** A daily series for one line in one period, using data steadily (what forecasts need). */
const seriesArb = (now: number): fc.Arbitrary<ReadingRecord[]> =>
  fc.record({
    days: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 500, max: 20000 }),
    perDay: fc.integer({ min: 0, max: 4000 }),
    expiresIn: fc.integer({ min: 0, max: 30 }),
  }).map(({ days, start, perDay, expiresIn }) =>
    Array.from({ length: days }, (_, i) => ({
      lineId: 'povo:main',
      at: now - (days - 1 - i) * DAY,
      expiresAt: now + expiresIn * DAY,
      remainingMB: Math.max(0, start - i * perDay),
      totalMB: 20480,
      usedMB: null,
      unlimited: false,
      plan: null,
      buckets: [],
      lineValidUntil: null,
      sourceUrl: '',
      source: 'page' as const,
    })),
  );

const renewalArb = (now: number): fc.Arbitrary<RenewalRecord> =>
  fc.record({
    lineId: fc.constantFrom(...LINE_IDS),
    at: fc.integer({ min: now - 40 * DAY, max: now }),
    status: fc.constantFrom('recorded', 'pending', 'confirmed', 'notReflected'),
    paid: fc.boolean(),
    expectDays: fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }),
  }).map((r) => ({
    ...r,
    orderNumber: null,
    amount: null,
    currency: null,
    product: null,
    method: 'checkout' as const,
    note: null,
    expiresBefore: null,
    remainingBefore: null,
    expectMB: null,
  }));

const inputArb: fc.Arbitrary<PlanInput> = nowArb.chain((now) =>
  fc.record({
    lines: fc.tuple(...LINE_IDS.map(lineArb)).map((ls) => ls as LineRecord[]),
    readings: fc
      .tuple(fc.array(readingArb(now), { maxLength: 10 }), seriesArb(now))
      .map(([random, series]) => [...random, ...series]),
    renewals: fc.array(renewalArb(now), { maxLength: 4 }),
    settings: fc.record({
      leadDays: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }),
      lowDataPercent: fc.integer({ min: 0, max: 100 }),
      lowDataMB: fc.integer({ min: 0, max: 4096 }),
      staleDays: fc.integer({ min: 0, max: 30 }),
      quietStart: fc.integer({ min: 0, max: 1439 }),
      quietEnd: fc.integer({ min: 0, max: 1439 }),
    }),
    now: fc.constant(now),
    timeZone: fc.constantFrom('Asia/Tokyo', 'Asia/Shanghai', 'UTC', 'Europe/London'),
    fired: fc.constant([]),
    providers: fc.constant(PROVIDERS),
  }),
);

/** The plan, then a second one with some keys fired and some snoozed. */
const scenarioArb = fc.tuple(inputArb, fc.array(fc.boolean(), { maxLength: 40 }), fc.array(fc.integer({ min: -DAY, max: 3 * DAY }), { maxLength: 40 }))
  .map(([input, pick, snoozeOffsets]) => {
    const first = planReminders(input);
    const firedKeys = first.filter((_, i) => pick[i] === true).map((r) => r.key);
    const snoozed: Record<string, number> = {};
    first.forEach((r, i) => {
      const off = snoozeOffsets[i];
      if (off !== undefined && i % 3 === 0) snoozed[r.key] = input.now + off;
    });
    return { input: { ...input, fired: new Set(firedKeys), snoozed }, firedKeys, first };
  });

const quietOf = (input: PlanInput) => ({ start: input.settings.quietStart, end: input.settings.quietEnd });

function checkPlan(input: PlanInput, rs: PlannedReminder[]) {
  const keys = rs.map((r) => r.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(rs.map((r) => r.fireAt)).toEqual([...rs.map((r) => r.fireAt)].sort((a, b) => a - b));
  const catchUps = new Set<string>();
  for (const r of rs) {
    expect(r.fireAt).toBeGreaterThanOrEqual(input.now);
    if (r.deadline !== null) expect(r.fireAt).toBeLessThan(r.deadline);
    // In quiet hours only as "now", when no waking moment is left before the deadline.
    if (isQuiet(r.fireAt, input.timeZone, quietOf(input))) expect(r.fireAt).toBe(input.now);
    const parsed = parseReminderKey(r.key);
    expect(parsed).toMatchObject({ lineId: r.lineId, kind: r.kind });
    const line = input.lines.find((l) => l.id === r.lineId);
    expect(line?.settings.muted).toBe(false);
    if (r.catchUp) {
      const id = `${r.lineId}|${r.kind}`;
      expect(catchUps.has(id)).toBe(false);
      catchUps.add(id);
    }
  }
}

describe('placeInWakingHours invariants around DST changes (property-based)', () => {
  it('lands at or after now, before the deadline, in waking hours unless it fires now', () => {
    const changes = [t('2026-03-29T01:00:00Z'), t('2026-10-25T01:00:00Z')];
    const arb = fc.record({
      change: fc.constantFrom(...changes),
      nowOff: fc.integer({ min: -DAY, max: DAY / 2 }),
      targetOff: fc.integer({ min: -DAY / 2, max: 1.5 * DAY }),
      deadlineOff: fc.option(fc.integer({ min: 1, max: 3 * DAY }), { nil: null }),
      // Often at the local hours that are skipped or repeated on change days.
      start: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 180 })),
      end: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 180 })),
      prefer: fc.constantFrom('nearest', 'later'),
      tz: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Lord_Howe'),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const now = a.change + a.nowOff;
        const deadline = a.deadlineOff === null ? null : now + a.deadlineOff;
        const quiet = { start: a.start, end: a.end };
        const placed = placeInWakingHours(now + a.targetOff, { now, deadline, tz: a.tz, quiet, prefer: a.prefer });
        expect(placed).toBeGreaterThanOrEqual(now);
        if (deadline !== null) expect(placed).toBeLessThan(deadline);
        if (isQuiet(placed, a.tz, quiet)) expect(placed).toBe(now);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('planner invariants (property-based)', () => {
  it('unique keys, sorted, never before now, never at or after the deadline, waking hours, one catch-up', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        checkPlan(input, planReminders(input));
      }),
      { numRuns: 300 },
    );
  });

  it('fired keys never come back; snoozed ones fire at the snooze when it is a waking time before the deadline', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input, firedKeys }) => {
        const rs = planReminders(input);
        for (const key of firedKeys) expect(rs.some((r) => r.key === key)).toBe(false);
        for (const r of rs) {
          const snooze = input.snoozed?.[r.key];
          if (snooze === undefined) continue;
          expect(r.snoozed).toBe(true);
          const fits = snooze > input.now && !isQuiet(snooze, input.timeZone, quietOf(input));
          if (fits && (r.deadline === null || snooze < r.deadline)) expect(r.fireAt).toBe(snooze);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and its alarms reconcile to a fixed point', () => {
    fc.assert(
      fc.property(scenarioArb, ({ input }) => {
        const a = planReminders(input);
        expect(planReminders(input)).toEqual(a);
        const created = reconcileAlarms(a, [], input.now).create;
        expect(created).toHaveLength(a.length);
        const existing = created.map((c) => ({ name: c.name, scheduledTime: c.when }));
        expect(reconcileAlarms(a, existing, input.now)).toEqual({ create: [], clear: [] });
      }),
      { numRuns: 200 },
    );
  });
});
