import { browser } from 'wxt/browser';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import type { Locale } from '@/utils/providers/types';
import type { UiLanguage } from '@/utils/settings';

/**
 * Texts for notifications, which the background writes in the language the user chose (the
 * browser's i18n API cannot switch language at runtime). Service workers cannot `import()`, so
 * the four dictionaries are bundled statically here; the background has no size budget to keep.
 */
const DICTIONARIES: Record<Locale, Record<string, string>> = { en, ja, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The locale to write in: the override, else the browser's UI language, else English. */
export function resolveLocale(language: UiLanguage, browserLanguage: string): Locale {
  if (language !== 'auto') return language;
  const tag = browserLanguage.toLowerCase();
  if (tag.startsWith('ja')) return 'ja';
  if (tag.startsWith('zh')) {
    return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}

/** The message `key` in `locale` with $1… filled in; English when the locale lacks it. */
export function text(locale: Locale, key: string, subs: Array<string | number> = []): string {
  const raw = DICTIONARIES[locale][key] ?? DICTIONARIES.en[key] ?? key;
  return raw.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The locale for text the background writes now (notifications). */
export function resolveLocaleNow(language: UiLanguage): Locale {
  return resolveLocale(language, browser.i18n.getUILanguage());
}
