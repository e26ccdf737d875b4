import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConnector } from '@/utils/connector';
import { syncEnabledItem, syncStateItem } from '@/utils/settings';

/** The options page's side of sync: the switch and the state the background records. */

beforeEach(() => fakeBrowser.reset());

describe('connector: sync', () => {
  it('is off until turned on, and reads what the last pass recorded', async () => {
    const connector = createConnector({ send: vi.fn() });
    expect(await connector.syncStatus!()).toEqual({ enabled: false, lastSyncAt: null, error: null });
    await connector.setSyncEnabled!(true);
    expect(await syncEnabledItem.getValue()).toBe(true);
    await syncStateItem.setValue({ lastSyncAt: 5, error: { at: 6, kind: 'rate' } });
    expect(await connector.syncStatus!()).toEqual({ enabled: true, lastSyncAt: 5, error: { at: 6, kind: 'rate' } });
  });

  it('tells the page when the switch or the state changes, until it stops listening', async () => {
    const connector = createConnector({ send: vi.fn() });
    const onChange = vi.fn();
    const stop = connector.watchSync!(onChange);
    await syncEnabledItem.setValue(true);
    await syncStateItem.setValue({ lastSyncAt: 1, error: null });
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await syncStateItem.setValue({ lastSyncAt: 2, error: null });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
