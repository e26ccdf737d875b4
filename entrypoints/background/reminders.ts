import { browser } from 'wxt/browser';
import type { KigenDB } from '@/utils/db';

/** Re-plans reminders from the store and makes browser.alarms match the plan. */
export async function reconcile(_db: KigenDB, _now: number): Promise<void> {
  // Filled in with the pure planner (utils/reminders).
}

export function setupReminders(db: KigenDB): void {
  browser.runtime.onInstalled.addListener(() => void reconcile(db, Date.now()));
  browser.runtime.onStartup.addListener(() => void reconcile(db, Date.now()));
}
