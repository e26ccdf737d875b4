import Dexie from 'dexie';
import { type KigenDB } from '../db';
import { type LineRecord, type ReadingRecord, lineKey } from '../records';

/**
 * Lines and their readings in the store. The background is the one writer: content-script
 * submissions and extension pages' edits (sent as messages) both end here. Callers validate
 * before they call.
 */

/** A reading already validated, with instants as epoch ms. */
export type NewReading = Omit<ReadingRecord, 'id' | 'lineId'>;

/** Unchanged readings are kept at most once an hour, so a page left open doesn't bloat history. */
export const UNCHANGED_KEEP_MS = 60 * 60 * 1000;

function sameStatus(a: Omit<ReadingRecord, 'id'>, b: Omit<ReadingRecord, 'id'>): boolean {
  return (
    a.expiresAt === b.expiresAt &&
    a.remainingMB === b.remainingMB &&
    a.totalMB === b.totalMB &&
    a.usedMB === b.usedMB &&
    a.unlimited === b.unlimited &&
    a.plan === b.plan &&
    a.lineValidUntil === b.lineValidUntil &&
    a.buckets.length === b.buckets.length &&
    a.buckets.every((x, i) => {
      const y = b.buckets[i];
      return (
        y !== undefined &&
        x.name === y.name &&
        x.remainingMB === y.remainingMB &&
        x.totalMB === y.totalMB &&
        x.expiresAt === y.expiresAt &&
        x.bonus === y.bonus
      );
    })
  );
}

export function newLine(provider: string, shownId: string | null, now: number): LineRecord {
  return {
    id: lineKey(provider, shownId),
    provider,
    lineId: shownId,
    label: null,
    manual: false,
    createdAt: now,
    settings: { muted: false },
  };
}

/** The newest reading of a line, or undefined. Uses the [lineId+at] index. */
export function latestReading(db: KigenDB, lineId: string): Promise<ReadingRecord | undefined> {
  return db.readings
    .where('[lineId+at]')
    .between([lineId, Dexie.minKey], [lineId, Dexie.maxKey])
    .last();
}

/** Readings of a line from `since` on, oldest first. */
export function readingsSince(db: KigenDB, lineId: string, since: number): Promise<ReadingRecord[]> {
  return db.readings.where('[lineId+at]').between([lineId, since], [lineId, Dexie.maxKey]).toArray();
}

export interface SaveOutcome {
  lineId: string;
  stored: boolean;
  createdLine: boolean;
  /** Why nothing was stored, when a limit refused it. */
  refused?: string;
}

/**
 * Bounds on what web pages can make Kigen write. A page's own scripts can make the content script
 * read again and again (DOM changes, in-page navigation in a loop), each time with new values; the
 * background must not turn that into unbounded storage.
 */
export interface PageWriteLimits {
  /** A changed reading this soon after the line's last page reading replaces it (newest wins). */
  coalesceMs: number;
  /** Lines a provider's pages may create; lines added by hand do not count. */
  maxLines: number;
}

/** Ten minutes keeps every change a forecast needs; 20 lines is twice the largest family plan. */
export const PAGE_WRITE_LIMITS: PageWriteLimits = { coalesceMs: 10 * 60 * 1000, maxLines: 20 };

/**
 * Stores one reading of a provider line: creates the line when unknown, skips an unchanged
 * reading less than an hour after the last one. With `limits` (page submissions), a change soon
 * after the last page reading replaces it, and a new line beyond the cap is refused. One
 * transaction, so nothing half-written stays.
 */
export async function saveReading(
  db: KigenDB,
  provider: string,
  shownId: string | null,
  reading: NewReading,
  limits?: PageWriteLimits,
): Promise<SaveOutcome> {
  return db.transaction('rw', db.lines, db.readings, async () => {
    const line = newLine(provider, shownId, reading.at);
    const existing = await db.lines.get(line.id);
    if (!existing && limits) {
      const pageLines = await db.lines.where('provider').equals(provider).filter((l) => !l.manual).count();
      if (pageLines >= limits.maxLines) {
        return { lineId: line.id, stored: false, createdLine: false, refused: 'too many lines for this provider' };
      }
    }
    if (!existing) await db.lines.add(line);
    const candidate = { ...reading, lineId: line.id };
    const last = await latestReading(db, line.id);
    if (last && sameStatus(last, candidate) && reading.at - last.at < UNCHANGED_KEEP_MS) {
      return { lineId: line.id, stored: false, createdLine: false };
    }
    if (limits && last?.id != null && last.source === 'page' && reading.at - last.at < limits.coalesceMs) {
      await db.readings.put({ ...candidate, id: last.id });
      return { lineId: line.id, stored: true, createdLine: false };
    }
    await db.readings.add(candidate);
    return { lineId: line.id, stored: true, createdLine: !existing };
  });
}

export function allLines(db: KigenDB): Promise<LineRecord[]> {
  return db.lines.toArray();
}

export function getLine(db: KigenDB, lineId: string): Promise<LineRecord | undefined> {
  return db.lines.get(lineId);
}

/** Adds or replaces a line (manual lines, rename, mute, per-line settings). */
export async function putLine(db: KigenDB, line: LineRecord): Promise<void> {
  await db.lines.put(line);
}

/** A reading typed in by hand, for an existing line. */
export async function addManualReading(db: KigenDB, lineId: string, reading: NewReading): Promise<boolean> {
  return db.transaction('rw', db.lines, db.readings, async () => {
    if (!(await db.lines.get(lineId))) return false;
    await db.readings.add({ ...reading, lineId });
    return true;
  });
}

/** A provider's lines with their newest reading, most recently read first. */
export async function providerLines(
  db: KigenDB,
  providerId: string,
): Promise<Array<{ line: LineRecord; latest: ReadingRecord | undefined }>> {
  const lines = await db.lines.where('provider').equals(providerId).toArray();
  const withLatest = await Promise.all(lines.map(async (line) => ({ line, latest: await latestReading(db, line.id) })));
  const readAt = (x: { line: LineRecord; latest: ReadingRecord | undefined }) => x.latest?.at ?? x.line.createdAt;
  return withLatest.sort((a, b) => readAt(b) - readAt(a));
}

/** Deletes a line with its readings, renewals and reminder log. */
export async function deleteLine(db: KigenDB, lineId: string): Promise<void> {
  await db.transaction('rw', [db.lines, db.readings, db.renewals, db.reminderLog], async () => {
    await db.readings.where('[lineId+at]').between([lineId, Dexie.minKey], [lineId, Dexie.maxKey]).delete();
    await db.renewals.where('[lineId+at]').between([lineId, Dexie.minKey], [lineId, Dexie.maxKey]).delete();
    await db.reminderLog.where('lineId').equals(lineId).delete();
    await db.lines.delete(lineId);
  });
}
