import * as v from 'valibot';
import { LINE_KINDS, READING_SOURCES, RENEWAL_STATUSES } from '../records';
import { RENEWAL_METHOD_KINDS } from '../providers/types';
import { SettingsSchema } from '../settings-rules';
import { MAX_BUCKETS, MAX_MB, MIN_EXPIRY } from '../validate';

/**
 * The backup file: every record of every table plus the settings, in a JSON envelope that says
 * what it is and which schema version its records follow.
 *
 * Each record is checked with the same ranges as utils/validate.ts (data amounts, expiry
 * instants, currencies), so a hand-edited or damaged file cannot put values into the database
 * that the extension itself would never have stored.
 */

export const BACKUP_FORMAT = 'kigen-backup';

import type { BackupData } from '../store/all-data';
import { RecipeSchema } from '../teach/recipe';

/** Taught pages a file may hold (one per site and page; far more than anyone teaches). */
const MAX_RECIPES = 200;

export type { BackupData };


export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** DB_VERSION of the schema the records follow. */
  schemaVersion: number;
  /** When the file was written (ISO 8601, UTC). */
  exportedAt: string;
  data: BackupData;
}

/** The tables a backup holds, in the order they are written. */
export const BACKUP_TABLES = ['lines', 'readings', 'renewals', 'reminderLog'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Upper bounds per table: far above real use, low enough that a forged file cannot exhaust memory. */
export const MAX_RECORDS: Record<BackupTable, number> = {
  lines: 1_000,
  readings: 500_000,
  renewals: 50_000,
  reminderLog: 200_000,
};

/** 1 Jan 2200: later instants are damage, not data. */
const MAX_INSTANT = Date.UTC(2200, 0, 1);
const instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_INSTANT));
const expiry = v.pipe(v.number(), v.integer(), v.minValue(MIN_EXPIRY), v.maxValue(MAX_INSTANT));
const mb = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MB)));
/** One-line text without control characters (labels, plan names, ids as shown). */
const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.regex(/^[^\u0000-\u001f\u007f]*$/u, 'control characters'));
/** Free text the user typed (notes): line breaks and tabs allowed, other control characters not. */
const note = v.pipe(v.string(), v.maxLength(4000), v.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u));
const lineRef = v.pipe(text(200), v.minLength(1));
const recordId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

export const LineSchema = v.strictObject({
  id: lineRef,
  provider: v.pipe(text(40), v.minLength(1)),
  lineId: v.nullable(text(64)),
  label: v.nullable(text(200)),
  manual: v.boolean(),
  createdAt: instant,
  settings: v.strictObject({
    muted: v.boolean(),
    lowDataPercent: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
    lowDataMB: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MB))),
    keepAliveStart: v.optional(instant),
    autoRenew: v.optional(v.boolean()),
    kind: v.optional(v.picklist(LINE_KINDS)),
    deadline: v.optional(expiry),
  }),
});

const withinTotal = (r: { remainingMB: number | null; totalMB: number | null }) =>
  r.remainingMB == null || r.totalMB == null || r.remainingMB <= r.totalMB + 0.5;
const TOO_MUCH = 'remaining is more than total';

/** One data allowance of a reading; its name may be the plan name of a reading from before buckets (schema v1). */
const BucketSchema = v.pipe(
  v.strictObject({
    name: v.nullable(text(400)),
    remainingMB: mb,
    totalMB: mb,
    expiresAt: v.nullable(expiry),
    bonus: v.boolean(),
  }),
  v.check((b) => withinTotal(b), TOO_MUCH),
);

const readingFields = v.strictObject({
  id: recordId,
  lineId: lineRef,
  at: instant,
  expiresAt: v.nullable(expiry),
  remainingMB: mb,
  totalMB: mb,
  usedMB: mb,
  unlimited: v.boolean(),
  plan: v.nullable(text(400)),
  buckets: v.pipe(v.array(BucketSchema), v.maxLength(MAX_BUCKETS)),
  lineValidUntil: v.nullable(expiry),
  // Kigen reads only https provider pages; a javascript: or data: URL here is a planted link.
  sourceUrl: v.union([v.literal(''), v.pipe(text(2048), v.url(), v.startsWith('https://'))]),
  source: v.picklist(READING_SOURCES),
});

export const ReadingRecordSchema = v.pipe(readingFields, v.check((r) => withinTotal(r), TOO_MUCH));

/** A reading typed in by hand, before the store gives it an id (the line is named apart). */
export const NewReadingSchema = v.pipe(v.omit(readingFields, ['id', 'lineId']), v.check((r) => withinTotal(r), TOO_MUCH));

export const RenewalRecordSchema = v.strictObject({
  id: recordId,
  lineId: lineRef,
  at: instant,
  orderNumber: v.nullable(text(200)),
  amount: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000))),
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  product: v.nullable(text(400)),
  method: v.picklist([...RENEWAL_METHOD_KINDS, 'checkout']),
  note: v.nullable(note),
  status: v.picklist(RENEWAL_STATUSES),
  paid: v.boolean(),
  expiresBefore: v.nullable(expiry),
  remainingBefore: mb,
  expectDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3660))),
  expectMB: mb,
});

/** A renewal the user reports, before the store gives it an id. */
export const NewRenewalSchema = v.omit(RenewalRecordSchema, ['id']);

export const ReminderLogSchema = v.strictObject({
  key: v.pipe(text(600), v.minLength(1)),
  lineId: lineRef,
  firedAt: instant,
});

const table = <T extends v.GenericSchema>(schema: T, max: number) => v.pipe(v.array(schema), v.maxLength(max));

/**
 * The data part of a current-version file. Beyond each record: ids are unique and every reading,
 * renewal and log entry belongs to a line in the file (an orphan means the file was edited or cut).
 */
export const BackupDataSchema = v.pipe(
  v.strictObject({
    lines: table(LineSchema, MAX_RECORDS.lines),
    readings: table(ReadingRecordSchema, MAX_RECORDS.readings),
    renewals: table(RenewalRecordSchema, MAX_RECORDS.renewals),
    reminderLog: table(ReminderLogSchema, MAX_RECORDS.reminderLog),
    settings: SettingsSchema,
    recipes: v.optional(table(RecipeSchema, MAX_RECIPES)),
  }),
  v.check((d) => unique(d.lines.map((l) => l.id)), 'duplicate line ids'),
  v.check((d) => unique((d.recipes ?? []).map((r) => r.id)), 'duplicate recipe ids'),
  v.check((d) => unique(d.readings.map((r) => r.id)), 'duplicate reading ids'),
  v.check((d) => unique(d.renewals.map((r) => r.id)), 'duplicate renewal ids'),
  v.check((d) => unique(d.reminderLog.map((r) => r.key)), 'duplicate reminder keys'),
  v.check((d) => {
    const ids = new Set(d.lines.map((l) => l.id));
    return [d.readings, d.renewals, d.reminderLog].every((rows) => rows.every((r) => ids.has(r.lineId)));
  }, 'record of a line that is not in the file'),
);

function unique(values: ReadonlyArray<string | number>): boolean {
  return new Set(values).size === values.length;
}

/**
 * The envelope, checked before the records: what the file says it is. `data` is only required
 * to hold the tables as arrays here, because an older file's records are upgraded before they
 * are checked against the current record schemas.
 */
export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  data: v.object({
    lines: v.array(v.looseObject({})),
    readings: v.array(v.looseObject({})),
    renewals: v.array(v.looseObject({})),
    reminderLog: v.array(v.looseObject({})),
    settings: v.looseObject({}),
    recipes: v.optional(v.array(v.looseObject({}))),
  }),
});
