import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { PROVIDER_SUMMARIES } from './utils/providers/summaries';

/**
 * The account content script runs on every visit to an account page and has a 12 KB budget; its
 * second stage, the reader, is injected where the first finds a word to start from. Both call one
 * extension API, runtime.sendMessage, which returns a promise natively in Chrome
 * MV3 and Firefox (utils/messaging/content.ts), so webextension-polyfill (3 KB of its budget)
 * would wrap nothing there: those bundles get WXT's plain `browser` global instead. The
 * checkout overlay (25 KB budget) is in the same case: besides that message it only reads
 * runtime.id and calls runtime.getURL (WXT's context and shadow-root UI), both synchronous.
 * Every other entrypoint keeps the polyfill; tests/tools/check-build.ts pins all three. See README
 * "Library exceptions".
 */
const UNPOLYFILLED_ENTRYPOINTS = new Set(['account', 'checkout']);

/**
 * WXT's content-script UI carries autoMount, which waits for an anchor with @1natsu/wait-element
 * (and its many-keys-map and defu): 1.1 KB of the checkout overlay's 25 KB budget. The overlay
 * mounts and removes its panel itself and never calls autoMount, so in that one bundle the module
 * is a stub that throws if it ever were called.
 */
const NO_AUTO_MOUNT_ENTRYPOINTS = new Set(['checkout']);
const NO_AUTO_MOUNT_ID = '\0kigen:no-auto-mount';

function noAutoMount(): Plugin {
  return {
    name: 'kigen:no-auto-mount',
    enforce: 'pre',
    resolveId: (source) => (source === '@1natsu/wait-element' || source === '@1natsu/wait-element/detectors' ? NO_AUTO_MOUNT_ID : null),
    load: (id) =>
      id === NO_AUTO_MOUNT_ID
        ? 'export function waitElement() { throw new Error("autoMount is not available in this bundle (wxt.config.ts)"); }\nexport const isExist = waitElement, isNotExist = waitElement;\n'
        : null,
  };
}

function plainBrowser(): Plugin {
  return {
    name: 'kigen:plain-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * The providers' summaries (utils/providers/summaries.ts) are computed here, in Node, and the module
 * is built as that JSON: the popup's list and the first-run page get the few fields they need of
 * each provider without the registry (reading hints, guides, sources), which the popup loads only
 * for a line's detail.
 */
function prebuiltSummaries(): Plugin {
  return {
    name: 'kigen:prebuilt-summaries',
    enforce: 'pre',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/utils/providers/summaries.ts')) return null;
      return `export const PROVIDER_SUMMARIES = ${JSON.stringify(PROVIDER_SUMMARIES)};\n`;
    },
  };
}

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
  hooks: {
    // The popup is built on its own, not with the other pages: its first render then needs one
    // script file instead of six shared chunks (each a request before it can run; about 15 ms
    // of its first data paint in `npm run bench`). The other pages keep sharing theirs.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const popup = group.findIndex((e) => e.name === 'popup');
        if (popup >= 0) groups.push(group.splice(popup, 1));
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length > 0 && entrypoints.every((e) => UNPOLYFILLED_ENTRYPOINTS.has(e.name))) {
        config.plugins = [plainBrowser(), ...(config.plugins ?? [])];
      }
      if (entrypoints.length > 0 && entrypoints.every((e) => NO_AUTO_MOUNT_ENTRYPOINTS.has(e.name))) {
        config.plugins = [noAutoMount(), ...(config.plugins ?? [])];
      }
    },
  },
  vite: () => ({
    plugins: [preact(), prebuiltSummaries()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the checkout overlay into a tab whose page the reader
    // found to be a checkout, the picker into the tab where the user teaches a page, and registers
    // a content script for each taught site (Firefox MV2 has scripting since 102).
    // activeTab: the popup learns the address of the tab it opened over, to offer "Read this page".
    // offscreen (Chrome): the service worker has no DOM; copies of provider pages are parsed and
    // read in an offscreen document (entrypoints/reader). Firefox's background page parses them itself.
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Teaching a site asks for that one site at the user's click; nothing beyond the providers at
    // install. Chrome MV3 names host patterns apart; Firefox MV2 lists them with permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // The picker's panel is an extension page framed into the page being taught.
    web_accessible_resources:
      browser === 'firefox' ? ['picker.html'] : [{ resources: ['picker.html'], matches: ['https://*/*'] }],
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
