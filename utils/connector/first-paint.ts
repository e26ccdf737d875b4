import { storage } from '@wxt-dev/storage';
import type { LineRecord, ReadingRecord, RenewalRecord } from '../records';
import { DEFAULT_SETTINGS, type Settings, firstPaintItem, settingsItem } from '../settings';
import type { LineView } from './types';

/**
 * The popup's first paint, kept ready by the background in `storage.local` (`firstPaintItem`,
 * utils/settings.ts): every line with its newest reading and its renewals, exactly what
 * `listLatest()` reads from IndexedDB (./read.ts). The popup reads it in the same storage call as
 * the settings, so its first paint does not wait for IndexedDB to open (about 10 ms of it in
 * `npm run bench -- popup`); the history read after that paint replaces it, as it replaces
 * `listLatest()`'s views.
 *
 * It is never a guess: the background clears it when a write to the lines, readings or renewals
 * begins and writes it again from the database once that write has committed
 * (utils/store/first-paint.ts). A copy written by another build, or for another schema, is not
 * used: the popup then reads IndexedDB as before.
 */

/** What the copy holds. Bump when `LineView` or what `partialViews` makes of the records changes. */
export const FIRST_PAINT_FORMAT = 1;

/**
 * The database schema its records follow: utils/db.ts's DB_VERSION, which the pages cannot import
 * (Dexie). tests/unit/utils/connector/first-paint.test.ts holds the two equal.
 */
export const FIRST_PAINT_SCHEMA = 2;

export interface FirstPaint {
  format: number;
  schema: number;
  /** The extension version that wrote it (runtime.getManifest().version). */
  version: string;
  lines: LineView[];
}

/**
 * Each line with its newest reading (or none) and its renewals oldest first, as partial views: no
 * history yet (`recent` empty). `latest[i]` belongs to `lines[i]`; `renewals` in store order.
 */
export function partialViews(lines: readonly LineRecord[], latest: ReadonlyArray<ReadingRecord | undefined>, renewals: readonly RenewalRecord[]): LineView[] {
  const byLine = new Map<string, RenewalRecord[]>();
  for (const r of [...renewals].sort((a, b) => a.at - b.at)) {
    const own = byLine.get(r.lineId);
    if (own) own.push(r);
    else byLine.set(r.lineId, [r]);
  }
  return lines.map((line, i): LineView => ({ line, latest: latest[i], recent: [], renewals: byLine.get(line.id) ?? [], partial: true }));
}

/** The cached views when this build can use them (same format, schema and version), else null. */
export function usableFirstPaint(cached: FirstPaint | null | undefined, version: string): LineView[] | null {
  if (!cached || cached.format !== FIRST_PAINT_FORMAT || cached.schema !== FIRST_PAINT_SCHEMA || cached.version !== version) return null;
  return Array.isArray(cached.lines) ? cached.lines : null;
}

/** What the popup's first storage read returns: the settings and the copy as stored (not yet checked). */
export interface FirstRead {
  settings: Settings;
  cached: FirstPaint | null;
}

/** The popup's first read: the settings and the copy, in one `storage.local` call. */
export async function readFirstPaint(): Promise<FirstRead> {
  const [settings, cached] = await storage.getItems([settingsItem, firstPaintItem]);
  return {
    // Settings saved by an older version may lack newer fields (as connector.getSettings()).
    settings: { ...DEFAULT_SETTINGS, ...(settings?.value as Partial<Settings> | null) },
    cached: (cached?.value as FirstPaint | null | undefined) ?? null,
  };
}
