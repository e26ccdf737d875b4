import { browser } from 'wxt/browser';
import type { KigenDB } from '@/utils/db';
import { DEFAULT_SETTINGS, type Settings, type SyncState, settingsItem, syncEnabledItem, syncLedgerItem, syncStateItem } from '@/utils/settings';
import { applySyncedDelete, applySyncedLine, linesWithLatest } from '@/utils/store/sync';
import { canonical, statusOf } from '@/utils/sync/items';
import { type Ledger, planSync } from '@/utils/sync/plan';
import { type SyncErrorKind, fitQuota, syncErrorKind } from '@/utils/sync/quota';
import { planRecipes } from '@/utils/sync/recipes';
import type { PageRecipe } from '@/utils/teach/recipe';
import { recipesItem } from '@/utils/teach/storage';
import { reconcileRegistrations } from './teach';

/**
 * Sync between browsers through the browser's own sync storage (`storage.sync`): no server of
 * Kigen's, no request by Kigen. Off until the user turns it on (syncEnabledItem).
 *
 * One pass does everything: read the sync area, merge it with this browser's lines and settings
 * (utils/sync/plan.ts), apply what is newer here, write what is newer there in one set(). It runs
 * after every local write, when the sync area changes (another browser's write arriving, or our
 * own), when the settings or the switch change, and whenever the background starts. Passes are
 * derived from storage alone, so a worker that dies mid-pass loses nothing: the next one redoes it.
 */

/** The parts of `browser.storage.sync` a pass uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** This browser's own state around sync; storage items in the extension, in memory in tests. */
export interface SyncLocal {
  enabled(): Promise<boolean>;
  /** Page recipes (taught sites); saving them also makes their registrations follow. */
  recipes(): Promise<PageRecipe[]>;
  saveRecipes(recipes: PageRecipe[]): Promise<void>;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  ledger(): Promise<Ledger>;
  saveLedger(ledger: Ledger): Promise<void>;
  state(): Promise<SyncState>;
  saveState(state: SyncState): Promise<void>;
}

export interface SyncPorts {
  db: KigenDB;
  area: SyncArea;
  local: SyncLocal;
  now: () => number;
  /** Runs after a pass changed this browser's data: re-plans reminders. */
  afterApply: () => Promise<void>;
}

export interface SyncOutcome {
  /** False when sync is off: nothing was read or written. */
  ran: boolean;
  /** Keys written to the sync area. */
  pushed: string[];
  /** Lines and settings changed here. */
  applied: number;
  error: SyncErrorKind | null;
}

/** A write refused for its rate is tried again this much later (an alarm: the worker may sleep). */
export const SYNC_RETRY_ALARM = 'sync-retry';
const RETRY_MINUTES = 1;

export async function syncOnce(ports: SyncPorts): Promise<SyncOutcome> {
  const { db, area, local } = ports;
  const outcome: SyncOutcome = { ran: false, pushed: [], applied: 0, error: null };
  if (!(await local.enabled())) return outcome;
  outcome.ran = true;
  const now = ports.now();
  let remote: Record<string, unknown>;
  try {
    remote = await area.get(null);
  } catch (error) {
    return failed(ports, outcome, error, now);
  }
  const [lines, settings, ledger, recipes] = await Promise.all([linesWithLatest(db), local.settings(), local.ledger(), local.recipes()]);
  const plan = planSync({
    lines: lines.map(({ line, latest }) => ({ line, status: latest ? statusOf(latest) : null })),
    settings,
    remote,
    ledger,
    now,
  });
  const recipePlan = planRecipes({ local: recipes, remote, ledger, now });
  for (const { key, detail } of [...plan.ignored, ...recipePlan.ignored]) console.warn('[kigen] sync: ignored', key, detail);

  for (const write of plan.lines) if (await applySyncedLine(db, write)) outcome.applied += 1;
  for (const { lineId, expect } of plan.deletes) if (await applySyncedDelete(db, lineId, expect)) outcome.applied += 1;
  // Settings saved meanwhile (the options page writes them itself) win; the next pass merges them.
  if (plan.settings && canonical(await local.settings()) === canonical(settings)) {
    await local.saveSettings(plan.settings);
    outcome.applied += 1;
  }
  // Recipes saved meanwhile (a page taught during the pass) win; the next pass merges them.
  if (recipePlan.recipes && canonical(await local.recipes()) === canonical(recipes)) {
    await local.saveRecipes(recipePlan.recipes);
    outcome.applied += 1;
  }
  await local.saveLedger({ ...plan.ledger, ...recipePlan.ledger });
  if (outcome.applied > 0) await ports.afterApply();

  const fit = fitQuota(remote, { ...plan.push, ...recipePlan.push }, plan.remove);
  try {
    if (Object.keys(fit.push).length > 0) await area.set(fit.push);
    outcome.pushed = Object.keys(fit.push);
    if (plan.remove.length > 0) await area.remove(plan.remove);
  } catch (error) {
    return failed(ports, outcome, error, now);
  }
  if (fit.full) {
    console.warn('[kigen] sync: the sync area is full; new lines stay on this browser');
    outcome.error = 'space';
    await local.saveState({ lastSyncAt: now, error: { at: now, kind: 'space' } });
  } else await local.saveState({ lastSyncAt: now, error: null });
  return outcome;
}

