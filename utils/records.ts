import type { LineKind, RenewalMethodKind } from './providers/types';

/** Line kinds live beside the provider contract (profiles default them); re-exported for records. */
export { LINE_KINDS, type LineKind } from './providers/types';

/**
 * The records Kigen keeps, and the names of the database, its tables and the indexes that
 * queries use. No database engine here: the planner, components and the popup's raw IndexedDB
 * reads import this module; utils/db.ts (Dexie) turns it into a schema.
 */

export const DB_NAME = 'kigen';

/** Tables and the indexes queries use, as the Dexie schema in utils/db.ts names them. */
export const DB_LAYOUT = {
  lines: { store: 'lines', byProvider: 'provider' },
  readings: { store: 'readings', byLineAt: '[lineId+at]' },
  renewals: { store: 'renewals', byLineAt: '[lineId+at]', byStatus: 'status' },
  reminderLog: { store: 'reminderLog', byLine: 'lineId', byFiredAt: 'firedAt' },
} as const;

/** One separately-expiring data allowance of a line (topping, coupon, package, carry-over, bonus). */
export interface Bucket {
  /** As the page names it ("データ追加20GB(30日間)"), or null. */
  name: string | null;
  remainingMB: number | null;
  totalMB: number | null;
  /** Epoch ms; null when the page states none (a monthly allowance). */
  expiresAt: number | null;
  /** Free or promotional data (データボーナス, 赠送, gift): never counts as a paid purchase. */
  bonus: boolean;
}

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
  /** What the line is, when the user changed it from the provider's default. */
  kind?: LineKind;
  /** When the number / SIM is lost, as the user entered it (epoch ms), over any rule or page. */
  deadline?: number;
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

/**
 * Where a reading came from: a provider page, the user's hand, or another browser's latest status
 * carried by the browser's sync storage (utils/sync; no buckets, no page address).
 */
export const READING_SOURCES = ['page', 'manual', 'sync'] as const;
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
  /** Every separately-expiring allowance the page listed, in page order; [] for one undivided amount. */
  buckets: Bucket[];
  /** When the page itself states the SIM / number stays usable until (epoch ms), or null. */
  lineValidUntil: number | null;
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

/** The id of the line a provider page shows (case and spacing of the id don't matter). */
export function lineKey(provider: string, shownId: string | null): string {
  const norm = (shownId ?? '').normalize('NFKC').replace(/[\s\-‐－ー()（）]/g, '').toLowerCase();
  return `${provider}:${norm || 'main'}`;
}
