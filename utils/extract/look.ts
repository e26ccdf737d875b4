import { extractStatus } from './account-page';
import { mayShowStatus, unreadPage } from './gate';
import { extrasFrom } from './labels';
import type { ExtractedReading, PageKind } from './types';
import type { ReadingProfile } from '../providers/reading';

/**
 * What the extension makes of one look at a provider page (a copy of its DOM, parsed away from
 * the page): readings to store, or why there are none, and whether to look again when the page
 * changes. Pure: the background runs it on a copy the account script sends (utils/read-page.ts).
 */
export type PageLook =
  /** Readings of this page's lines: store them; this round is over. */
  | { look: 'done'; readings: ExtractedReading[]; provider: string }
  /** Nothing to store: the toolbar says why (`report`); `more`: look again when the page changes. */
  | { look: 'done' | 'more'; report: { provider: string; pageKind: PageKind; reason: string } }
  /** Nothing yet, nothing to say (the reader found no provider here): look again. */
  | { look: 'more' };

export function lookAtPage(root: ParentNode, url: URL, now: Date, profile: ReadingProfile): PageLook {
  // No word the reader could start from: say what kind of page it is (the popup's sentence).
  if (!mayShowStatus(root, extrasFrom(profile.hints))) {
    return { look: 'more', report: { provider: profile.id, ...unreadPage(root) } };
  }
  const result = extractStatus(root, url, now, profile);
  if (!result.provider) return { look: 'more' };
  // A checkout or a confirmation: the background brings the overlay; there is no status to read.
  const shop = result.pageKind === 'checkout' || result.pageKind === 'confirmation';
  if (result.readings.length === 0 || shop) {
    return { look: shop ? 'done' : 'more', report: { provider: result.provider, pageKind: result.pageKind, reason: result.reason } };
  }
  return { look: 'done', readings: result.readings, provider: result.provider };
}
