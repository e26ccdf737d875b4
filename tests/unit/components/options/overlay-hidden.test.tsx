// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OptionsHiddenSites } from '@/components/options/overlay-hidden';
import { makeFmt } from '@/utils/format';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import { click, mount, text } from '../../support/dom';

const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const fmt = (dict: Record<string, string> = en, locale: 'en' | 'ja' = 'en') => makeFmt(dictionaryTranslator(locale, dict, en), 'Asia/Tokyo', NOW);

describe('sites where the checkout panel is hidden', () => {
  it('lists each site with Show again, and shows the panel again on the one clicked', async () => {
    const onShow = vi.fn(async () => undefined);
    const sites = [
      { site: 'shop.povo.jp', at: NOW - 60_000 },
      { site: 'www.bmobile.ne.jp', at: NOW - 3_600_000 },
    ];
    const root = await mount(<OptionsHiddenSites sites={sites} fmt={fmt()} onShow={onShow} />);
    expect(text(root.querySelector('h2'))).toBe('Checkout panel hidden on');
    const items = root.querySelectorAll('[data-testid="hidden-site"]');
    expect([...items].map((li) => text(li))).toEqual(['shop.povo.jp · Show again', 'www.bmobile.ne.jp · Show again']);
    await click(items[1]?.querySelector('button'));
    expect(onShow).toHaveBeenCalledWith('www.bmobile.ne.jp');
  });

  it('is not there at all while no site is hidden, or while loading', async () => {
    expect((await mount(<OptionsHiddenSites sites={[]} fmt={fmt()} onShow={async () => undefined} />)).innerHTML).toBe('');
    expect((await mount(<OptionsHiddenSites sites={null} fmt={fmt()} onShow={async () => undefined} />)).innerHTML).toBe('');
  });

  it('speaks the user’s language', async () => {
    const root = await mount(<OptionsHiddenSites sites={[{ site: 'shop.povo.jp', at: NOW }]} fmt={fmt(ja, 'ja')} onShow={async () => undefined} />);
    expect(text(root)).toContain('再表示');
  });
});
