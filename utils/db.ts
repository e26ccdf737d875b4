import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Bucket, LineRecord, ReadingRecord, ReminderLogRecord, RenewalRecord } from './records';
import { DB_NAME } from './records';

/**
 * The Dexie schema: the only place that knows table layouts.
 *
 * Opened by the background and by extension pages only. A content script must never import
 * this file: IndexedDB opened there would belong to the provider's web origin.
 *
 * Every schema change is a new numbered entry in `SCHEMA_STEPS` with a fixture of the previous
 * version in tests/fixtures/db/ and an upgrade test.
 */

export type KigenDB = Dexie & {
  lines: EntityTable<LineRecord, 'id'>;
  readings: EntityTable<ReadingRecord, 'id'>;
  renewals: EntityTable<RenewalRecord, 'id'>;
  reminderLog: EntityTable<ReminderLogRecord, 'key'>;
};

/**
 * One schema version: its table layout and, from v2 on, an optional data upgrade that Dexie runs
 * inside the version-change transaction. A throwing upgrade aborts that transaction, so the
 * database stays at the old version with the old data (tests/unit/utils/db.test.ts).
 */
export interface SchemaStep {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Schema steps, oldest first. Index only what a `where()` uses. */
export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      lines: 'id, provider',
      readings: '++id, [lineId+at]',
      renewals: '++id, [lineId+at], status',
      reminderLog: 'key, lineId, firedAt',
    },
  },
  {
    // Readings hold their data buckets and the SIM validity the page states. A v1 reading becomes
    // a single-bucket reading (its plan, amounts and expiry as one paid bucket), or one with no
    // buckets when it held none of those; no v1 page stated a SIM validity. Indexes unchanged.
    version: 2,
    stores: {
      lines: 'id, provider',
      readings: '++id, [lineId+at]',
      renewals: '++id, [lineId+at], status',
      reminderLog: 'key, lineId, firedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('readings')
        .toCollection()
        .modify((r: V1Reading & Partial<Pick<ReadingRecord, 'buckets' | 'lineValidUntil'>>) => {
          r.buckets = Array.isArray(r.buckets) ? r.buckets : bucketsOfV1(r);
          r.lineValidUntil ??= null;
        });
    },
  },
];

/** A reading as schema v1 stored it: no buckets, no stated SIM validity. */
type V1Reading = Omit<ReadingRecord, 'buckets' | 'lineValidUntil'>;

/** The one bucket a v1 reading stood for, or none when it held no amount and no expiry. */
function bucketsOfV1(r: V1Reading): Bucket[] {
  if (r.remainingMB == null && r.totalMB == null && r.expiresAt == null) return [];
  return [
    { name: r.plan ?? null, remainingMB: r.remainingMB ?? null, totalMB: r.totalMB ?? null, expiresAt: r.expiresAt ?? null, bonus: false },
  ];
}

export const DB_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]?.version ?? 1;

/**
 * Opens (lazily, on first query) the database; pass another name in tests. `steps` defaults to
 * the real schema; upgrade tests and the backup importer (older files) pass a prefix of it.
 */
export function createDb(name: string = DB_NAME, steps: readonly SchemaStep[] = SCHEMA_STEPS): KigenDB {
  const db = new Dexie(name) as KigenDB;
  for (const step of steps) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
