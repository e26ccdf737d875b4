import { describe, expect, it } from 'vitest';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { UI_LANGUAGES } from '@/utils/settings';

/**
 * The language choice names each language in that language, whatever the page's language. (That
 * every key the options page uses exists is checked by the compiler: keys are typed `MessageKey`.)
 */

const LOCALES: Record<string, Record<string, unknown>> = { en, ja, zh_CN: zhCN, zh_TW: zhTW };

const langKey = (lang: string) => `options_language_${lang.replace('-', '_')}`;

describe('options page texts', () => {
  it('names each language in that language, the same in every locale', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'auto')) {
      const names = Object.values(LOCALES).map((m) => m[langKey(lang)]);
      expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(1);
    }
    expect(en.options_language_zh_TW).toBe('繁體中文');
  });
});