/** The browser refused: keep working here, tell options, and retry a rate refusal later. */
async function failed(ports: SyncPorts, outcome: SyncOutcome, error: unknown, now: number): Promise<SyncOutcome> {
  const kind = syncErrorKind(error);
  console.warn('[kigen] sync failed:', kind, error instanceof Error ? error.message : String(error));
  outcome.error = kind;
  const { lastSyncAt } = await ports.local.state();
  await ports.local.saveState({ lastSyncAt, error: { at: now, kind } });
  if (kind === 'rate') await browser.alarms.create(SYNC_RETRY_ALARM, { delayInMinutes: RETRY_MINUTES });
  return outcome;
}

/** The storage items behind SyncLocal. */
export const storageLocal: SyncLocal = {
  enabled: () => syncEnabledItem.getValue(),
  recipes: () => recipesItem.getValue(),
  saveRecipes: async (recipes) => {
    await recipesItem.setValue(recipes);
    await reconcileRegistrations().catch(() => undefined);
  },
  // Settings saved by an older version may lack newer fields.
  settings: async () => ({ ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) }),
  saveSettings: (settings) => settingsItem.setValue(settings),
  ledger: () => syncLedgerItem.getValue(),
  saveLedger: (ledger) => syncLedgerItem.setValue(ledger),
  state: () => syncStateItem.getValue(),
  saveState: (state) => syncStateItem.setValue(state),
};

/**
 * Runs `pass` now, or once more after the running one when asked meanwhile: a burst of writes
 * becomes at most two passes, each one set() to the sync area. Only a promise is held, nothing
 * that has to outlive the worker.
 */
export function coalesce(pass: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const p = pass()
      .then(() => undefined)
      .catch((error: unknown) => console.error('[kigen] sync', error))
      .finally(() => {
        if (running === p) running = null;
      });
    running = p;
    return p;
  };
  return () => {
    if (next) return next;
    if (!running) return start();
    next = running.then(() => {
      next = null;
      return start();
    });
    return next;
  };
}

/**
 * Listens for everything that calls for a pass and runs one now (the background just started).
 * Returns the trigger for local writes (`afterWrite`). Listener callbacks never return the pass's
 * promise: a storage event awaited by the write that caused it would wait for itself.
 */
export function setupSync(db: KigenDB, afterApply: () => Promise<void>): () => void {
  const run = coalesce(() =>
    syncOnce({ db, area: browser.storage.sync as SyncArea, local: storageLocal, now: () => Date.now(), afterApply }),
  );
  const trigger = () => void run();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') trigger();
  });
  settingsItem.watch(trigger);
  recipesItem.watch(trigger);
  syncEnabledItem.watch(trigger);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_RETRY_ALARM) trigger();
  });
  trigger();
  return trigger;
}
