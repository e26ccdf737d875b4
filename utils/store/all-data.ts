import type { PageRecipe } from '../teach/recipe';
import type { KigenDB } from '../db';
import type { Settings } from '../settings';
import type { LineRecord, ReadingRecord, ReminderLogRecord, RenewalRecord } from '../records';

/**
 * Moving all data between the database and backup data. The functions take the database and the
 * settings as arguments (no browser API here); the connector supplies both. Kept apart from the
 * file parsing so the connector does not carry the validators.
 */

/** The four tables and the settings; table records exactly as utils/db.ts stores them. */
export interface BackupData {
  lines: LineRecord[];
  readings: ReadingRecord[];
  renewals: RenewalRecord[];
  reminderLog: ReminderLogRecord[];
  settings: Settings;
  /** Pages the user taught (extension storage, not the database); absent in older files. */
  recipes?: PageRecipe[];
}

/** Every record of every table, read in one transaction so the copy is consistent. */
export async function readAllData(db: KigenDB, settings: Settings): Promise<BackupData> {
  return db.transaction('r', [db.lines, db.readings, db.renewals, db.reminderLog], async () => ({
    lines: await db.lines.toArray(),
    readings: await db.readings.toArray(),
    renewals: await db.renewals.toArray(),
    reminderLog: await db.reminderLog.toArray(),
    settings: { ...settings, leadDays: [...settings.leadDays] },
  }));
}

/**
 * Replaces the four tables with `data` in one transaction: if any write fails the transaction
 * aborts and the old data stays as it was (IndexedDB's all-or-nothing). Settings are not in
 * IndexedDB; the caller writes them (entrypoints/background/page-edits.ts).
 */
export async function writeAllData(db: KigenDB, data: BackupData): Promise<void> {
  await db.transaction('rw', [db.lines, db.readings, db.renewals, db.reminderLog], async () => {
    await Promise.all([db.lines.clear(), db.readings.clear(), db.renewals.clear(), db.reminderLog.clear()]);
    await db.lines.bulkAdd(data.lines);
    await db.readings.bulkAdd(data.readings);
    await db.renewals.bulkAdd(data.renewals);
    await db.reminderLog.bulkAdd(data.reminderLog);
  });
}

