// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OptionsSync } from '@/components/options/sync';
import { App } from '@/entrypoints/options/App';
import type { SyncView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { dictionaryTranslator } from '@/utils/i18n/t';
import ja from '@/utils/i18n/locales/ja.json';
import { PROVIDERS } from '@/utils/providers';
import { NOW, click, memoryConnector, mount, sampleData, text, translator, until } from '../../support/options-seed';

const fmt = makeFmt(translator(), 'Asia/Tokyo', NOW);
const $ = (root: HTMLElement, id: string) => root.querySelector(`[data-testid=${id}]`);
const view = (over: Partial<SyncView> = {}): SyncView => ({ enabled: true, lastSyncAt: null, error: null, ...over });

describe('OptionsSync', () => {
  it('says sync is off, and what it would carry', async () => {
    const root = await mount(<OptionsSync view={view({ enabled: false, lastSyncAt: NOW })} fmt={fmt} onToggle={vi.fn()} />);
    expect(($(root, 'sync-toggle') as HTMLInputElement).checked).toBe(false);
    expect(text($(root, 'sync-status'))).toBe("Off: nothing goes to your browser's sync storage.");
    expect(text(root)).toContain('The reading history stays in this browser.');
    expect($(root, 'sync-error')).toBeNull();
  });

  it('shows when it last synced, or that it has not yet', async () => {
    let root = await mount(<OptionsSync view={view({ lastSyncAt: NOW })} fmt={fmt} onToggle={vi.fn()} />);
    expect(text($(root, 'sync-status'))).toMatch(/^Last synced: .*2026/);
    root = await mount(<OptionsSync view={view()} fmt={fmt} onToggle={vi.fn()} />);
    expect(text($(root, 'sync-status'))).toBe('Not synced yet.');
  });

  it.each([
    ['space', 'is full: new lines stay in this browser only'],
    ['rate', 'tries again in a minute'],
    ['unavailable', 'keeps working in this browser only'],
  ] as const)('explains a %s error', async (kind, words) => {
    const root = await mount(<OptionsSync view={view({ lastSyncAt: NOW - 1000, error: { at: NOW, kind } })} fmt={fmt} onToggle={vi.fn()} />);
    expect(text($(root, 'sync-error'))).toContain(words);
  });

  it('speaks the chosen language', async () => {
    const jaFmt = makeFmt(dictionaryTranslator('ja', ja, {}, 'ja'), 'Asia/Tokyo', NOW);
    const root = await mount(<OptionsSync view={view({ error: { at: NOW, kind: 'space' } })} fmt={jaFmt} onToggle={vi.fn()} />);
    expect(text(root)).toContain('ブラウザ間の同期');
    expect(text($(root, 'sync-error'))).toContain('いっぱいです');
  });

  it('turns sync on and tells when that failed', async () => {
    const onToggle = vi.fn(async () => {
      throw new Error('storage full');
    });
    const root = await mount(<OptionsSync view={view({ enabled: false })} fmt={fmt} onToggle={onToggle} />);
    await click($(root, 'sync-toggle'));
    expect(onToggle).toHaveBeenCalledWith(true);
    expect(text(root.querySelector('[role=alert]'))).toBe('Could not change sync: storage full');
  });
});

describe('the options page', () => {
  it('shows the sync section, turns sync on through the connector and follows the background', async () => {
    const mem = memoryConnector(sampleData());
    let state: SyncView = view({ enabled: false });
    let changed = () => undefined as void;
    const connector = {
      ...mem.connector,
      syncStatus: vi.fn(async () => state),
      setSyncEnabled: vi.fn(async (enabled: boolean) => {
        state = { ...state, enabled };
        changed();
      }),
      watchSync: vi.fn((onChange: () => void) => {
        changed = onChange;
        return () => undefined;
      }),
    };
    const platform = { now: () => NOW, zone: 'Asia/Tokyo', download: vi.fn() };
    const root = await mount(<App connector={connector} platform={platform} providers={PROVIDERS} initialTranslator={translator()} />);
    await until(() => expect($(root, 'sync-toggle')).not.toBeNull());
    await click($(root, 'sync-toggle'));
    expect(connector.setSyncEnabled).toHaveBeenCalledWith(true);
    await until(() => expect(text($(root, 'sync-status'))).toBe('Not synced yet.'));

    // The background finishes a pass.
    state = { ...state, lastSyncAt: NOW };
    changed();
    await until(() => expect(text($(root, 'sync-status'))).toMatch(/^Last synced/));
  });

  it('leaves the section out when the connector has no sync', async () => {
    const platform = { now: () => NOW, zone: 'Asia/Tokyo', download: vi.fn() };
    const root = await mount(<App connector={memoryConnector(sampleData()).connector} platform={platform} providers={PROVIDERS} initialTranslator={translator()} />);
    await until(() => expect(root.querySelector('[data-testid=settings-form]')).not.toBeNull());
    expect($(root, 'sync-section')).toBeNull();
  });
});
