import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { RenewalRecord } from '@/utils/records';
import { providerLines } from '@/utils/store/lines';
import { addCapturedRenewal } from '@/utils/store/renewals';
import type { CaptureResult, CheckoutContext } from '@/utils/messaging/protocol';
import { OVERLAY_KEYS } from '@/utils/overlay/keys';
import { providerForHost } from '@/utils/providers';
import type { Locale } from '@/utils/providers/types';
import { overlayHiddenItem, settingsItem } from '@/utils/settings';
import { CaptureSchema, issueText } from '@/utils/validate';
import { rememberCheckout, takeCheckout } from './checkout-seen';
import { autoRenewFitsPage, overlayLine } from './checkout-lines';
import type { HandlerDeps } from './deps';
import { type SenderCheck, checkContentSender } from './sender';
import { clearStorageError, reportStorageError } from './storage-errors';
import { resolveLocale } from '@/utils/i18n/locale';
import { text } from './texts';
import { type MessageKey } from '@/utils/i18n/keys';

/**
 * The background side of the checkout overlay and the confirmation loop. The page's tab gets
 * only the lines of the provider whose checkout page it is on, and only after the sender check;
 * a capture becomes a pending renewal that the next reading confirms (utils/store/renewals.ts).
 */

/** `provider` is optional: the page's own provider is known from the sender; a claim must match it. */
const ContextRequestSchema = v.strictObject({
  provider: v.optional(CaptureSchema.entries.provider),
  checkout: CaptureSchema.entries.checkout,
});

/** "Hide on this site": the provider the page is on, nothing else (no duration: it lasts until undone in options). */
const HideRequestSchema = v.strictObject({ provider: CaptureSchema.entries.provider });

