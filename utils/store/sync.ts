import type { KigenDB } from '../db';
import type { LineRecord, ReadingRecord } from '../records';
import { canonical, readingOf } from '../sync/items';
import type { LineWrite } from '../sync/plan';
import { deleteLine, latestReading } from './lines';

/**
 * The database side of sync between browsers: every line with its newest reading (what this
 * browser shares), and applying what a sync pass planned. Each change is its own transaction and
 * is checked against the line as the pass saw it: a line the user or a page changed meanwhile is
 * left alone, and the next pass (which that change triggers) merges it again.
 */

export async function linesWithLatest(db: KigenDB): Promise<Array<{ line: LineRecord; latest: ReadingRecord | undefined }>> {
  return db.transaction('r', db.lines, db.readings, async () => {
    const lines = await db.lines.toArray();
    return Promise.all(lines.map(async (line) => ({ line, latest: await latestReading(db, line.id) })));
  });
}

const same = (a: LineRecord | undefined, b: LineRecord | null) => canonical(a ?? null) === canonical(b);

/** Creates or updates a line from another browser, with its status as a reading marked `sync`. */
export async function applySyncedLine(db: KigenDB, write: LineWrite): Promise<boolean> {
  return db.transaction('rw', db.lines, db.readings, async () => {
    const current = await db.lines.get(write.line.id);
    if (!same(current, write.expect)) return false;
    let changed = false;
    if (!same(current, write.line)) {
      await db.lines.put(write.line);
      changed = true;
    }
    if (write.status) {
      const last = await latestReading(db, write.line.id);
      if (!last || last.at < write.status.readAt) {
        await db.readings.add({ ...readingOf(write.status), lineId: write.line.id });
        changed = true;
      }
    }
    return changed;
  });
}

/** Deletes a line another browser deleted, with its history, unless it changed here meanwhile. */
export async function applySyncedDelete(db: KigenDB, lineId: string, expect: LineRecord): Promise<boolean> {
  return db.transaction('rw', [db.lines, db.readings, db.renewals, db.reminderLog], async () => {
    if (!same(await db.lines.get(lineId), expect)) return false;
    await deleteLine(db, lineId);
    return true;
  });
}
