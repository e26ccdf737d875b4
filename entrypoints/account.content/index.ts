import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/utils/messaging/content';
import { startReader } from './reader';

/**
 * Where the reader runs: every provider's account pages, from the registry. WXT evaluates these
 * options in Node (import.meta.env.SSR); in the browser bundle the branch is removed, so the
 * registry stays out of this content script and its size budget (see checkout.content too).
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).ACCOUNT_MATCHES : [];

/** Reads plan status on provider account pages. */
export default defineContentScript({
  matches,
  runAt: 'document_idle',
  async main(ctx) {
    // The background says which provider this page belongs to and how to read it.
    const profile = await sendToBackground('getReadingProfile', undefined).catch(() => null);
    if (profile && ctx.isValid) startReader(ctx, profile);
  },
});
