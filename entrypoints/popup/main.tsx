import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PROVIDERS } from '@/utils/providers';
import { GENERIC_TIPS, TROUBLESHOOTING } from '@/utils/providers/guide-keys';
import { createConnector } from '@/utils/connector';
import { App, type Platform } from './App';
import { popupProviders } from './providers';
import './style.css';

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
};

const root = document.getElementById('app');
if (root) {
  render(
    <App
      connector={createConnector()}
      platform={platform}
      providers={popupProviders(PROVIDERS, { tips: GENERIC_TIPS, troubleshooting: TROUBLESHOOTING })}
    />,
    root,
  );
}
