import { readAllData, writeAllData } from '../backup/tables';
import { sendMessage } from '../messaging/protocol';
import { createDb } from '../db';
import { DEFAULT_SETTINGS, settingsItem, storageErrorItem } from '../settings';
import { deleteLine, latestReading, readingsSince } from '../store';
import { HISTORY_DAYS, type LineView, type OptionsConnector } from '../connector/types';
import Dexie from 'dexie';

const DAY = 24 * 3600 * 1000;

/**
 * The real connector for extension pages: reads IndexedDB directly (no background round trip,
 * so the popup paints from stored data at once), writes, then asks the background to re-plan.
 */
export function createDexieConnector(now: () => number = Date.now, name?: string): OptionsConnector {
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

  // Settings saved by an older version may lack newer fields.
  const getSettings = async () => ({ ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) });

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
    getSettings,
    async saveSettings(settings) {
      await settingsItem.setValue(settings);
      await changed('settings');
    },
    storageError: () => storageErrorItem.getValue(),
    async exportData() {
      return readAllData(db, await getSettings());
    },
    async replaceAllData(data) {
      // Settings first: if they cannot be written nothing has changed yet. If the tables then
      // fail, their transaction rolls back and the old settings are put back.
      const previous = await settingsItem.getValue();
      await settingsItem.setValue(data.settings);
      try {
        await writeAllData(db, data);
      } catch (error) {
        await settingsItem.setValue(previous);
        throw error;
      }
      await changed('import');
    },
  };
}
