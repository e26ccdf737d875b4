import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { KigenDB } from '@/utils/db';
import type { LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';
import { providerLines, readingsSince } from '@/utils/store/lines';
import { addCapturedRenewal, renewalsOf } from '@/utils/store/renewals';
import type { CaptureResult, CheckoutContext, OverlayLine } from '@/utils/messaging/protocol';
import { OVERLAY_KEYS } from '@/utils/overlay/keys';
import { keepAliveRuleFor, providerForHost } from '@/utils/providers';
import type { Locale, ProviderProfile } from '@/utils/providers/types';
import { overlayDismissItem, settingsItem } from '@/utils/settings';
import { resolveLineDeadline } from '@/utils/lines/deadline';
import { lineKindOf } from '@/utils/lines/kind';
import { CaptureSchema, issueText } from '@/utils/validate';
import { rememberCheckout, takeCheckout } from './checkout-seen';
import type { HandlerDeps } from './deps';
import { checkContentSender } from './sender';
import { clearStorageError, reportStorageError } from './storage-errors';
import { resolveLocale } from '@/utils/i18n/locale';
import { text } from './texts';
import { DAY_MS } from '@/utils/time';
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

/** The longest "hide on this site" the panel offers is a week; a month bounds a forged one. */
const MAX_HIDE_MS = 30 * DAY_MS;
const HideRequestSchema = v.strictObject({
  provider: CaptureSchema.entries.provider,
  forMs: v.pipe(v.number(), v.integer(), v.minValue(60_000), v.maxValue(MAX_HIDE_MS)),
});

function empty(refused: string, language: Locale = 'en'): CheckoutContext {
  console.warn('[kigen] checkout context refused:', refused);
  return { refused, profile: null, lines: [], language, texts: {}, providerName: '', supportHint: '', refundHint: '', hiddenUntil: 0 };
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

/**
 * The line's keep-alive deadline under the provider's rule, as the planner counts it (the overlay
 * says a purchase resets it): none for a monthly or travel-eSIM line, or a stated validity.
 */
async function deadlineOf(db: KigenDB, line: LineRecord, provider: ProviderProfile): Promise<number | null> {
  if (!provider.keepAlive && !provider.keepAliveByPlan) return null;
  const [readings, renewals] = await Promise.all([
    readingsSince(db, line.id, 0),
    renewalsOf(db, line.id),
  ]);
  const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
  const rule = keepAliveRuleFor(provider, plan);
  const kind = lineKindOf(line, provider, plan);
  return resolveLineDeadline({ line, kind, readings, renewals, rule, timeZone: provider.timeZone })?.keepAlive?.deadline ?? null;
}

function overlayLine(line: LineRecord, latest: ReadingRecord | undefined, keepAlive: number | null): OverlayLine {
  return {
    lineId: line.id,
    plan: latest?.plan ?? null,
    label: line.label,
    shownId: line.lineId,
    expiresAt: latest?.expiresAt ?? null,
    remainingMB: latest?.remainingMB ?? null,
    totalMB: latest?.totalMB ?? null,
    unlimited: latest?.unlimited ?? false,
    readAt: latest?.at ?? null,
    autoRenew: line.settings.autoRenew ?? false,
    keepAliveDeadline: keepAlive,
  };
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

export async function handleGetCheckoutContext(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<CheckoutContext> {
  const request = v.safeParse(ContextRequestSchema, data);
  if (!request.success) return empty(`payload: ${issueText(request.issues)}`);
  // The page's own provider, by the sender's host; the usual sender check then applies to it.
  const claimed = hostOf(sender.url) ? providerForHost(hostOf(sender.url)) : undefined;
  if (!claimed) return empty('not a provider’s page');
  if (request.output.provider !== undefined && request.output.provider !== claimed.id) {
    return empty('claimed another provider');
  }
  const who = checkContentSender(sender, claimed.id, 'checkout', deps.extensionId);
  if (!who.ok) return empty(who.reason);
  const provider = who.provider;
  const now = deps.now();
  const locale = await userLocale();
  if (request.output.checkout && typeof sender.tab?.id === 'number') {
    await rememberCheckout(sender.tab.id, provider, request.output.checkout, now);
  }
  const lines = await providerLines(deps.db, provider.id);
  const hidden = (await overlayDismissItem.getValue())[who.url.hostname] ?? 0;
  const { id, accountPages, checkoutPages, confirmationPages, timeZone, topUp } = provider;
  return {
    refused: '',
    profile: { id, accountPages, checkoutPages, confirmationPages, timeZone, topUp },
    lines: await Promise.all(
      lines.map(async ({ line, latest }) => overlayLine(line, latest, await deadlineOf(deps.db, line, provider))),
    ),
    language: locale,
    texts: overlayTexts(locale),
    providerName: provider.names[locale],
    supportHint: optionalText(locale, provider.renewal.supportHintKey),
    refundHint: optionalText(locale, provider.renewal.refundHintKey),
    hiddenUntil: hidden > now ? hidden : 0,
  };
}

/** Hides the panel on the sender's site for the chosen time; expired entries are dropped. */
export async function handleHideOverlay(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<{ until: number }> {
  const request = v.safeParse(HideRequestSchema, data);
  if (!request.success) {
    console.warn('[kigen] hide refused: payload:', issueText(request.issues));
    return { until: 0 };
  }
  const who = checkContentSender(sender, request.output.provider, 'checkout', deps.extensionId);
  if (!who.ok) {
    console.warn('[kigen] hide refused:', who.reason);
    return { until: 0 };
  }
  const now = deps.now();
  const until = now + request.output.forMs;
  const live = Object.entries(await overlayDismissItem.getValue()).filter(([, t]) => t > now);
  await overlayDismissItem.setValue(Object.fromEntries([...live, [who.url.hostname, until]]));
  return { until };
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
