import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/utils/messaging/content';
import { startGate } from './gate';

/**
 * Where the account scripts run: every provider's account and shop areas, from the registry. WXT
 * evaluates these options in Node (import.meta.env.SSR); in the browser bundle the branch is
 * removed, so the registry stays out of this content script and its size budget.
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).ACCOUNT_MATCHES : [];

/**
 * The first stage of the account reader, on every page of the areas: it carries none of the
 * reader, only the test for a word the reader could start from; where one is, the background
 * injects the reader (entrypoints/account-reader.content).
 */
export default defineContentScript({
  matches,
  runAt: 'document_idle',
  async main(ctx) {
    // The background says which provider this page belongs to, and its own words for labels.
    const profile = await sendToBackground('getReadingProfile', undefined).catch(() => null);
    if (profile && ctx.isValid) startGate(ctx, profile);
  },
});
