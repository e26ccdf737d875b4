// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { App, type Platform } from '@/entrypoints/popup/App';
import { guideSource, popupProviders } from '@/entrypoints/popup/providers';
import en from '@/utils/i18n/locales/en.json';
import { GUIDE_LISTS, NOW, PROFILES, line, mockConnector, mount, reading, text, translator, view } from '../../support/popup-seed';

/** The popup tells the user when the background could not save (quota), and keeps the lines. */

const platform = (): Platform => ({
  openUrl: vi.fn(),
  openSettings: vi.fn(),
  zone: 'Asia/Tokyo',
  now: () => NOW,
  newId: () => '0000-test',
});

async function popup(error: { at: number; message: string } | null) {
  const { connector } = mockConnector([view(line('povo:main', { lineId: '070-1111-2222' }), [reading('povo:main')])]);
  connector.storageError = async () => error;
  return mount(
    <App connector={connector} platform={platform()} providers={popupProviders(PROFILES, async () => guideSource(PROFILES, GUIDE_LISTS))} initialTranslator={translator()} />,
  );
}

describe('popup storage error', () => {
  it('shows the storage failure above the lines, which are still listed', async () => {
    const root = await popup({ at: NOW - 60_000, message: 'quota' });
    const alert = root.querySelector('[role=alert]');
    expect(text(alert)).toBe(en.popup_storage_error);
    expect(root.querySelectorAll('[data-testid=line-card]')).toHaveLength(1);
  });

  it('shows no banner when nothing failed', async () => {
    const root = await popup(null);
    expect(root.querySelector('[role=alert]')).toBeNull();
    expect(root.textContent).not.toContain(en.popup_storage_error);
  });
});
