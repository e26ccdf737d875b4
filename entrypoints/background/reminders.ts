import { browser } from 'wxt/browser';
import type { KigenDB } from '@/utils/db';
import type { ReadingRecord } from '@/utils/records';
import { allRenewals, settleDueRenewal } from '@/utils/store/renewals';
import { getProvider } from '@/utils/providers';
import { keyFromAlarmName, planReminders, reconcileAlarms } from '@/utils/reminders';
import type { PlanInput, PlannedReminder } from '@/utils/reminders/types';
import { settingsItem, snoozeItem } from '@/utils/settings';
import { allLines, getLine, latestReading, readingsSince } from '@/utils/store/lines';
import { firedReminders, forgetFired, logFired, pruneFired } from '@/utils/store/reminder-log';
import { showReminder } from './notifications';
import { BADGE_ALARM, updateBadge } from './badge';
import { DAY_MS } from '@/utils/time';

/**
 * Alarms are derived: the pure planner says what should be scheduled, and this file makes
 * browser.alarms match it — on install, update, startup, every write and every alarm. Reminders
 * already due (their time passed while the browser was closed or asleep) fire at once; the
 * reminder log makes each fire exactly once, across restarts.
 */

/** History the planner needs for forecasts; keep-alive and expiry use the newest reading. */
const HISTORY_MS = 60 * DAY_MS;
/** The log only has to outlive the targets it guards. */
const LOG_KEEP_MS = 400 * DAY_MS;

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export async function loadPlanInput(db: KigenDB, now: number): Promise<PlanInput> {
  const [lines, renewals, fired, settings, snoozed] = await Promise.all([
    allLines(db),
    allRenewals(db),
    firedReminders(db),
    settingsItem.getValue(),
    snoozeItem.getValue(),
  ]);
  const perLine = await Promise.all(
    lines.map(async (line) => {
      const recent = await readingsSince(db, line.id, now - HISTORY_MS);
      if (recent.length > 0) return recent;
      const last = await latestReading(db, line.id);
      return last ? [last] : [];
    }),
  );
  return {
    lines,
    readings: perLine.flat() as ReadingRecord[],
    renewals,
    settings,
    now,
    timeZone: userTimeZone(),
    fired,
    snoozed,
    providers: getProvider,
  };
}

/** Shows a due reminder once: the log write is the guard against a second firing. */
export async function fireOnce(db: KigenDB, reminder: PlannedReminder, now: number): Promise<boolean> {
  if (!(await logFired(db, reminder.key, reminder.lineId, now))) return false;
  const snoozed = await snoozeItem.getValue();
  if (reminder.key in snoozed) {
    const { [reminder.key]: _, ...rest } = snoozed;
    await snoozeItem.setValue(rest);
  }
  // The 24-hour check: only a renewal still pending turns "not reflected" and is told.
  if (reminder.kind === 'renewalCheck') {
    const id = reminder.detail.renewalId;
    if (id == null || !(await settleDueRenewal(db, id, now))) return false;
  }
  const line = await getLine(db, reminder.lineId);
  if (line) await showReminder(reminder, line);
  return true;
}

export async function reconcile(db: KigenDB, now: number): Promise<PlannedReminder[]> {
  const input = await loadPlanInput(db, now);
  const plan = planReminders(input);
  // Due reminders fire right here rather than through an alarm (Chrome delays alarms >= 30 s).
  const due = plan.filter((p) => p.fireAt <= now);
  const changes = reconcileAlarms(
    plan.filter((p) => p.fireAt > now),
    await browser.alarms.getAll(),
    now,
  );
  for (const name of changes.clear) await browser.alarms.clear(name);
  for (const { name, when } of changes.create) {
    // Check first: creating an alarm that exists resets it (Chrome alarms docs).
    const current = await browser.alarms.get(name);
    if (current?.scheduledTime !== when) await browser.alarms.create(name, { when });
  }
  for (const p of due) await fireOnce(db, p, now);
  await pruneFired(db, now - LOG_KEEP_MS);
  // The toolbar's count of lines that need action, from the same input.
  await updateBadge(input);
  return plan;
}

/** Snooze ("remind me tomorrow"): the same reminder comes back in 24 hours, once. */
export async function snooze(db: KigenDB, key: string, now: number): Promise<void> {
  await snoozeItem.setValue({ ...(await snoozeItem.getValue()), [key]: now + DAY_MS });
  await forgetFired(db, key);
  await reconcile(db, now);
}

/**
 * An alarm fired: if its reminder is still in the plan it is shown, even when the re-computed
 * time differs a little (alarms fire late); if the fact changed, nothing is shown.
 */
export async function onReminderAlarm(db: KigenDB, alarmName: string, now: number): Promise<void> {
  const key = keyFromAlarmName(alarmName);
  if (key === null) return;
  const plan = planReminders(await loadPlanInput(db, now));
  const due = plan.find((p) => p.key === key);
  if (due) await fireOnce(db, due, now);
  await reconcile(db, now);
}

export function setupReminders(db: KigenDB): void {
  const report = (e: unknown) => console.error('[kigen] reminders', e);
  const run = () => void reconcile(db, Date.now()).catch(report);
  browser.runtime.onInstalled.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.alarms.onAlarm.addListener((alarm) => {
    // The count changes with the date alone (a loss enters the lead window): re-plan then too.
    if (alarm.name === BADGE_ALARM) void reconcile(db, Date.now()).catch(report);
    else void onReminderAlarm(db, alarm.name, Date.now()).catch(report);
  });
}
