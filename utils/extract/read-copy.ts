import { type PageLook, lookAtPage } from './look';
import type { ReadingProfile } from '../providers/reading';

/**
 * A copy of a provider page, as the account script sends it (its `outerHTML`), and what to read
 * it with. Read where a DOMParser is: Chrome's offscreen document (entrypoints/reader), Firefox's
 * background page. A parsed copy runs no script and loads nothing.
 */
export interface PageCopy {
  html: string;
  url: string;
  /** Epoch ms: when the page was read, for relative dates ("あと3日"). */
  now: number;
  profile: ReadingProfile;
}

export function readCopy(copy: PageCopy): PageLook {
  const doc = new DOMParser().parseFromString(copy.html, 'text/html');
  return lookAtPage(doc, new URL(copy.url), new Date(copy.now), copy.profile);
}

/** The message the background sends its offscreen document: one copy to read. */
export interface ReadCopyMessage {
  kigenReadCopy: PageCopy;
}

export const isReadCopyMessage = (message: unknown): message is ReadCopyMessage =>
  typeof message === 'object' && message !== null && 'kigenReadCopy' in message;
