import Dexie from 'dexie';
import type { KigenDB } from '../db';
import type { ReminderLogRecord } from '../records';

/** The reminder log: which planned reminders have fired, so each fires once. */

export function firedReminders(db: KigenDB): Promise<ReminderLogRecord[]> {
  return db.reminderLog.toArray();
}

/** Records that a reminder fires now; false when it had fired already (the log is the guard). */
export async function logFired(db: KigenDB, key: string, lineId: string, now: number): Promise<boolean> {
  try {
    await db.reminderLog.add({ key, lineId, firedAt: now });
    return true;
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) return false;
    throw error;
  }
}

/** Lets a reminder fire again (snooze). */
export async function forgetFired(db: KigenDB, key: string): Promise<void> {
  await db.reminderLog.delete(key);
}

/** Drops log entries older than `before` (their reminders are long past). */
export async function pruneFired(db: KigenDB, before: number): Promise<void> {
  await db.reminderLog.where('firedAt').below(before).delete();
}
