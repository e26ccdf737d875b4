import { DB_VERSION, type KigenDB } from '../db';
import type { Settings } from '../settings';
import { type BackupRefusal, checkData, readEnvelope } from './parse';
import { BACKUP_FORMAT, type BackupData, type BackupFile } from './schema';
import { upgradeTables } from './upgrade';

/**
 * Moving all data between the database and a backup file. The functions take the database and
 * the settings as arguments (no browser API here); the connector supplies both.
 */

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
 * IndexedDB; the caller writes them (see dexie-connector `replaceAllData`).
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

export function backupFile(data: BackupData, now: number, schemaVersion: number = DB_VERSION): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion, exportedAt: new Date(now).toISOString(), data };
}

/** The file's text: indented, so a person can read it (it compresses well anyway). */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** "kigen-backup-2026-12-30.json", dated in the user's zone. */
export function backupFileName(now: number, timeZone: string): string {
  return `kigen-backup-${isoDate(now, timeZone)}.json`;
}

/** "2026-12-30" in `timeZone`. */
export function isoDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export interface ReadBackup {
  ok: true;
  data: BackupData;
  /** The version the file was written with (older files were upgraded). */
  schemaVersion: number;
  exportedAt: string;
}

/**
 * A backup file's text → current-version data, or why it is refused. An older file is upgraded
 * through the schema steps before its records are checked; nothing is written to the database.
 */
export async function readBackup(text: string, currentVersion: number = DB_VERSION): Promise<ReadBackup | BackupRefusal> {
  const envelope = readEnvelope(text, currentVersion);
  if (!envelope.ok) return envelope;
  let tables = envelope.data;
  if (envelope.schemaVersion < currentVersion) {
    try {
      tables = await upgradeTables(envelope.data, envelope.schemaVersion);
    } catch {
      // Records the old schema cannot even store (missing keys, duplicates) are invalid.
      return { ok: false, error: 'invalid', where: `schemaVersion ${envelope.schemaVersion}` };
    }
  }
  const checked = checkData(tables);
  if (!checked.ok) return checked;
  return { ok: true, data: checked.data, schemaVersion: envelope.schemaVersion, exportedAt: envelope.exportedAt };
}
