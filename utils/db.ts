import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { RenewalMethodKind } from './providers/types';

/**
 * The Dexie schema: the only place that knows table layouts.
 *
 * Opened by the background and by extension pages only. A content script must never import
 * this file: IndexedDB opened there would belong to the provider's web origin.
 *
 * Every schema change is a new numbered entry in `SCHEMA_STEPS` with a fixture of the previous
 * version in tests/fixtures/db/ and an upgrade test.
 */

/** Per-line reminder preferences; absent fields mean "use the global setting". */
export interface LineSettings {
  muted: boolean;
  /** Low-data warning below this share of the total (0–100). */
  lowDataPercent?: number;
  /** Low-data warning below this many MB. */
  lowDataMB?: number;
  /** Epoch ms the user says the keep-alive count starts from (manual lines). */
  keepAliveStart?: number;
  /** The user turned on the provider's auto-renew for this line. */
  autoRenew?: boolean;
}

export interface LineRecord {
  /** `${provider}:${normalised line id}`, or `manual:${random}` for lines added by hand. */
  id: string;
  /** Provider id from the registry, or "other" for a manual line of an unlisted provider. */
  provider: string;
  /** The line id as the page shows it ("090-1234-5678"), or null when the page shows none. */
  lineId: string | null;
  /** The user's own name for the line. */
  label: string | null;
  manual: boolean;
  createdAt: number;
  settings: LineSettings;
}

export const READING_SOURCES = ['page', 'manual'] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

/** One observation of a line's status: a time series per line. Times are epoch ms (instants). */
export interface ReadingRecord {
  id?: number;
  lineId: string;
  /** When it was read. */
  at: number;
  expiresAt: number | null;
  remainingMB: number | null;
  totalMB: number | null;
  usedMB: number | null;
  unlimited: boolean;
  plan: string | null;
  /** Origin and path of the page it was read from (no query, no fragment); "" for manual. */
  sourceUrl: string;
  source: ReadingSource;
}

export const RENEWAL_STATUSES = ['recorded', 'pending', 'confirmed', 'notReflected'] as const;
/**
 * - `recorded`: the user said "I renewed" (trusted as done).
 * - `pending`: captured on a confirmation page, waiting for the next reading to show it.
 * - `confirmed`: a later reading showed the new expiry or data.
 * - `notReflected`: no change after the next reading or 24 hours; the user was told.
 */
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

export interface RenewalRecord {
  id?: number;
  lineId: string;
  at: number;
  orderNumber: string | null;
  amount: number | null;
  currency: string | null;
  product: string | null;
  method: RenewalMethodKind | 'checkout';
  note: string | null;
  status: RenewalStatus;
  /** A paid purchase (counts for keep-alive rules such as povo's). */
  paid: boolean;
  /** What the line showed before, to confirm the change later. */
  expiresBefore: number | null;
  remainingBefore: number | null;
  /** What the purchase should add, when known from the checkout page. */
  expectDays: number | null;
  expectMB: number | null;
}

/** Reminders that have fired, so each (line, kind, target) fires once. */
export interface ReminderLogRecord {
  /** The planned reminder's key: `${lineId}|${kind}|${target}`. */
  key: string;
  lineId: string;
  firedAt: number;
}

export type KigenDB = Dexie & {
  lines: EntityTable<LineRecord, 'id'>;
  readings: EntityTable<ReadingRecord, 'id'>;
  renewals: EntityTable<RenewalRecord, 'id'>;
  reminderLog: EntityTable<ReminderLogRecord, 'key'>;
};

/**
 * One schema version: its table layout and, from v2 on, an optional data upgrade that Dexie runs
 * inside the version-change transaction. A throwing upgrade aborts that transaction, so the
 * database stays at the old version with the old data (tests/unit/db-upgrade.test.ts).
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
];

export const DB_NAME = 'kigen';
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

/** The id of the line a provider page shows (case and spacing of the id don't matter). */
export function lineKey(provider: string, shownId: string | null): string {
  const norm = (shownId ?? '').normalize('NFKC').replace(/[\s\-‐－ー()（）]/g, '').toLowerCase();
  return `${provider}:${norm || 'main'}`;
}
