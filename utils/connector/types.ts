import type { FieldName } from '../teach/recipe';
import type { BackupData } from '../backup/schema';
import type { LineRecord, ReadingRecord, RenewalRecord } from '../records';
import type { Settings, SyncState } from '../settings';
import type { TabStatus } from '../messaging/protocol';
import type { NewReading } from '../store/lines';

/** One line as the popup lists it: the line, its newest reading, and recent history. */
export interface LineView {
  line: LineRecord;
  latest: ReadingRecord | undefined;
  /** Readings of the last `HISTORY_DAYS` days, oldest first (for forecasts). */
  recent: ReadingRecord[];
  renewals: RenewalRecord[];
  /**
   * True when `recent` was not loaded yet (the popup's first paint): what needs history, the
   * run-out forecast and the keep-alive deadline, is left out rather than guessed.
   */
  partial?: boolean;
}

/** Everything the line detail view shows. */
export interface LineDetail extends LineView {
  /** Full reading history, oldest first. */
  history: ReadingRecord[];
}

/** How far back the list view loads readings for each line. */
export const HISTORY_DAYS = 30;

/**
 * What the popup and options pages need from the store. Pages talk to this interface only, so
 * components render from a mock in tests without a background or a database. Writes go to
 * IndexedDB and then tell the background, which re-plans reminders.
 */
export interface Connector {
  listLines(): Promise<LineView[]>;
  /**
   * The lines with their newest reading only (`partial` views): one record per line, so the
   * first paint does not wait for history, however long it is. Optional: listLines() serves.
   */
  listLatest?(): Promise<LineView[]>;
  lineDetail(lineId: string): Promise<LineDetail | undefined>;
  /** Adds or replaces a line (manual lines, rename, mute, per-line settings). */
  saveLine(line: LineRecord): Promise<void>;
  deleteLine(lineId: string): Promise<void>;
  /** A reading typed in by hand (manual lines). */
  addManualReading(lineId: string, reading: NewReading): Promise<void>;
  recordRenewal(renewal: Omit<RenewalRecord, 'id'>): Promise<void>;
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** The last storage failure the background saw (e.g. quota), or null. */
  storageError(): Promise<{ at: number; message: string } | null>;
  /** What Kigen made of the provider page in a tab (the toolbar mark), or null. Optional: mocks may leave it out. */
  tabStatus?(tabId: number): Promise<TabStatus | null>;
}

/**
 * What the options page needs beyond the popup: all data out (backup, calendar) and all data in
 * (restore). Only the Dexie connector implements it; the popup never loads it.
 */
export interface OptionsConnector extends Connector {
  /** Every record of every table and the settings, read consistently. */
  exportData(): Promise<BackupData>;
  /**
   * Replaces all data with `data` (already checked): the tables in one transaction, all or
   * nothing, and the settings; on failure the old settings are put back. Then tells the
   * background, which re-plans reminders.
   */
  replaceAllData(data: BackupData): Promise<void>;
  /** Sync between browsers: the switch, the last pass and its failure. Optional: mocks may leave it out. */
  syncStatus?(): Promise<SyncView>;
  /** Turns sync on or off; the background runs a pass when it is turned on. */
  setSyncEnabled?(enabled: boolean): Promise<void>;
  /** Calls `onChange` when the switch or the sync state changes (a pass ended); returns the unsubscribe. */
  watchSync?(onChange: () => void): () => void;
  /** Pages the user taught, with whether Kigen still has access to each site. */
  listRecipes?(): Promise<RecipeView[]>;
  /** Removes a recipe (the site's last one gives its access back). */
  removeRecipe?(id: string): Promise<void>;
  /** Sites where the user hid the checkout panel ("Hide on this site"), the latest first. */
  listHiddenSites?(): Promise<HiddenSite[]>;
  /** "Show again": the checkout panel appears on that site again. */
  showOverlayAgain?(site: string): Promise<void>;
}

/** A site where the checkout panel is hidden: its hostname, and when the user hid it (epoch ms). */
export interface HiddenSite {
  site: string;
  at: number;
}

/** A taught page as options lists it. */
export interface RecipeView {
  id: string;
  site: string;
  path: string;
  /** The provider a recipe corrects, or null for a taught site. */
  provider: string | null;
  fields: FieldName[];
  /** Kigen may still read the site (the user did not take the access away). */
  access: boolean;
  updatedAt: number;
}

/** Sync between browsers as the options page shows it. */
export interface SyncView extends SyncState {
  enabled: boolean;
}
