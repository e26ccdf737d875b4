import { defineContentScript } from 'wxt/utils/define-content-script';
import { ACCOUNT_MATCHES } from '@/utils/providers';
import { sendMessage } from '@/utils/messaging';
import { startReader } from './reader';

/** Reads plan status on provider account pages (patterns come from the provider registry). */
export default defineContentScript({
  matches: ACCOUNT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The background says which provider this page belongs to and how to read it.
    const profile = await sendMessage('getReadingProfile', undefined).catch(() => null);
    if (profile && ctx.isValid) startReader(ctx, profile);
  },
});
