import { defineContentScript } from 'wxt/utils/define-content-script';
import { ACCOUNT_MATCHES } from '@/utils/providers';
import { startReader } from './reader';

/** Reads plan status on provider account pages (patterns come from the provider registry). */
export default defineContentScript({
  matches: ACCOUNT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startReader(ctx);
  },
});
