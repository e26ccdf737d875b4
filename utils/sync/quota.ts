/**
 * The sync area's quotas and how Kigen stays inside them. Chrome measures an item as its key's
 * length plus its value's JSON text, in bytes
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync);
 * Firefox applies the same byte limits. Counting UTF-8 bytes errs on the safe side for names in
 * Chinese or Japanese.
 */
export const SYNC_QUOTA = {
  /** All items together. */
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  /** Each set() or remove() is one write, however many items it carries. */
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

const utf8 = new TextEncoder();

/** One item's size as the quota counts it. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
}

export interface PayloadSize {
  items: number;
  total: number;
  largest: { key: string; bytes: number } | null;
}

/** The size of a set of items (the whole sync area, or what one write carries). */
export function payloadSize(items: Readonly<Record<string, unknown>>): PayloadSize {
  let total = 0;
  let largest: PayloadSize['largest'] = null;
  for (const [key, value] of Object.entries(items)) {
    const bytes = itemBytes(key, value);
    total += bytes;
    if (!largest || bytes > largest.bytes) largest = { key, bytes };
  }
  return { items: Object.keys(items).length, total, largest };
}

/**
 * Why a sync write failed, as the options page tells it: the area is full (`space`), the browser
 * limits how often Kigen may write (`rate`, retried a minute later), or sync storage is not
 * there at all (`unavailable`).
 */
export const SYNC_ERROR_KINDS = ['space', 'rate', 'unavailable'] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

/**
 * Chrome rejects with "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded" (or _PER_HOUR,
 * MAX_SUSTAINED_…), "QUOTA_BYTES_PER_ITEM quota exceeded", "QUOTA_BYTES quota exceeded",
 * "MAX_ITEMS quota exceeded"; Firefox with "QuotaExceededError: storage.sync API call exceeded
 * its quota limitations". Anything else means sync storage itself failed.
 */
export function syncErrorKind(error: unknown): SyncErrorKind {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'space';
  return 'unavailable';
}

/**
 * What of a write fits: `current` is the sync area as read, `push` what Kigen wants to write,
 * `remove` the keys it removes. An item over the per-item limit is never sent. When the whole
 * would not fit, changes to items already there go first (a rename, a new status: about the same
 * size), then new items in key order while they fit; `full` says something was left out.
 */
export function fitQuota(
  current: Readonly<Record<string, unknown>>,
  push: Readonly<Record<string, unknown>>,
  remove: readonly string[],
): { push: Record<string, unknown>; full: boolean } {
  const sizes = new Map(Object.entries(current).map(([key, value]) => [key, itemBytes(key, value)]));
  for (const key of remove) sizes.delete(key);
  let full = false;
  const fitting: Record<string, unknown> = {};
  const fresh: Array<[string, number]> = [];
  for (const [key, value] of Object.entries(push)) {
    const bytes = itemBytes(key, value);
    if (bytes > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) full = true;
    else if (sizes.has(key)) {
      sizes.set(key, bytes);
      fitting[key] = value;
    } else fresh.push([key, bytes]);
  }
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  let count = sizes.size;
  if (total > SYNC_QUOTA.QUOTA_BYTES) return { push: {}, full: true };
  for (const [key, bytes] of fresh.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (total + bytes <= SYNC_QUOTA.QUOTA_BYTES && count + 1 <= SYNC_QUOTA.MAX_ITEMS) {
      total += bytes;
      count += 1;
      fitting[key] = push[key];
    } else full = true;
  }
  return { push: fitting, full };
}
