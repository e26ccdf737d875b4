/**
 * Backup and restore of all Kigen data as one JSON file (no network: the page downloads it and
 * the user picks it again to restore). See schema.ts for the file format.
 */
export * from './schema';
export { BACKUP_ERRORS, type BackupError, type BackupRefusal, MAX_BACKUP_BYTES, looksTruncated } from './parse';
export { type ImportSummary, type Counts, canonical, importSummary, isNoChange } from './summary';
export {
  type ReadBackup,
  backupFile,
  backupFileName,
  isoDate,
  readBackup,
  serializeBackup,
} from './io';
export { readAllData, writeAllData } from '../store/all-data';
export { upgradeTables } from './upgrade';
