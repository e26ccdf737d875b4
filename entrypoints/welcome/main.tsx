import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createConnector } from '@/utils/connector';
import { PROVIDER_SUMMARIES } from '@/utils/providers/summaries';
import { Welcome, type WelcomePlatform } from './App';
import './style.css';

const platform: WelcomePlatform = {
  openUrl: (url) => void browser.tabs.create({ url }),
  // The popup's own form, opened as a page: the same form and checks as from its "+" button.
  openAddLine: () => void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=add') }),
  openSettings: () => void browser.runtime.openOptionsPage(),
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: Date.now,
};

const root = document.getElementById('app');
if (root) render(<Welcome connector={createConnector()} platform={platform} providers={PROVIDER_SUMMARIES} />, root);
