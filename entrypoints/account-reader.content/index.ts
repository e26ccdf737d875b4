import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/utils/messaging/content';
import { startReader } from './reader';

/**
 * The account reader is not declared for any page: the first stage (entrypoints/account.content)
 * runs on every page of a provider's areas and asks the background to inject this one where a word
 * of a status or a shop is on the page (entrypoints/background/inject.ts). `matches` only gives the
 * build the host access that injection needs; WXT reads it in Node (`import.meta.env.SSR`) and the
 * browser bundle drops the branch with the registry.
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).ACCOUNT_MATCHES : [];

/** Reads plan status on provider account pages. */
export default defineContentScript({
  matches,
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    // The background says which provider this page belongs to and how to read it.
    const profile = await sendToBackground('getReadingProfile', undefined).catch(() => null);
    if (profile && ctx.isValid) startReader(ctx, profile);
  },
});
