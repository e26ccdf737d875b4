import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { PAGE_KINDS } from '@/utils/extract/types';
import type { TabStatus } from '@/utils/messaging/protocol';
import { storage } from '@wxt-dev/storage';
import { toolbar } from './badge';
import type { HandlerDeps } from './deps';
import { injectOverlay, isKnownShopPage } from './inject';
import { checkContentSender, isExtensionPage } from './sender';
import { taughtCovers } from './teach';

/**
 * The toolbar mark for a tab: ✓ when Kigen read the provider page in it, ? when it is a provider
 * page Kigen could not read. The popup says why in a sentence (getTabStatus). Kept per tab in
 * session storage, cleared when the tab leaves the page or closes.
 */

const MARKS = { read: { text: '✓', color: '#1a7f37' }, unread: { text: '?', color: '#9a6700' } } as const;

/**
 * A tab's mark is the badge for that tab only, over the global count of lines that need action
 * (./badge.ts): it wins on its tab, the count shows on the others.
 */
async function setMark(tabId: number, status: TabStatus | null): Promise<void> {
  const action = toolbar();
  if (!action) return;
  // A tab that closed meanwhile makes these throw; the mark went with it.
  if (status) {
    await action.setBadgeText({ tabId, text: MARKS[status.state].text }).catch(() => undefined);
    await action.setBadgeBackgroundColor({ tabId, color: MARKS[status.state].color }).catch(() => undefined);
    return;
  }
  // No mark: the tab shows the count again (null; '' would hide it), in the count's colour, as
  // Chrome cannot unset a tab's colour and keeps it through an in-page navigation.
  // Both browsers take null here (Chrome's action docs and MDN say so; @wxt-dev/browser's type
  // of action.setBadgeText leaves it out); Firefox needs it, where a missing text is refused.
  const inherit = { tabId, text: null } as unknown as { tabId: number; text: string };
  await action.setBadgeText(inherit).catch(() => undefined);
  const color = await action.getBadgeBackgroundColor({}).catch(() => null);
  if (color) await action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
}

/** One session item per tab, so events of two tabs never overwrite each other. */
const keyOf = (tabId: number) => `session:tabStatus:${tabId}` as const;
const load = (tabId: number) => storage.getItem<TabStatus>(keyOf(tabId));

async function save(tabId: number, status: TabStatus | null): Promise<void> {
  if (status) await storage.setItem(keyOf(tabId), status);
  else await storage.removeItem(keyOf(tabId));
  await setMark(tabId, status);
}

/** Readings from this tab's page were stored. */
export async function markRead(tabId: number, provider: string, lines: number, now: number): Promise<void> {
  await save(tabId, { provider, state: 'read', lines, pageKind: 'account', reason: '', at: now });
}

/** A taught page whose recipe no longer finds `field`: it needs teaching again. */
export async function markTeachAgain(tabId: number, provider: string, field: string, reason: string, now: number): Promise<void> {
  await save(tabId, { provider, state: 'unread', lines: 0, pageKind: 'account', reason, at: now, teachAgain: field });
}

const ReportSchema = v.strictObject({
  provider: v.pipe(v.string(), v.maxLength(40)),
  pageKind: v.picklist(PAGE_KINDS),
  reason: v.pipe(v.string(), v.maxLength(300)),
});

/**
 * The reader found nothing on a copy of a page of the provider's account area (read-page.ts calls
 * it; it is no message). A page read before in this view stays read.
 */
export async function handleReportPage(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<void> {
  const payload = v.safeParse(ReportSchema, data);
  if (!payload.success) return;
  const who = checkContentSender(sender, payload.output.provider, 'account', deps.extensionId);
  if (!who.ok || typeof sender.tab?.id !== 'number') return;
  // A checkout or a confirmation (by its content or its known path) gets the overlay, no "?".
  const shop = payload.output.pageKind === 'checkout' || payload.output.pageKind === 'confirmation';
  if (shop || isKnownShopPage(who.provider, who.url)) {
    await injectOverlay(sender.tab.id, who.url.href);
    return;
  }
  if (await taughtCovers(who.url.href)) return;
  const current = await load(sender.tab.id);
  if (current?.state === 'read' && deps.now() - current.at < 60_000) return;
  await save(sender.tab.id, {
    provider: who.provider.id,
    state: 'unread',
    lines: 0,
    pageKind: payload.output.pageKind,
    reason: payload.output.reason,
    at: deps.now(),
  });
}

/** For the popup: what Kigen made of the page in `tabId`. */
export async function handleGetTabStatus(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<TabStatus | null> {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return null;
  const parsed = v.safeParse(v.strictObject({ tabId: v.pipe(v.number(), v.integer()) }), data);
  if (!parsed.success) return null;
  return (await load(parsed.output.tabId)) ?? null;
}

/** A tab that navigates away or closes loses its mark. */
export function setupTabStatus(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void save(tabId, null);
  });
  browser.tabs.onRemoved.addListener((tabId) => void save(tabId, null));
}
