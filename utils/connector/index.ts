import type { LineRecord, ReadingRecord, RenewalRecord } from '../db';
import { sendMessage } from '../messaging/protocol';
import { DEFAULT_SETTINGS, settingsItem, storageErrorItem } from '../settings';
import { type Connector, HISTORY_DAYS, type LineView } from './types';
import { DAY_MS } from '../time';

/**
 * The connector the popup uses: the same database as utils/db.ts, read and written with the
 * plain IndexedDB API.
 *
 * Why not Dexie here: Dexie is ~31 KB min+gzip, most of the popup's 45 KB budget, and the popup
 * needs five simple queries. The store and index names below are the ones the Dexie schema in
 * utils/db.ts creates; tests/unit/popup-idb-connector.test.ts checks them against SCHEMA_STEPS
 * and round-trips records with Dexie, so a schema change that forgets this file fails there.
 * The database is only ever created or upgraded by Dexie: when it does not exist yet, reads
 * return nothing and writes go through the Dexie connector (loaded on demand).
 */

/** utils/db.ts DB_NAME (not imported: that module pulls Dexie into the bundle). */
export const IDB_NAME = 'kigen';
/** Object stores and the indexes this file queries, as Dexie names them. */
export const IDB_LAYOUT = {
  lines: { store: 'lines' },
  readings: { store: 'readings', byLineAt: '[lineId+at]' },
  renewals: { store: 'renewals', byLineAt: '[lineId+at]' },
  reminderLog: { store: 'reminderLog', byLine: 'lineId' },
} as const;

/** An upper bound above every [lineId, number] key: arrays sort after numbers in IndexedDB. */
const MAX_AT: IDBValidKey = [];

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
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

async function deleteByIndex(index: IDBIndex, range: IDBKeyRange | string): Promise<void> {
  const store = index.objectStore;
  const keys = await done(index.getAllKeys(range));
  await Promise.all(keys.map((k) => done(store.delete(k))));
}

export interface IdbConnectorOptions {
  name?: string;
  factory?: IDBFactory;
  now?: () => number;
  /** Tells the background the data changed, so it re-plans reminders. */
  notify?: (reason: string) => Promise<void>;
}

export function createIdbConnector(options: IdbConnectorOptions = {}): Connector {
  const name = options.name ?? IDB_NAME;
  const now = options.now ?? Date.now;
  const changed =
    options.notify ??
    ((reason: string) =>
      sendMessage('dataChanged', { reason }).then(
        () => undefined,
        () => undefined, // The background re-plans on its next start anyway.
      ));
  let opening: Promise<IDBDatabase | null> | undefined;
  const open = () => {
    opening ??= openExisting(options.factory ?? indexedDB, name).then((db) => {
      if (!db) opening = undefined; // Try again next time: the background may have created it.
      return db;
    });
    return opening;
  };

  /** A write: here when the database exists, else through Dexie, which creates it. */
  async function write(
    stores: string[],
    run: (tx: IDBTransaction) => Promise<unknown>,
    viaDexie: (c: Connector) => Promise<void>,
    reason: string,
  ): Promise<void> {
    const db = await open();
    if (!db) {
      const { createDexieConnector } = await import('../ui/dexie-connector');
      return viaDexie(createDexieConnector(now, name));
    }
    const tx = db.transaction(stores, 'readwrite');
    const end = finished(tx);
    await run(tx);
    await end;
    await changed(reason);
  }

  async function views(ids: string[] | null, withHistory: boolean) {
    const db = await open();
    if (!db) return [];
    const tx = db.transaction([IDB_LAYOUT.lines.store, IDB_LAYOUT.readings.store, IDB_LAYOUT.renewals.store]);
    const lines = tx.objectStore(IDB_LAYOUT.lines.store);
    const readings = tx.objectStore(IDB_LAYOUT.readings.store).index(IDB_LAYOUT.readings.byLineAt);
    const renewals = tx.objectStore(IDB_LAYOUT.renewals.store).index(IDB_LAYOUT.renewals.byLineAt);
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
      const db = await open();
      if (!db) return [];
      const tx = db.transaction([IDB_LAYOUT.lines.store, IDB_LAYOUT.readings.store, IDB_LAYOUT.renewals.store]);
      const readings = tx.objectStore(IDB_LAYOUT.readings.store).index(IDB_LAYOUT.readings.byLineAt);
      const renewals = tx.objectStore(IDB_LAYOUT.renewals.store).index(IDB_LAYOUT.renewals.byLineAt);
      const lines = (await done(tx.objectStore(IDB_LAYOUT.lines.store).getAll())) as LineRecord[];
      return Promise.all(
        lines.map(async (line): Promise<LineView> => {
          const [latest, ownRenewals] = await Promise.all([
            newest<ReadingRecord>(readings, line.id),
            done(renewals.getAll(lineRange(line.id))) as Promise<RenewalRecord[]>,
          ]);
          return { line, latest, recent: [], renewals: ownRenewals, partial: true };
        }),
      );
    },
    async lineDetail(lineId) {
      const [found] = await views([lineId], true);
      return found && { ...found.view, history: found.history };
    },
    saveLine: (line) =>
      write(
        [IDB_LAYOUT.lines.store],
        (tx) => done(tx.objectStore(IDB_LAYOUT.lines.store).put(line)),
        (c) => c.saveLine(line),
        'line',
      ),
    deleteLine: (lineId) => {
      const { lines, readings, renewals, reminderLog } = IDB_LAYOUT;
      return write(
        [lines.store, readings.store, renewals.store, reminderLog.store],
        (tx) =>
          Promise.all([
            deleteByIndex(tx.objectStore(readings.store).index(readings.byLineAt), lineRange(lineId)),
            deleteByIndex(tx.objectStore(renewals.store).index(renewals.byLineAt), lineRange(lineId)),
            deleteByIndex(tx.objectStore(reminderLog.store).index(reminderLog.byLine), lineId),
            done(tx.objectStore(lines.store).delete(lineId)),
          ]),
        (c) => c.deleteLine(lineId),
        'delete',
      );
    },
    addManualReading: (lineId, reading) =>
      write(
        [IDB_LAYOUT.readings.store],
        (tx) => done(tx.objectStore(IDB_LAYOUT.readings.store).add({ ...reading, lineId })),
        (c) => c.addManualReading(lineId, reading),
        'reading',
      ),
    recordRenewal: (renewal) =>
      write(
        [IDB_LAYOUT.renewals.store],
        (tx) => done(tx.objectStore(IDB_LAYOUT.renewals.store).add(renewal)),
        (c) => c.recordRenewal(renewal),
        'renewal',
      ),
    async getSettings() {
      // Settings saved by an older version may lack newer fields.
      return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
    },
    async saveSettings(settings) {
      await settingsItem.setValue(settings);
      await changed('settings');
    },
    storageError: () => storageErrorItem.getValue(),
  };
}
