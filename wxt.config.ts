import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Chrome gets MV3 (a service worker). Firefox gets MV2, WXT's default there: its host access for
 * declared content scripts is granted at install on every supported Firefox (MV3 add-ons get it
 * only after the user opts in on some versions), and its event page keeps the same
 * no-globals discipline as the service worker. See README "Builds".
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  i18n: { localesDir: 'utils/i18n/locales' },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kigen@kigen.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
