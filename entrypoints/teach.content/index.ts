import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPicker } from './picker';

/**
 * The picker ("Read this page", "This is wrong"). Declared for no page: the background injects it
 * into the tab where the user started teaching, after the site's permission was granted
 * (entrypoints/background/teach.ts). No `matches`, so the build asks for no host access for it.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    await startPicker(ctx);
  },
});
