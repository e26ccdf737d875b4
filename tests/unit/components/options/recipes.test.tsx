// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OptionsRecipes } from '@/components/options/recipes';
import type { RecipeView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { click, mount, text } from '../../support/dom';

const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const fmt = (dict: Record<string, string> = en, locale: 'en' | 'zh-TW' = 'en') => makeFmt(dictionaryTranslator(locale, dict, en), 'Asia/Tokyo', NOW);
const view = (over: Partial<RecipeView> = {}): RecipeView => ({
  id: 'recipe-1',
  site: 'https://www.riben-ka.example',
  path: '/user/sim/*',
  provider: null,
  fields: ['expiry', 'remaining'],
  access: true,
  updatedAt: NOW,
  ...over,
});

describe('taught pages in options', () => {
  it('lists each page with what Kigen reads there, and removes one', async () => {
    const onRemove = vi.fn(async () => undefined);
    const root = await mount(<OptionsRecipes recipes={[view(), view({ id: 'recipe-2', site: 'https://www.iijmio.jp', path: '/member/', provider: 'iijmio', fields: ['remaining'] })]} fmt={fmt()} providerName={() => 'IIJmio'} lastRead={(r) => (r.provider ? null : NOW - 3 * 3_600_000)} onRemove={onRemove} />);
    const items = root.querySelectorAll('[data-testid="recipe"]');
    expect(items).toHaveLength(2);
    expect(text(items[0])).toContain('www.riben-ka.example /user/sim/*');
    expect(text(items[0])).toContain('Reads: Expiry date · Data left');
    expect(text(items[0])).toMatch(/3 hours ago/);
    expect(text(items[1])).not.toMatch(/ago/);
    expect(text(items[1])).toContain('corrects IIJmio');
    await click(items[1]?.querySelector('button'));
    expect(onRemove).toHaveBeenCalledWith('recipe-2');
  });

  it('says when the site’s access was taken away, in the user’s language', async () => {
    const root = await mount(<OptionsRecipes recipes={[view({ access: false })]} fmt={fmt(zhTW, 'zh-TW')} providerName={(id) => id} onRemove={async () => undefined} />);
    expect(text(root)).toContain('此網站的存取權限已被撤銷');
  });

  it('none yet: tells where to start', async () => {
    const root = await mount(<OptionsRecipes recipes={[]} fmt={fmt()} providerName={(id) => id} onRemove={async () => undefined} />);
    expect(text(root)).toContain('choose “Read this page”');
  });
});
