import { sendMessage } from '../messaging';
import { createDb } from '../db';
import { settingsItem, storageErrorItem } from '../settings';
import { deleteLine, latestReading, readingsSince } from '../store';
import { type Connector, HISTORY_DAYS, type LineView } from './connector';
import Dexie from 'dexie';

const DAY = 24 * 3600 * 1000;

/**
 * The real connector for extension pages: reads IndexedDB directly (no background round trip,
 * so the popup paints from stored data at once), writes, then asks the background to re-plan.
 */
export function createDexieConnector(now: () => number = Date.now, name?: string): Connector {
  const db = createDb(name);
  const changed = (reason: string) =>
    sendMessage('dataChanged', { reason }).then(
      () => undefined,
      () => undefined, // The background re-plans on its next start anyway.
    );

  const view = async (lineId: string): Promise<LineView | undefined> => {
    const line = await db.lines.get(lineId);
    if (!line) return undefined;
    const [latest, recent, renewals] = await Promise.all([
      latestReading(db, lineId),
      readingsSince(db, lineId, now() - HISTORY_DAYS * DAY),
      db.renewals.where('[lineId+at]').between([lineId, Dexie.minKey], [lineId, Dexie.maxKey]).toArray(),
    ]);
    return { line, latest, recent, renewals };
  };

  return {
    async listLines() {
      const ids = (await db.lines.toCollection().primaryKeys()) as string[];
      const views = await Promise.all(ids.map(view));
      return views.filter((v): v is LineView => v !== undefined);
    },
    async lineDetail(lineId) {
      const base = await view(lineId);
      if (!base) return undefined;
      return { ...base, history: await readingsSince(db, lineId, 0) };
    },
    async saveLine(line) {
      await db.lines.put(line);
      await changed('line');
    },
    async deleteLine(lineId) {
      await deleteLine(db, lineId);
      await changed('delete');
    },
    async addManualReading(lineId, reading) {
      await db.readings.add({ ...reading, lineId });
      await changed('reading');
    },
    async recordRenewal(renewal) {
      await db.renewals.add(renewal);
      await changed('renewal');
    },
    getSettings: () => settingsItem.getValue(),
    async saveSettings(settings) {
      await settingsItem.setValue(settings);
      await changed('settings');
    },
    storageError: () => storageErrorItem.getValue(),
  };
}
