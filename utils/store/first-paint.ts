import type Dexie from 'dexie';
import type { DBCore } from 'dexie';
import { DB_VERSION, type KigenDB } from '../db';
import { DB_LAYOUT } from '../records';
import { FIRST_PAINT_FORMAT, type FirstPaint, partialViews } from '../connector/first-paint';
import type { LineView } from '../connector/types';
import { latestReading } from './lines';

/**
 * Keeping the popup's first paint (utils/connector/first-paint.ts) equal to the database. The
 * background is the one writer, through Dexie: a middleware on its database sees every write
 * transaction that touches the lines, readings or renewals. When one begins, the copy is cleared
 * (a popup opening meanwhile reads IndexedDB, as without a copy); once it has committed (or
 * aborted), the copy is read again from the database and stored. Refreshes run one at a time, and
 * one whose read began before another write did is not stored (that write's own refresh follows).
 */

/** The tables the first paint is made of. */
const FIRST_PAINT_TABLES: readonly string[] = [DB_LAYOUT.lines.store, DB_LAYOUT.readings.store, DB_LAYOUT.renewals.store];

/** The partial views of every line, read in one transaction: what the pages' `listLatest()` returns. */
export async function readFirstPaintViews(db: KigenDB): Promise<LineView[]> {
  return db.transaction('r', [db.lines, db.readings, db.renewals], async () => {
    const [lines, renewals] = await Promise.all([db.lines.toArray(), db.renewals.toArray()]);
    const latest = await Promise.all(lines.map((line) => latestReading(db, line.id)));
    return partialViews(lines, latest, renewals);
  });
}

/** Calls `started` when a write transaction on `tables` is created, `ended` when it completes or aborts. */
export function watchWrites(db: Dexie, tables: readonly string[], on: { started: () => void; ended: () => void }): void {
  db.use({
    stack: 'dbcore',
    name: 'kigen-first-paint',
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && stores.some((s) => tables.includes(s))) {
          on.started();
          // The IndexedDB transaction itself, as Dexie's own cache middleware listens to it.
          const events = tx as unknown as EventTarget;
          events.addEventListener('complete', on.ended);
          events.addEventListener('abort', on.ended);
        }
        return tx;
      },
    }),
  });
}

export interface FirstPaintStore {
  /** The views as the database holds them now. */
  read: () => Promise<LineView[]>;
  write: (lines: LineView[]) => Promise<void>;
  clear: () => Promise<void>;
  /** A failed read or write (the copy is then left cleared). */
  failed?: (error: unknown) => void;
}

export interface FirstPaintKeeper {
  /** A write began: clears the copy now, and any refresh already reading will not store. */
  stale: () => void;
  /**
   * Reads the database and stores the copy, after the refreshes before it. Resolves once the copy
   * holds what was committed before the call (or is cleared, when a write began meanwhile).
   */
  refresh: () => Promise<void>;
  /** Resolves once every refresh asked for so far has run (tests). */
  settled: () => Promise<void>;
}

export function createFirstPaintKeeper(store: FirstPaintStore): FirstPaintKeeper {
  /** Counts writes begun: a refresh stores only if none began while it read. */
  let writes = 0;
  let queue: Promise<void> = Promise.resolve();
  /** The last refresh, while it has not begun reading (a refresh asked for then shares it). */
  let waiting: Promise<void> | null = null;
  const failed = (error: unknown) => (store.failed ?? ((e) => console.warn('[kigen] first paint:', e)))(error);

  return {
    stale() {
      writes += 1;
      waiting = null;
      store.clear().catch(failed);
    },
    refresh() {
      if (waiting) return waiting;
      const job: Promise<void> = queue.then(async () => {
        if (waiting === job) waiting = null;
        const seen = writes;
        try {
          const lines = await store.read();
          if (seen === writes) await store.write(lines);
        } catch (error) {
          failed(error);
          await store.clear().catch(failed);
        }
      });
      queue = waiting = job;
      return job;
    },
    settled: () => queue,
  };
}

/** The copy as stored: this schema, this format, the extension version that wrote it. */
export function firstPaintOf(lines: LineView[], version: string): FirstPaint {
  return { format: FIRST_PAINT_FORMAT, schema: DB_VERSION, version, lines };
}

/** Keeps the copy for `db` (the background's database); call before the database's first use. */
export function keepFirstPaint(db: KigenDB, store: Omit<FirstPaintStore, 'read'>): FirstPaintKeeper {
  // Dexie builds its middleware stack when it opens: a later one would miss every write.
  if (db.isOpen()) throw new Error('keepFirstPaint: call it before the database opens');
  const keeper = createFirstPaintKeeper({ ...store, read: () => readFirstPaintViews(db) });
  watchWrites(db, FIRST_PAINT_TABLES, { started: keeper.stale, ended: () => void keeper.refresh() });
  return keeper;
}
