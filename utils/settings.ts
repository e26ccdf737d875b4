import { storage } from '@wxt-dev/storage';
import type { FirstPaint } from './connector/first-paint';
import type { CheckoutInfo } from './extract/types';
import type { Ledger } from './sync/plan';
import type { SyncErrorKind } from './sync/quota';

/**
 * Every browser.storage item Kigen uses, versioned. No other file names a storage key.
 * Bulk data (lines, readings, renewals) lives in IndexedDB (utils/db.ts), not here.
 *
 * Each definition is marked pure: @wxt-dev/storage reads an item's key as soon as it is defined,
 * so a bundle keeps (and reads at load) only the items it uses; the popup, four.
 */

export const UI_LANGUAGES = ['auto', 'zh-CN', 'zh-TW', 'ja', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Reminder and display preferences. Per-line overrides live on the line (LineSettings). */
export interface Settings {
  /** Days before expiry to remind; 0 is the day itself. Each 0–60, at most 8 entries. */
  leadDays: number[];
  /** Low data: warn below this share of the total (0–100)… */
  lowDataPercent: number;
  /** …or below this many MB, whichever comes first. */
  lowDataMB: number;
  /** No reading for this many days marks an active line stale. */
  staleDays: number;
  /** Quiet hours in the user's zone, minutes after midnight; reminders wait until they end. */
  quietStart: number;
  quietEnd: number;
  language: UiLanguage;
}

export const DEFAULT_SETTINGS: Settings = {
  leadDays: [7, 3, 1, 0],
  lowDataPercent: 20,
  lowDataMB: 1024,
  staleDays: 7,
  quietStart: 22 * 60,
  quietEnd: 8 * 60,
  language: 'auto',
};

export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Sites where the user hid the checkout panel ("Hide on this site"): hostname → when (epoch ms).
 * It stays hidden there until the user shows it again in options. Version 1 held timed hides
 * ("until", an hour to a week); they are dropped rather than turned into lasting ones.
 */
export const overlayHiddenItem = /* @__PURE__ */ storage.defineItem<Record<string, number>>('local:overlayDismissed', {
  fallback: {},
  version: 2,
  migrations: { 2: () => ({}) },
});

/** Snoozed reminders: planned reminder key → epoch ms it may fire again ("remind me tomorrow"). */
export const snoozeItem = /* @__PURE__ */ storage.defineItem<Record<string, number>>('local:snoozed', {
  fallback: {},
  version: 1,
});

/**
 * The popup's first paint: each line with its newest reading and renewals, a copy of what the
 * database holds that the background writes after every write to it and clears when one begins
 * (utils/store/first-paint.ts), or null. The popup reads it with the settings in one call
 * (utils/connector/first-paint.ts says when it is used).
 */
export const firstPaintItem = /* @__PURE__ */ storage.defineItem<FirstPaint | null>('local:firstPaint', { fallback: null, version: 1 });

/** Last storage failure shown to the user (quota), or null. */
export const storageErrorItem = /* @__PURE__ */ storage.defineItem<{ at: number; message: string } | null>(
  'local:storageError',
  { fallback: null, version: 1 },
);

/**
 * Sync between browsers (utils/sync), off until the user turns it on in options: the data would
 * go to the browser's sync account, and only the user knows whether that account is theirs to use.
 */
export const syncEnabledItem = /* @__PURE__ */ storage.defineItem<boolean>('local:syncEnabled', { fallback: false, version: 1 });

/** The last sync pass: when one last completed, and the last failure of the sync area (quota), for options. */
export interface SyncState {
  lastSyncAt: number | null;
  error: { at: number; kind: SyncErrorKind } | null;
}

export const syncStateItem = /* @__PURE__ */ storage.defineItem<SyncState>('local:syncState', {
  fallback: { lastSyncAt: null, error: null },
  version: 1,
});

/** What this browser last agreed each sync item was, and since when (utils/sync/plan.ts). Background only. */
export const syncLedgerItem = /* @__PURE__ */ storage.defineItem<Ledger>('local:syncLedger', { fallback: {}, version: 1 });

/** What the checkout page in a tab was selling, so that tab's confirmation page knows it. */
export interface SeenCheckout {
  provider: string;
  /** Epoch ms the checkout page reported it. */
  at: number;
  checkout: CheckoutInfo;
}

/**
 * Checkout info by tab id (background only). Session storage: it outlives the service worker
 * but not the browser session, and content scripts cannot read it (Chrome's default access level).
 */
export const checkoutSeenItem = /* @__PURE__ */ storage.defineItem<Record<string, SeenCheckout>>('session:checkoutSeen', {
  fallback: {},
});
