import { DB_VERSION } from '../db';
import { type BackupRefusal, checkData, readEnvelope } from './parse';
import { BACKUP_FORMAT, type BackupData, type BackupFile } from './schema';
import { upgradeTables } from './upgrade';

/** Backup files: writing the envelope, naming the file, and reading a file back into data. */

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
