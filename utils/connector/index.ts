import { sendMessage } from '../messaging/protocol';
import { DEFAULT_SETTINGS, overlayHiddenItem, settingsItem, storageErrorItem, syncEnabledItem, syncStateItem } from '../settings';
import type { FieldName } from '../teach/recipe';
import { sitePattern } from '../teach/site';
import { recipesItem } from '../teach/storage';
import { browser } from 'wxt/browser';
import { type ReaderOptions, createReader } from './read';
import type { Connector, OptionsConnector } from './types';

/**
 * The connector of the extension pages (popup, options). Reads go straight to IndexedDB with the
 * plain API (./read.ts), so the popup paints from stored data at once; every write is a message to
 * the background, the database's one writer, which validates it and re-plans reminders.
 */

/** The messages a page sends the background: `sendMessage`, or a direct call in tests. */
export type SendToBackground = typeof sendMessage;

export interface ConnectorOptions extends ReaderOptions {
  send?: SendToBackground;
}

/**
 * What the popup uses: the reads, the writes, the settings. Without the options page's extras, so
 * the popup's bundle leaves out their storage items (each one defined reads its key at load).
 */
export function createPopupConnector(options: ConnectorOptions = {}): Connector {
  const send = options.send ?? sendMessage;
  return {
    ...createReader(options),
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
    tabStatus: (tabId) => send('getTabStatus', { tabId }).catch(() => null),
  };
}

export function createConnector(options: ConnectorOptions = {}): OptionsConnector {
  const send = options.send ?? sendMessage;
  return {
    ...createPopupConnector(options),
    exportData: () => send('exportData', undefined),
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
