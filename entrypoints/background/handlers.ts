import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { settleRenewals } from '@/utils/store/renewals';
import type { Bucket } from '@/utils/records';
import type { SubmitResult } from '@/utils/messaging/protocol';
import { READING_PROFILES, type ReadingProfile } from '@/utils/providers/reading';
import { PAGE_WRITE_LIMITS, saveReading } from '@/utils/store/lines';
import { ReadingSchema, SubmitReadingsSchema, checkExpiry, issueText } from '@/utils/validate';
import { checkContentSender, isExtensionPage } from './sender';
import { clearStorageError, reportStorageError } from './storage-errors';
import { markRead } from './tab-status';
import { injectOverlay, isKnownShopPage } from './inject';
import type { HandlerDeps } from './deps';
import { taughtCovers } from './teach';

export type { HandlerDeps } from './deps';

function refuse(reason: string): SubmitResult {
  console.warn('[kigen] refused:', reason);
  return { accepted: 0, refused: [reason] };
}

/** Strips query and fragment: order ids and tokens in URLs never reach the store. */
function pageUrl(url: URL): string {
  return url.origin + url.pathname;
}

/**
 * A checked reading's ISO instants as epoch ms, each in range (`checkExpiry`), or why not. One
 * instant out of range refuses the whole reading, buckets included: nothing of it is stored.
 * A content script from before buckets sends neither field: no buckets, no stated validity.
 */
function readingInstants(
  r: v.InferOutput<typeof ReadingSchema>,
  now: number,
): { expiry: number | null; lineValidUntil: number | null; buckets: Bucket[] } | string {
  const instant = (iso: string | null | undefined) => (iso == null ? null : checkExpiry(iso, now));
  const expiry = instant(r.expiresAt);
  if (typeof expiry === 'string') return expiry;
  const lineValidUntil = instant(r.lineValidUntil);
  if (typeof lineValidUntil === 'string') return `line validity: ${lineValidUntil}`;
  const buckets: Bucket[] = [];
  for (const b of r.buckets ?? []) {
    const expiresAt = instant(b.expiresAt);
    if (typeof expiresAt === 'string') return `bucket: ${expiresAt}`;
    buckets.push({ name: b.name, remainingMB: b.remainingMB, totalMB: b.totalMB, expiresAt, bonus: b.bonus });
  }
  return { expiry, lineValidUntil, buckets };
}

/**
 * Stores what the reader read from a copy of the sender's page (read-page.ts calls it; it is no
 * message: content scripts send copies, not readings). The sender and every value are checked here
 * all the same.
 */
export async function handleSubmitReadings(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<SubmitResult> {
  const payload = v.safeParse(SubmitReadingsSchema, data);
  if (!payload.success) return refuse(`payload: ${issueText(payload.issues)}`);
  const who = checkContentSender(sender, payload.output.provider, 'account', deps.extensionId);
  if (!who.ok) return refuse(who.reason);
  // The user taught Kigen this page ("This is wrong"): their recipe reads it, not the built-in reader.
  if (await taughtCovers(who.url.href)) return refuse('a recipe the user taught reads this page');

  const now = deps.now();
  const result: SubmitResult = { accepted: 0, refused: [] };
  let wrote = false;
  try {
    for (const raw of payload.output.readings) {
      const parsed = v.safeParse(ReadingSchema, raw);
      if (!parsed.success) {
        result.refused.push(`reading: ${issueText(parsed.issues)}`);
        continue;
      }
      const r = parsed.output;
      const instants = readingInstants(r, now);
      if (typeof instants === 'string') {
        result.refused.push(`reading: ${instants}`);
        continue;
      }
      const { expiry } = instants;
      const outcome = await saveReading(deps.db, who.provider.id, r.line, {
        at: now,
        expiresAt: expiry,
        remainingMB: r.remainingMB,
        totalMB: r.totalMB,
        usedMB: r.usedMB,
        unlimited: r.unlimited,
        plan: r.plan,
        buckets: instants.buckets,
        lineValidUntil: instants.lineValidUntil,
        sourceUrl: pageUrl(who.url),
        source: 'page',
      }, PAGE_WRITE_LIMITS);
      if (outcome.refused) {
        result.refused.push(`reading: ${outcome.refused}`);
        continue;
      }
      result.accepted += 1;
      wrote ||= outcome.stored;
      // A pending purchase is judged by every reading of its line, stored or unchanged.
      const settled = await settleRenewals(deps.db, outcome.lineId, { at: now, expiresAt: expiry, remainingMB: r.remainingMB }, now);
      wrote ||= settled.confirmed.length + settled.notReflected.length > 0;
      if (settled.notReflected.length > 0) await deps.notReflected?.(outcome.lineId, settled.notReflected);
    }
    if (wrote) await clearStorageError();
  } catch (error) {
    await reportStorageError(error, now);
    result.refused.push('storage failed');
  }
  for (const reason of result.refused) console.warn('[kigen] refused:', reason);
  if (wrote) await deps.afterWrite();
  if (result.accepted > 0 && typeof sender.tab?.id === 'number') {
    await markRead(sender.tab.id, who.provider.id, result.accepted, now).catch(() => undefined);
  }
  // A known checkout path that also shows the line's status still gets the overlay.
  if (typeof sender.tab?.id === 'number' && isKnownShopPage(who.provider, who.url)) {
    await injectOverlay(sender.tab.id, who.url.href);
  }
  return result;
}

/** The reading profile of the provider the sender's top-frame page belongs to, or null. */
export function handleGetReadingProfile(deps: HandlerDeps, sender: Runtime.MessageSender): ReadingProfile | null {
  if (sender.id !== deps.extensionId || !sender.tab || sender.frameId !== 0) return null;
  let host: string;
  try {
    host = new URL(sender.url ?? '').hostname;
  } catch {
    return null;
  }
  return READING_PROFILES.find((p) => p.hosts.includes(host)) ?? null;
}

export async function handleDataChanged(
  deps: HandlerDeps,
  sender: Runtime.MessageSender,
): Promise<{ reminders: number }> {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) {
    refuse('dataChanged from outside the extension');
    return { reminders: 0 };
  }
  await deps.afterWrite();
  return { reminders: 1 };
}
