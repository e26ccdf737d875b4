import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PROVIDER_SUMMARIES } from '@/utils/providers/summaries';
import { createPopupConnector } from '@/utils/connector';
import { readFirstPaint, usableFirstPaint } from '@/utils/connector/first-paint';
import { prepareFormats } from '@/utils/format';
import { sendMessage } from '@/utils/messaging/protocol';
import { downloadText } from '@/utils/download';
import { sitePattern } from '@/utils/teach/site';
import { teachPendingItem } from '@/utils/teach/storage';
import { type Translator, browserTranslator, createTranslator, needsDictionary } from '@/utils/i18n/t';
import { App, type Platform } from './App';
import { guideSource, popupProviders } from './providers';
import type { InitialData } from './use-popup-data';
import './style.css';

/** The tab the popup opened over: named in ?tab= when opened as a page, else the active tab. */
async function currentTab(): Promise<{ id: number; url: string | null } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    // activeTab gives the address of the tab the toolbar button was clicked on; a page-mode popup
    // (Firefox for Android, tests) may also name the site it was opened for in ?site=.
    const tab = await browser.tabs.get(named).catch(() => null);
    return { id: named, url: tab?.url ?? new URLSearchParams(location.search).get('site') };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? { id: tab.id, url: tab.url ?? null } : null;
}

const platform: Platform = {
  openUrl: (url) => void browser.tabs.create({ url }),
  openSettings: () => void browser.runtime.openOptionsPage(),
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: Date.now,
  newId: () => crypto.randomUUID(),
  // Opened as a page (Firefox for Android, tests), the popup names its tab in ?tab=.
  activeTabId: async () => {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(named) && named > 0) return named;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  teach: {
    tab: currentTab,
    isProviderHost: (host) => PROVIDER_SUMMARIES.some((p) => p.hosts.includes(host)),
    // Firefox shows the permission prompt under the popup: it asks from a tab instead.
    ...(import.meta.env.FIREFOX
      ? { openGrantPage: (tabId: number, site: string) => void browser.tabs.create({ url: `/grant.html?tab=${tabId}&site=${encodeURIComponent(site)}` }) }
      : { request: (site: string) => browser.permissions.request({ origins: [sitePattern(site)] }) }),
    notePending: (tabId, site) => void teachPendingItem.setValue({ tabId, site, at: Date.now() }),
    start: (tabId, provider) => sendMessage('startTeach', { tabId, provider: provider ? 'page' : null }),
    saveRedacted: async (tabId) => {
      // Redacted in the tab (entrypoints/redact.content): only the copy comes out.
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-scripts/redact.js'] });
      const html = result?.result;
      if (typeof html !== 'string') return false;
      const host = new URL((await browser.tabs.get(tabId).catch(() => null))?.url ?? 'https://page.invalid').hostname;
      downloadText(`kigen-redacted-${host}-${new Date().toISOString().slice(0, 10)}.html`, html, 'text/html');
      return true;
    },
    close: () => window.close(),
  },
};

/**
 * The first render waits, at most this long, for what it shows: the lines' newest readings, the
 * settings and the language they choose. The popup's first paint then has the cards, in the user's
 * language, rather than an empty frame (or another language) before them; what is not there by then
 * the popup reads itself.
 */
const FIRST_RENDER_WAIT_MS = 100;

const connector = createPopupConnector();
const initial: InitialData = {};
let translator: Translator | undefined;
const settled = (p: Promise<unknown>) => p.then(() => undefined, () => undefined);
// One storage read: the settings and the background's copy of the lines' newest readings
// (utils/connector/first-paint.ts). Without a copy this build can use, IndexedDB is read.
const read = readFirstPaint();
// While the read is under way: the version a usable copy was written by (getManifest builds the
// whole manifest).
const version = browser.runtime.getManifest().version;
const first = read.then(
  ({ settings, cached }) => ({ settings, lines: usableFirstPaint(cached, version) }),
  () => null,
);
const ready = Promise.all([
  settled(first.then((f) => f?.lines ?? (connector.listLatest ? connector.listLatest() : connector.listLines())).then((lines) => (initial.lines = lines))),
  settled(
    first.then(async (f) => {
      const settings = f?.settings ?? (await connector.getSettings());
      if (needsDictionary(settings.language)) translator = await createTranslator(settings.language);
      initial.settings = settings;
    }),
  ),
]);
// Meanwhile (the main thread would only wait): the Intl formatters the cards use, for the browser's
// language in the user's zone and Japan's, where most lines are (building one costs far more than
// using it; utils/format.ts keeps each one built).
prepareFormats(browserTranslator().intl, [platform.zone, 'Asia/Tokyo'], Date.now());
void Promise.race([ready, new Promise((r) => setTimeout(r, FIRST_RENDER_WAIT_MS))]).then(() => {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      connector={connector}
      platform={platform}
      initial={{ ...initial }}
      initialTranslator={translator}
      // Opened as a page on the new-line form (first run's "Add a line by hand").
      initialView={new URLSearchParams(location.search).get('view') === 'add' ? { kind: 'form', lineId: null } : undefined}
      providers={popupProviders(PROVIDER_SUMMARIES, async () => {
        // The registry and the guides' lists: a chunk of their own, for a line's detail.
        const [{ PROVIDERS }, { GENERIC_TIPS, TROUBLESHOOTING }] = await Promise.all([
          import('@/utils/providers'),
          import('@/utils/providers/guide-keys'),
        ]);
        return guideSource(PROVIDERS, { tips: GENERIC_TIPS, troubleshooting: TROUBLESHOOTING });
      })}
    />,
    root,
  );
});
