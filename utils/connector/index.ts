import { DB_LAYOUT, DB_NAME, type LineRecord, type ReadingRecord, type RenewalRecord } from '../records';
import { sendMessage } from '../messaging/protocol';
import { DEFAULT_SETTINGS, overlayHiddenItem, settingsItem, storageErrorItem, syncEnabledItem, syncStateItem } from '../settings';
import { DAY_MS } from '../time';
import { type FieldName, sitePattern } from '../teach/recipe';
import { recipesItem } from '../teach/storage';
import { browser } from 'wxt/browser';
import { HISTORY_DAYS, type LineView, type OptionsConnector } from './types';

/**
 * The connector of the extension pages (popup, options). Reads go straight to IndexedDB with the
 * plain API, so the popup paints from stored data at once; every write is a message to the
 * background, the database's one writer, which validates it and re-plans reminders.
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

/** The messages a page sends the background: `sendMessage`, or a direct call in tests. */
export type SendToBackground = typeof sendMessage;

export interface ConnectorOptions {
  name?: string;
  factory?: IDBFactory;
  now?: () => number;
  send?: SendToBackground;
}

export function createConnector(options: ConnectorOptions = {}): OptionsConnector {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? Date.now;
  const send = options.send ?? sendMessage;
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
      const db = await open();
      if (!db) return [];
      const tx = db.transaction([DB_LAYOUT.lines.store, DB_LAYOUT.readings.store, DB_LAYOUT.renewals.store]);
      const readings = tx.objectStore(DB_LAYOUT.readings.store).index(DB_LAYOUT.readings.byLineAt);
      const renewals = tx.objectStore(DB_LAYOUT.renewals.store).index(DB_LAYOUT.renewals.byLineAt);
      const lines = (await done(tx.objectStore(DB_LAYOUT.lines.store).getAll())) as LineRecord[];
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
    saveLine: (line) => send('saveLine', line),
    deleteLine: (lineId) => send('deleteLine', { lineId }),
    addManualReading: (lineId, reading) => send('addManualReading', { lineId, reading }),
    recordRenewal: (renewal) => send('recordRenewal', renewal),
    async getSettings() {
      // Settings saved by an older version may lack newer fields.
      return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
    },
    async saveSettings(settings) {
      await settingsItem.setValue(settings);
      await send('dataChanged', { reason: 'settings' }).catch(() => undefined); // Re-planned on its next start anyway.
    },
    storageError: () => storageErrorItem.getValue(),
    exportData: () => send('exportData', undefined),
    tabStatus: (tabId) => send('getTabStatus', { tabId }).catch(() => null),
    replaceAllData: (data) => send('replaceAllData', data),
    async syncStatus() {
      const [enabled, state] = await Promise.all([syncEnabledItem.getValue(), syncStateItem.getValue()]);
      return { enabled, ...state };
    },
    setSyncEnabled: (enabled) => syncEnabledItem.setValue(enabled),
    watchSync(onChange) {
      const stops = [syncEnabledItem.watch(() => onChange()), syncStateItem.watch(() => onChange())];
      return () => stops.forEach((stop) => stop());
    },
    async listRecipes() {
      const recipes = await recipesItem.getValue();
      return Promise.all(
        recipes.map(async (r) => ({
          id: r.id,
          site: r.site,
          path: r.path,
          provider: r.provider,
          fields: Object.keys(r.fields) as FieldName[],
          // A provider's pages are Kigen's at install; a taught site is the user's grant.
          access: r.provider !== null || (await browser.permissions.contains({ origins: [sitePattern(r.site)] }).catch(() => false)),
          updatedAt: r.updatedAt,
        })),
      );
    },
    removeRecipe: (id) => send('removeRecipe', { id }),
    async listHiddenSites() {
      const hidden = await overlayHiddenItem.getValue();
      return Object.entries(hidden)
        .map(([site, at]) => ({ site, at }))
        .sort((a, b) => b.at - a.at);
    },
    async showOverlayAgain(site) {
      const { [site]: _gone, ...rest } = await overlayHiddenItem.getValue();
      await overlayHiddenItem.setValue(rest);
    },
  };
}