function empty(refused: string, language: Locale = 'en'): CheckoutContext {
  console.warn('[kigen] checkout context refused:', refused);
  return { refused, profile: null, lines: [], language, texts: {}, providerName: '', supportHint: '', refundHint: '', autoRenewFits: false, hidden: false };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

async function userLocale(): Promise<Locale> {
  const settings = await settingsItem.getValue();
  return resolveLocale(settings.language, uiLanguage());
}

/** A provider's hint text, or "" when its key is missing from the locale files (never the key). */
function optionalText(locale: Locale, key: MessageKey | undefined): string {
  if (!key) return '';
  const value = text(locale, key);
  return value === key ? '' : value;
}

/** The overlay fills `$1`… itself; text() fills them too, so each is handed back as itself. */
const KEEP_PLACEHOLDERS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

function overlayTexts(locale: Locale): Record<string, string> {
  return Object.fromEntries(OVERLAY_KEYS.map((key) => [key, text(locale, key, KEEP_PLACEHOLDERS)]));
}

/**
 * The sender checks for the overlay's messages: the page's own provider, by the sender's host (the
 * overlay may be on a checkout path nobody listed); a `provider` claim, if sent, must be that one;
 * the usual sender check then applies to it.
 */
export function checkoutSender(deps: HandlerDeps, sender: Runtime.MessageSender, claim?: string): SenderCheck {
  const claimed = hostOf(sender.url) ? providerForHost(hostOf(sender.url)) : undefined;
  if (!claimed) return { ok: false, reason: 'not a provider’s page' };
  if (claim !== undefined && claim !== claimed.id) return { ok: false, reason: 'claimed another provider' };
  return checkContentSender(sender, claimed.id, 'checkout', deps.extensionId);
}

export async function handleGetCheckoutContext(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<CheckoutContext> {
  const request = v.safeParse(ContextRequestSchema, data);
  if (!request.success) return empty(`payload: ${issueText(request.issues)}`);
  const who = checkoutSender(deps, sender, request.output.provider);
  if (!who.ok) return empty(who.reason);
  const provider = who.provider;
  const now = deps.now();
  const locale = await userLocale();
  if (request.output.checkout && typeof sender.tab?.id === 'number') {
    await rememberCheckout(sender.tab.id, provider, request.output.checkout, now);
  }
  const checkout = request.output.checkout;
  const lines = await Promise.all(
    (await providerLines(deps.db, provider.id)).map(({ line, latest }) => overlayLine(deps.db, line, latest, provider, checkout, now)),
  );
  const hidden = Object.hasOwn(await overlayHiddenItem.getValue(), who.url.hostname);
  const { id, timeZone, topUp } = provider;
  return {
    refused: '',
    profile: { id, timeZone, topUp },
    lines: lines.map((l) => l.line),
    language: locale,
    texts: overlayTexts(locale),
    providerName: provider.names[locale],
    supportHint: optionalText(locale, provider.renewal.supportHintKey),
    refundHint: optionalText(locale, provider.renewal.refundHintKey),
    autoRenewFits: lines.length > 0 ? lines.some((l) => l.autoRenewFits) : autoRenewFitsPage(provider, who.url),
    hidden,
  };
}

/** Hides the panel on the sender's site until the user shows it again in options. */
export async function handleHideOverlay(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<{ hidden: boolean }> {
  const request = v.safeParse(HideRequestSchema, data);
  if (!request.success) {
    console.warn('[kigen] hide refused: payload:', issueText(request.issues));
    return { hidden: false };
  }
  const who = checkContentSender(sender, request.output.provider, 'checkout', deps.extensionId);
  if (!who.ok) {
    console.warn('[kigen] hide refused:', who.reason);
    return { hidden: false };
  }
  await overlayHiddenItem.setValue({ ...(await overlayHiddenItem.getValue()), [who.url.hostname]: deps.now() });
  return { hidden: true };
}

export async function handleSubmitCapture(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<CaptureResult> {
  const refused: CaptureResult = { saved: false, outcome: 'refused', line: null, lineCount: 0 };
  const payload = v.safeParse(CaptureSchema, data);
  if (!payload.success) {
    console.warn('[kigen] capture refused: payload:', issueText(payload.issues));
    return refused;
  }
  // Single-page shops turn the checkout view into the confirmation in place, so a capture is
  // accepted from the provider's checkout and confirmation pages alike.
  const who = checkContentSender(sender, payload.output.provider, 'checkout', deps.extensionId);
  if (!who.ok || typeof sender.tab?.id !== 'number') {
    console.warn('[kigen] capture refused:', who.ok ? 'no tab' : who.reason);
    return refused;
  }
  // A bare "Thank you for your purchase" (b-mobile states nothing else) still records that a
  // purchase happened; the tab's checkout info usually fills in what it was.
  const { confirmation } = payload.output;
  const now = deps.now();
  try {
    const lines = await providerLines(deps.db, who.provider.id);
    const chosen = lines[0];
    if (!chosen) return { saved: false, outcome: 'noLine', line: null, lineCount: 0 };
    const checkout = (await takeCheckout(sender.tab.id, who.provider.id, now)) ?? payload.output.checkout;
    const renewal: RenewalRecord = {
      lineId: chosen.line.id,
      at: now,
      orderNumber: confirmation.orderNumber,
      amount: confirmation.price?.amount ?? checkout?.price?.amount ?? null,
      currency: confirmation.price?.currency ?? checkout?.price?.currency ?? null,
      product: confirmation.product ?? checkout?.product ?? null,
      method: 'checkout',
      note: null,
      status: 'pending',
      paid: true,
      expiresBefore: chosen.latest?.expiresAt ?? null,
      remainingBefore: chosen.latest?.remainingMB ?? null,
      expectDays: checkout?.durationDays ?? null,
      expectMB: checkout?.unlimited ? null : (checkout?.dataMB ?? null),
    };
    const line = { label: chosen.line.label, shownId: chosen.line.lineId };
    const lineIds = lines.map((l) => l.line.id);
    const verdict = await addCapturedRenewal(deps.db, lineIds, renewal);
    if (verdict === 'tooMany') {
      console.warn('[kigen] capture refused: too many purchases from this provider today');
      return refused;
    }
    if (verdict === 'duplicate') return { saved: true, outcome: 'duplicate', line, lineCount: lines.length };
    await clearStorageError();
    await deps.afterWrite();
    return { saved: true, outcome: 'saved', line, lineCount: lines.length };
  } catch (error) {
    await reportStorageError(error, now);
    return { saved: false, outcome: 'failed', line: null, lineCount: 0 };
  }
}
