import { TZDate } from '@date-fns/tz';
import type { LineRecord, ReadingRecord, ReminderLogRecord, RenewalRecord } from '@/utils/records';
import type { KeepAliveRule, LineKind } from '@/utils/providers/types';
import { type PlanInput, type PlannedReminder, planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';

/** Builders and helpers shared by the reminder tests (fixed clocks only, never Date.now). */

export const t = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad date in test: ${iso}`);
  return ms;
};

/** An instant as local wall-clock time, "2026-11-23 21:59", for readable assertions. */
export function local(ms: number, tz: string): string {
  const d = new TZDate(ms, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const LINE_ID = 'povo:main';

export function line(over: Partial<LineRecord> = {}): LineRecord {
  return {
    id: LINE_ID,
    provider: 'povo',
    lineId: '090-1234-5678',
    label: null,
    manual: false,
    createdAt: t('2026-01-01T00:00:00+09:00'),
    settings: { muted: false },
    ...over,
  };
}

export function reading(over: Partial<ReadingRecord> = {}): ReadingRecord {
  return {
    lineId: LINE_ID,
    at: t('2026-11-10T12:00:00+09:00'),
    expiresAt: t('2026-11-24T23:59:59+09:00'),
    remainingMB: 8000,
    totalMB: 10240,
    usedMB: 2240,
    unlimited: false,
    plan: 'データ追加20GB（30日間）',
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://povo.jp/mypage/',
    source: 'page',
    ...over,
  };
}

export function renewal(over: Partial<RenewalRecord> = {}): RenewalRecord {
  return {
    lineId: LINE_ID,
    at: t('2026-11-20T12:00:00+09:00'),
    orderNumber: 'A-1',
    amount: 2700,
    currency: 'JPY',
    product: 'データ追加20GB（30日間）',
    method: 'checkout',
    note: null,
    status: 'recorded',
    paid: true,
    expiresBefore: null,
    remainingBefore: null,
    expectDays: null,
    expectMB: null,
    ...over,
  };
}

export const POVO_RULE: KeepAliveRule = {
  anchor: 'afterLastPaidExpiry',
  days: 180,
  cancelAfterDays: 30,
  actionKey: 'keepalive_povo',
};
export const GIFFGAFF_RULE: KeepAliveRule = { anchor: 'afterLastActivity', days: 180, actionKey: 'keepalive_giffgaff' };

/**
 * A provider lookup built in the test, independent of the registry's contents. A profile with a
 * keep-alive rule is a keep-number provider (povo, giffgaff) unless it says otherwise; one without
 * is prepaid.
 */
export function lookup(
  profiles: Record<string, { keepAlive?: KeepAliveRule; timeZone?: string; lineKind?: LineKind }> = {},
): PlanInput['providers'] {
  return (id) => {
    const p = profiles[id];
    return p && { ...p, lineKind: p.lineKind ?? (p.keepAlive ? 'keep-number' : 'prepaid') };
  };
}

/** planReminders with test defaults: Tokyo user, default settings, nothing fired, no providers. */
export function plan(over: Partial<PlanInput> = {}): PlannedReminder[] {
  return planReminders({
    lines: [line()],
    readings: [],
    renewals: [],
    settings: DEFAULT_SETTINGS,
    now: t('2026-11-10T12:00:00+09:00'),
    timeZone: 'Asia/Tokyo',
    fired: [],
    providers: lookup(),
    ...over,
  });
}

export const ofKind = <K extends PlannedReminder['kind']>(rs: readonly PlannedReminder[], kind: K) =>
  rs.filter((r): r is Extract<PlannedReminder, { kind: K }> => r.kind === kind);

export const fired = (keys: readonly string[], firedAt: number): ReminderLogRecord[] =>
  keys.map((key) => ({ key, lineId: LINE_ID, firedAt }));

/**
 * Runs the background's loop on a fixed clock: jump to the next planned reminder, re-plan, and if
 * its key is still planned, "show" it and log it. Returns what was shown, in order.
 */
export function simulate(
  input: Omit<PlanInput, 'fired' | 'now'>,
  from: number,
  until: number,
): Array<{ at: number; reminder: PlannedReminder }> {
  const log: ReminderLogRecord[] = [];
  const shown: Array<{ at: number; reminder: PlannedReminder }> = [];
  let now = from;
  for (let guard = 0; guard < 500; guard++) {
    const next = planReminders({ ...input, now, fired: log })[0];
    if (!next || next.fireAt > until) return shown;
    now = Math.max(now, next.fireAt);
    const again = planReminders({ ...input, now, fired: log }).find((r) => r.key === next.key);
    if (again) {
      shown.push({ at: now, reminder: again });
      log.push({ key: again.key, lineId: again.lineId, firedAt: now });
    }
  }
  throw new Error('simulation did not settle');
}
