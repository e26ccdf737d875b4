import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mayShowStatus, unreadPage } from '@/utils/extract/gate';
import { extrasFrom } from '@/utils/extract/labels';
import { sendToBackground } from '@/utils/messaging/content';
import type { ReadingProfile } from '@/utils/providers/reading';
import { type Look, WAIT_BOUND_MS, lookInRounds } from '@/utils/rounds';

/**
 * The first stage on a page of a provider's areas: it waits (utils/rounds.ts) for a word the
 * reader could start from and then asks the background for the reader, which takes the page over,
 * in-page navigation included. Until then the toolbar says why there is nothing to read.
 */
export function startGate(ctx: ContentScriptContext, profile: ReadingProfile, boundMs = WAIT_BOUND_MS): void {
  const extras = extrasFrom(profile.hints);
  let lastReported = '';
  const look = (): Look => {
    if (mayShowStatus(document, extras)) {
      sendToBackground('loadReader', { provider: profile.id }).catch(() => undefined);
      return 'stop';
    }
    // The toolbar shows "?" and the popup says why; once per page view and kind.
    const { pageKind, reason } = unreadPage(document);
    const report = `${location.href}|${pageKind}`;
    if (report !== lastReported) {
      lastReported = report;
      sendToBackground('reportPage', { provider: profile.id, pageKind, reason }).catch(() => undefined);
    }
    return 'more';
  };
  lookInRounds(ctx, look, boundMs);
}
