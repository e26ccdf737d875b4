import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging/content';
import type { ReadingProfile } from '@/utils/providers/reading';
import { type Look, WAIT_BOUND_MS, lookInRounds } from '@/utils/rounds';

/**
 * The account script on a page of a provider's areas carries none of the reader: it sends the
 * background a copy of the page (its `outerHTML`) now and whenever the page settles, until the
 * background has read it, says there is nothing to read, or the bound (utils/rounds.ts). The
 * background reads the copy away from the page (entrypoints/background/read-page.ts), so the page
 * pays for the copy only. In-page navigation starts a new round. One copy at a time; an unchanged
 * copy is not sent again.
 */
export function startCopies(ctx: ContentScriptContext, profile: ReadingProfile, boundMs = WAIT_BOUND_MS): void {
  let lastSent = '';
  let lastUrl = '';
  let pending = false;
  /** The page changed while a copy was being read: send the next one when the answer comes. */
  let missed = false;

  const look = (answer: (found: Look) => void): Look => {
    if (pending) {
      missed = true;
      return 'more';
    }
    const html = document.documentElement.outerHTML;
    if (html === lastSent && location.href === lastUrl) return 'more';
    lastSent = html;
    lastUrl = location.href;
    pending = true;
    missed = false;
    sendToBackground('readPage', { provider: profile.id, html, url: location.href })
      .then(({ look: found }) => {
        pending = false;
        if (found === 'more' && missed && ctx.isValid) look(answer);
        else answer(found);
      })
      .catch(() => {
        // The extension was updated or reloaded: this script is orphaned.
        pending = false;
        answer('stop');
      });
    return 'more';
  };
  lookInRounds(ctx, look, boundMs);
}
