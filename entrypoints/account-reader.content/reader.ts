import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractStatus } from '@/utils/extract/account-page';
import { sendToBackground } from '@/utils/messaging/content';
import type { ReadingProfile } from '@/utils/providers/reading';
import { type Look, WAIT_BOUND_MS, lookInRounds } from '@/utils/rounds';

/**
 * Reads the page now and, if the status is not there yet, whenever the DOM settles, until a
 * result, the bound or the reading budget (utils/rounds.ts). In-page navigation starts a new
 * round. Sends typed values, never HTML.
 */
export function startReader(ctx: ContentScriptContext, profile: ReadingProfile, boundMs = WAIT_BOUND_MS): void {
  let lastSent = '';
  let lastReported = '';

  const look = (): Look => {
    let result: ReturnType<typeof extractStatus>;
    try {
      result = extractStatus(document, new URL(location.href), new Date(), profile);
    } catch (error) {
      // A page the reader cannot handle: nothing is stored, the toolbar shows "?" with a reason,
      // and the reader stops (the same page would fail again).
      console.warn('[kigen] reader failed on this page:', error);
      sendToBackground('reportPage', { provider: profile.id, pageKind: 'other', reason: 'Kigen could not read this page (its reader failed here)' }).catch(() => undefined);
      return 'stop';
    }
    if (!result.provider) return 'more';
    // A checkout or a confirmation: the background brings the overlay; there is no status to read.
    const shop = result.pageKind === 'checkout' || result.pageKind === 'confirmation';
    if (result.readings.length === 0 || shop) {
      // The toolbar shows "?" and the popup says why; once per page view and reason.
      const report = `${location.href}|${result.pageKind}|${result.reason}`;
      if (report !== lastReported) {
        lastReported = report;
        sendToBackground('reportPage', { provider: result.provider, pageKind: result.pageKind, reason: result.reason }).catch(() => undefined);
      }
      return shop ? 'done' : 'more';
    }
    const key = JSON.stringify(result.readings);
    if (key !== lastSent) {
      lastSent = key;
      sendToBackground('submitReadings', { provider: result.provider, readings: result.readings }).catch(
        () => undefined, // The background refuses with a logged reason; nothing to do here.
      );
    }
    return 'done';
  };

  lookInRounds(ctx, look, boundMs);
}
