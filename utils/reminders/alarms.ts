import { REMINDER_KINDS, type ReminderKind } from './types';

/**
 * Matching browser.alarms to the plan, purely. Alarm names are `r:` + the reminder key; alarms
 * with other names belong to someone else and are never touched.
 *
 * Contract for the background: on an `r:` alarm (and on startup), re-plan, show every reminder
 * `dueReminders` returns and log each in reminderLog (put, so firedAt is the latest firing), then
 * reconcile. A key that left the plan is not shown (its fact changed); one whose recomputed time
 * is still ahead (an alarm that fired late into quiet hours) waits for its new alarm.
 */

export const ALARM_PREFIX = 'r:';
/** "Now" reminders get an alarm this far ahead (an alarm `when` in the past is not portable). */
export const FIRE_NOW_DELAY_MS = 1_000;
/**
 * An existing alarm this close to the planned time is kept: browsers round and delay alarms
 * (Chrome enforces at least 30 s), and re-creating it every re-plan would gain nothing.
 */
export const ALARM_TOLERANCE_MS = 60_000;

export function alarmName(key: string): string {
  return ALARM_PREFIX + key;
}

/** The reminder key of one of our alarms, or null for an alarm that is not ours. */
export function keyFromAlarmName(name: string): string | null {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null;
}

/**
 * Splits `${lineId}|${kind}|${target}`. The line id may itself contain `|`; kind and target never
 * do, so the split is taken from the right.
 */
export function parseReminderKey(key: string): { lineId: string; kind: ReminderKind; target: string } | null {
  const last = key.lastIndexOf('|');
  const mid = last > 0 ? key.lastIndexOf('|', last - 1) : -1;
  if (mid <= 0) return null;
  const kind = key.slice(mid + 1, last);
  const found = REMINDER_KINDS.find((k) => k === kind);
  return found ? { lineId: key.slice(0, mid), kind: found, target: key.slice(last + 1) } : null;
}

/** An existing alarm (browser.alarms.getAll() items fit), or just its name when the time is unknown. */
export type ExistingAlarm = string | { name: string; scheduledTime: number };

export interface AlarmChanges {
  /** alarms.create(name, { when }); creating an existing name replaces that alarm. */
  create: Array<{ name: string; when: number }>;
  /** alarms.clear(name) */
  clear: string[];
}

/**
 * What to create and clear so the alarms match the plan.
 * - A planned reminder due now (fireAt <= now) gets `when = now + FIRE_NOW_DELAY_MS`.
 * - An existing alarm is kept when its time is within ALARM_TOLERANCE_MS of the planned one,
 *   when a due-now reminder's alarm will fire before that anyway, or when its time is unknown.
 * - Our alarms whose key left the plan are cleared.
 */
export function reconcileAlarms(
  planned: ReadonlyArray<{ key: string; fireAt: number }>,
  existing: readonly ExistingAlarm[],
  now: number,
): AlarmChanges {
  const existingAt = new Map<string, number | null>();
  for (const a of existing) {
    const name = typeof a === 'string' ? a : a.name;
    if (keyFromAlarmName(name) === null) continue;
    existingAt.set(name, typeof a === 'string' ? null : a.scheduledTime);
  }

  const wanted = new Set<string>();
  const create: AlarmChanges['create'] = [];
  for (const p of planned) {
    const name = alarmName(p.key);
    if (wanted.has(name)) continue;
    wanted.add(name);
    const due = p.fireAt <= now;
    const when = due ? now + FIRE_NOW_DELAY_MS : p.fireAt;
    if (existingAt.has(name)) {
      const at = existingAt.get(name);
      if (at === null || at === undefined) continue;
      if (Math.abs(at - when) <= ALARM_TOLERANCE_MS) continue;
      if (due && at <= when + ALARM_TOLERANCE_MS) continue;
    }
    create.push({ name, when });
  }

  const clear = [...existingAt.keys()].filter((name) => !wanted.has(name)).sort();
  return { create: create.sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : 1)), clear };
}

/**
 * The planned reminders to show now: due, or due within ALARM_TOLERANCE_MS (alarms fire a little
 * early or late; a reminder is never worth a second alarm for a few seconds).
 */
export function dueReminders<T extends { fireAt: number }>(planned: readonly T[], now: number): T[] {
  return planned.filter((p) => p.fireAt <= now + ALARM_TOLERANCE_MS);
}
