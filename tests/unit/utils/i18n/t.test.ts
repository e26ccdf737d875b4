import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTranslator, catalogueWorks, createTranslator, dictionaryTranslator, fill, intlTag, resolveLocale } from '@/utils/i18n/t';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';

describe('language resolution', () => {
  it.each([
    ['auto', 'ja-JP', 'ja'],
    ['auto', 'zh-CN', 'zh-CN'],
    ['auto', 'zh-TW', 'zh-TW'],
    ['auto', 'zh-HK', 'zh-TW'],
    ['auto', 'zh-Hant-MO', 'zh-TW'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['zh-CN', 'ja-JP', 'zh-CN'],
    ['en', 'zh-TW', 'en'],
  ] as const)('%s with browser %s → %s', (setting, browserLang, expected) => {
    expect(resolveLocale(setting, browserLang)).toBe(expected);
  });

  it('keeps the browser region for English formats only', () => {
    expect(intlTag('en', 'en-GB')).toBe('en-GB');
    expect(intlTag('ja', 'en-GB')).toBe('ja');
    expect(intlTag('en', 'fr-FR')).toBe('en');
  });
});

describe('translator', () => {
  it('fills $1…$n and leaves a missing substitution empty', () => {
    expect(fill('$2 before $1', ['a', 'b'])).toBe('b before a');
    expect(fill('left: $1$2', [3])).toBe('left: 3');
  });

  it('falls back to English, then to the key; reads { message } entries', () => {
    const tr = dictionaryTranslator(
      'ja',
      { popup_title: 'あ', popup_cancel: '', popup_left: { message: 'し $1' } },
      { popup_cancel: 'bee', popup_save: 'dee' },
    );
    expect(tr.t('popup_title')).toBe('あ');
    expect(tr.t('popup_cancel')).toBe('bee');
    expect(tr.t('popup_left', ['x'])).toBe('し x');
    expect(tr.t('popup_save')).toBe('dee');
    expect(tr.t('popup_unlimited')).toBe('popup_unlimited');
  });

  it('loads the dictionary of an override language', async () => {
    const tr = await createTranslator('ja');
    expect(tr.locale).toBe('ja');
    expect(tr.intl).toBe('ja');
    expect(tr.t('popup_left', ['3 日'])).toBe(fill(ja.popup_left, ['3 日']));
    expect(tr.t('popup_left', ['3 日'])).toBe('残り3 日');
    const tw = await createTranslator('zh-TW');
    expect(tw.t('popup_unlimited')).toBe(zhTW.popup_unlimited);
  });
});

describe('a catalogue that does not answer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('"auto" uses the browser\'s catalogue when it answers', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `catalogue:${key}`);
    expect(catalogueWorks()).toBe(true);
    const tr = await createTranslator('auto');
    expect(tr.t('popup_unlimited')).toBe('catalogue:popup_unlimited');
  });

  it('the browser\'s translator asks the catalogue once per text without substitutions', () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | Array<string | number>) => `catalogue:${key}${subs ? `:${String(subs)}` : ''}`);
    const tr = browserTranslator();
    expect([tr.t('popup_unlimited'), tr.t('popup_unlimited'), tr.t('popup_title')]).toEqual(['catalogue:popup_unlimited', 'catalogue:popup_unlimited', 'catalogue:popup_title']);
    expect(tr.t('popup_left', ['3 days'])).toBe('catalogue:popup_left:3 days');
    expect(tr.t('popup_left', ['4 days'])).toBe('catalogue:popup_left:4 days');
    expect(getMessage.mock.calls.map(([key]) => key)).toEqual(['popup_unlimited', 'popup_title', 'popup_left', 'popup_left']);
  });

  it('"auto" loads the browser language\'s dictionary when every key comes back empty (Chromium, just after install)', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
    expect(catalogueWorks()).toBe(false);
    const tr = await createTranslator('auto');
    expect(tr.locale).toBe('zh-CN');
    expect(tr.t('popup_unlimited')).toBe(zhCN.popup_unlimited);
    expect(tr.t('popup_unlimited')).not.toBe('popup_unlimited');
  });
});
