import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConnector } from '@/utils/connector';
import { overlayHiddenItem } from '@/utils/settings';

/** The options page's side of "Hide on this site": which sites, and "Show again". */

beforeEach(() => fakeBrowser.reset());

describe('connector: sites where the checkout panel is hidden', () => {
  it('lists them, the latest first, and shows the panel again on one', async () => {
    const connector = createConnector({ send: vi.fn() });
    expect(await connector.listHiddenSites!()).toEqual([]);
    await overlayHiddenItem.setValue({ 'shop.povo.jp': 10, 'www.bmobile.ne.jp': 20 });
    expect(await connector.listHiddenSites!()).toEqual([
      { site: 'www.bmobile.ne.jp', at: 20 },
      { site: 'shop.povo.jp', at: 10 },
    ]);
    await connector.showOverlayAgain!('shop.povo.jp');
    expect(await overlayHiddenItem.getValue()).toEqual({ 'www.bmobile.ne.jp': 20 });
  });

  it('drops the timed hides of the old version instead of keeping them for good', async () => {
    await fakeBrowser.storage.local.set({ overlayDismissed: { 'shop.povo.jp': Date.now() + 3_600_000 }, overlayDismissed$: { v: 1 } });
    await overlayHiddenItem.migrate();
    expect(await overlayHiddenItem.getValue()).toEqual({});
  });
});
