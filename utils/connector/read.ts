import { DB_LAYOUT, DB_NAME, type LineRecord, type ReadingRecord, type RenewalRecord } from '../records';
import { DAY_MS } from '../time';
import { partialViews } from './first-paint';
import { HISTORY_DAYS, type Connector, type LineView } from './types';

/**
 * How the extension pages read the store: the plain IndexedDB API, no library. ./index.ts adds the
 * writes (messages to the background) and the settings.
 *
 * Why not Dexie for the reads: Dexie is ~31 KB min+gzip, most of the popup's 45 KB budget, and
 * the pages need a few simple queries. The store and index names come from utils/records.ts,
 * which the Dexie schema in utils/db.ts also follows (tests/unit/utils/connector/connector.test.ts
 * round-trips records written with Dexie). The database is only ever created or upgraded by the
 * background: when it does not exist yet, reads return nothing.
 */

/** An upper bound above every [lineId, number] key: arrays sort after numbers in IndexedDB. */
const MAX_AT: IDBValidKey = [];

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens the database at its current version, or resolves null when it does not exist yet. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // Only a missing database triggers this (no version asked): don't create an empty one
      // that Dexie would later have to upgrade; aborting leaves no database behind.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Let the background's Dexie upgrade the schema while a page is open.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error);
    };
  });
}

const lineRange = (lineId: string, from = -Infinity) => IDBKeyRange.bound([lineId, from], [lineId, MAX_AT]);

/** Newest record of a line in an [lineId+at] index. */
function newest<T>(index: IDBIndex, lineId: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = index.openCursor(lineRange(lineId), 'prev');
    request.onsuccess = () => resolve(request.result?.value as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

/** The reads of the connector, each over one transaction. */
type StoreReader = Pick<Connector, 'listLines' | 'lineDetail'> & Required<Pick<Connector, 'listLatest'>>;

export interface ReaderOptions {
  name?: string;
  factory?: IDBFactory;
  now?: () => number;
}

export function createReader(options: ReaderOptions = {}): StoreReader {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? Date.now;
  let opening: Promise<IDBDatabase | null> | undefined;
  const open = () => {
    opening ??= openExisting(options.factory ?? indexedDB, name).then((db) => {
      if (!db) opening = undefined; // Try again next time: the background may have created it.
      return db;
    });
    return opening;
  };

  async function views(ids: string[] | null, withHistory: boolean) {
    const db = await open();
    if (!db) return [];
    const tx = db.transaction([DB_LAYOUT.lines.store, DB_LAYOUT.readings.store, DB_LAYOUT.renewals.store]);
    const lines = tx.objectStore(DB_LAYOUT.lines.store);
    const readings = tx.objectStore(DB_LAYOUT.readings.store).index(DB_LAYOUT.readings.byLineAt);
    const renewals = tx.objectStore(DB_LAYOUT.renewals.store).index(DB_LAYOUT.renewals.byLineAt);
    const all: LineRecord[] = ids
      ? (await Promise.all(ids.map((id) => done(lines.get(id))))).filter((l): l is LineRecord => !!l)
      : await done(lines.getAll());
    const since = withHistory ? -Infinity : now() - HISTORY_DAYS * DAY_MS;
    return Promise.all(
      all.map(async (line) => {
        const [history, ownRenewals] = await Promise.all([
          done(readings.getAll(lineRange(line.id, since))) as Promise<ReadingRecord[]>,
          done(renewals.getAll(lineRange(line.id))) as Promise<RenewalRecord[]>,
        ]);
        const latest = history.at(-1) ?? (await newest<ReadingRecord>(readings, line.id));
        const recentFrom = now() - HISTORY_DAYS * DAY_MS;
        const view: LineView = {
          line,
          latest,
          recent: withHistory ? history.filter((r) => r.at >= recentFrom) : history,
          renewals: ownRenewals,
        };
        return { view, history };
      }),
    );
  }

  return {
    async listLines() {
      return (await views(null, false)).map((v) => v.view);
    },
    async listLatest() {
      // One transaction: every line and every renewal in two requests, then one cursor per line
      // that stops at its newest entry of the [lineId+at] index. No history is read.
      const db = await open();
      if (!db) return [];
      const tx = db.transaction([DB_LAYOUT.lines.store, DB_LAYOUT.readings.store, DB_LAYOUT.renewals.store]);
      const readings = tx.objectStore(DB_LAYOUT.readings.store).index(DB_LAYOUT.readings.byLineAt);
      const [lines, allRenewals] = (await Promise.all([
        done(tx.objectStore(DB_LAYOUT.lines.store).getAll()),
        done(tx.objectStore(DB_LAYOUT.renewals.store).getAll()),
      ])) as [LineRecord[], RenewalRecord[]];
      const latest = await Promise.all(lines.map((line) => newest<ReadingRecord>(readings, line.id)));
      return partialViews(lines, latest, allRenewals);
    },
    async lineDetail(lineId) {
      const [found] = await views([lineId], true);
      return found && { ...found.view, history: found.history };
    },
  };
}
