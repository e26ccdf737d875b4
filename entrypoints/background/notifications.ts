import { browser } from 'wxt/browser';
import type { KigenDB } from '@/utils/db';
import type { LineRecord, RenewalRecord } from '@/utils/records';
import { getProvider } from '@/utils/providers';
import { type PlannedReminder, parseReminderKey } from '@/utils/reminders';
import { settingsItem } from '@/utils/settings';
import { type NoticeText, reminderText } from './notice-text';
import { notReflectedNotice } from './renewal-notice';
import { resolveLocaleNow, text } from './texts';
import type { Locale } from '@/utils/providers/types';
import { getLine } from '@/utils/store/lines';

/**
 * Reminder notifications. The notification id is the reminder key, so a click knows the line.
 * Chrome shows two buttons ("Renew now", "Remind me tomorrow"); Firefox has no notification
 * buttons and rejects the option, so we feature-detect by trying and fall back to click only.
 */

const ICON = 'icon/128.png';

/** The provider's own renewal page for a line, or the popup when the provider has none. */
export function renewalUrl(line: LineRecord): string {
  const methods = getProvider(line.provider)?.renewal.methods ?? [];
  const online = methods.find((m) => m.url && (m.kind === 'online' || m.kind === 'app')) ?? methods.find((m) => m.url);
  return online?.url ?? browser.runtime.getURL('/popup.html');
}

export async function notify(id: string, content: NoticeText, locale: Locale, withButtons: boolean): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL(`/${ICON}`),
    title: content.title,
    message: content.message,
  };
  if (withButtons) {
    try {
      await browser.notifications.create(id, {
        ...base,
        buttons: [{ title: text(locale, 'notify_renewNow') }, { title: text(locale, 'notify_tomorrow') }],
      });
      return;
    } catch {
      // No notification buttons here (Firefox): the click alone opens the renewal page.
    }
  }
  await browser.notifications.create(id, base);
}

export async function showReminder(reminder: PlannedReminder, line: LineRecord): Promise<void> {
  const locale = resolveLocaleNow((await settingsItem.getValue()).language);
  const content = reminderText(reminder, line, locale, Intl.DateTimeFormat().resolvedOptions().timeZone, Date.now());
  await notify(reminder.key, content, locale, true);
}

export interface NotificationDeps {
  db: KigenDB;
  snooze: (key: string) => Promise<void>;
}

/** The line a notification is about: reminder keys start with the line id. */
async function lineOf(db: KigenDB, notificationId: string): Promise<LineRecord | undefined> {
  const lineId = parseReminderKey(notificationId)?.lineId;
  return lineId ? getLine(db, lineId) : undefined;
}

export async function onNotificationClick(deps: NotificationDeps, id: string): Promise<void> {
  const line = await lineOf(deps.db, id);
  await browser.tabs.create({ url: line ? renewalUrl(line) : browser.runtime.getURL('/popup.html') });
  await browser.notifications.clear(id);
}

export async function onNotificationButton(deps: NotificationDeps, id: string, index: number): Promise<void> {
  if (index === 0) return onNotificationClick(deps, id);
  await browser.notifications.clear(id);
  await deps.snooze(id);
}

export function setupNotifications(deps: NotificationDeps): void {
  browser.notifications.onClicked.addListener((id) => void onNotificationClick(deps, id));
  // Firefox defines the event but never fires it (no buttons there).
  browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(deps, id, index));
}

/** "Renewal not reflected": one notification per renewal, clicked through to the provider. */
export async function notifyNotReflected(db: KigenDB, lineId: string, renewals: RenewalRecord[]): Promise<void> {
  const locale = resolveLocaleNow((await settingsItem.getValue()).language);
  const line = await getLine(db, lineId);
  for (const renewal of renewals) {
    const notice = notReflectedNotice(renewal, line, locale);
    await notify(notice.id, notice, locale, false);
  }
}
