import * as v from 'valibot';
import { BACKUP_FORMAT, type BackupData, BackupDataSchema, EnvelopeSchema } from './schema';

/**
 * Reading a backup file's text into checked data, or a reason it is refused. Pure: the caller
 * reads the file and decides what to do; nothing here touches the database.
 */

export const BACKUP_ERRORS = ['corrupt', 'truncated', 'foreign', 'newer', 'invalid', 'tooLarge'] as const;
/**
 * - `corrupt`: not JSON at all (another kind of file, or damaged bytes).
 * - `truncated`: the start of a JSON document that stops early (an interrupted download or copy).
 * - `foreign`: JSON, but not a Kigen backup.
 * - `newer`: a Kigen backup from a newer version, whose records this version cannot read.
 * - `invalid`: a Kigen backup whose records fail the checks (`where` says the first one).
 * - `tooLarge`: bigger than any real backup (checked before reading, see MAX_BACKUP_BYTES).
 */
export type BackupError = (typeof BACKUP_ERRORS)[number];

export interface BackupRefusal {
  ok: false;
  error: BackupError;
  /** For `invalid`: the path of the first failing value ("readings[3].remainingMB"). */
  where?: string;
  /** For `newer`: the file's schema version. */
  version?: number;
}

/** A file that passed the envelope checks; its records are not checked yet. */
export interface BackupEnvelope {
  ok: true;
  schemaVersion: number;
  exportedAt: string;
  /** Tables as arrays of objects, in the file's schema version. */
  data: Record<string, unknown>;
}

/** Far above a real backup (years of hourly readings are a few MB). */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/**
 * True when `text` reads as the beginning of a JSON object or array that stops before it closes:
 * brackets and strings are balanced so far, but some are still open at the end.
 */
export function looksTruncated(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(ch);
    else if (ch === '}' || ch === ']') {
      if (open.pop() !== (ch === '}' ? '{' : '[')) return false;
      // Closed completely yet unparsable: damaged, not cut short.
      if (open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}

/** The issue path as people read it: "readings[3].remainingMB" (and a check's message). */
export function issuePath(issue: v.BaseIssue<unknown> | undefined): string {
  const parts = issue?.path?.map((p) => p.key) ?? [];
  let out = '';
  for (const key of parts) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  // A cross-field check has no field of its own: its message says what is wrong.
  if (issue?.type === 'check') return out ? `${out}: ${issue.message}` : issue.message;
  return out || (issue?.message ?? '');
}

/** Checks what the file says it is; `currentVersion` is DB_VERSION. */
export function readEnvelope(text: string, currentVersion: number): BackupEnvelope | BackupRefusal {
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: looksTruncated(body) ? 'truncated' : 'corrupt' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('format' in json)) {
    return { ok: false, error: 'foreign' };
  }
  if (json.format !== BACKUP_FORMAT) return { ok: false, error: 'foreign' };
  // The version decides how to read the rest, so it is checked before the rest's shape.
  const version = 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > currentVersion) {
    return { ok: false, error: 'newer', version };
  }
  const parsed = v.safeParse(EnvelopeSchema, json);
  if (!parsed.success) return { ok: false, error: 'invalid', where: issuePath(parsed.issues[0]) };
  return {
    ok: true,
    schemaVersion: parsed.output.schemaVersion,
    exportedAt: parsed.output.exportedAt,
    data: parsed.output.data,
  };
}

/** Checks every record of current-version data. */
export function checkData(data: unknown): { ok: true; data: BackupData } | BackupRefusal {
  const parsed = v.safeParse(BackupDataSchema, data);
  if (!parsed.success) return { ok: false, error: 'invalid', where: issuePath(parsed.issues[0]) };
  const checked: BackupData = parsed.output;
  return { ok: true, data: checked };
}
