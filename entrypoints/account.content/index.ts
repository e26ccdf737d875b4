import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/utils/messaging/content';
import { startCopies } from './copies';

/**
 * Where the account script runs: every provider's account and shop areas, from the registry. WXT
 * evaluates these options in Node (import.meta.env.SSR); in the browser bundle the branch is
 * removed, so the registry stays out of this content script and its size budget.
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).ACCOUNT_MATCHES : [];

/**
 * On every page of the areas: copies of the page for the background to read (./copies.ts). The
 * reader itself never runs in the page.
 */
export default defineContentScript({
  matches,
  runAt: 'document_idle',
  async main(ctx) {
    // The background says which provider this page belongs to (null: not one of theirs).
    const profile = await sendToBackground('getReadingProfile', undefined).catch(() => null);
    if (profile && ctx.isValid) startCopies(ctx, profile);
  },
});
