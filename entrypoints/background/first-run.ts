import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome/): the language, the providers' pages, the other ways in. */
export const WELCOME_PAGE = '/welcome.html' as const;

/**
 * Opens the first-run page after a fresh install only: an update or a browser restart opens
 * nothing (the language chosen there is kept in the settings).
 */
export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

export function setupFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => void onInstalled(details).catch((e: unknown) => console.error('[kigen] first run', e)));
}
