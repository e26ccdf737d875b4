import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupFirstRun } from '@/entrypoints/background/first-run';

/** The first-run page opens once, after a fresh install; never on an update or a restart. */

const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url === fakeBrowser.runtime.getURL('/welcome.html'));

beforeEach(() => {
  fakeBrowser.reset();
  setupFirstRun();
});

describe('first run', () => {
  it('opens the first-run page after a fresh install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('opens nothing after an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
