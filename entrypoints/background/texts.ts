import { browser } from 'wxt/browser';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import type { MessageKey } from '@/utils/i18n/keys';
import { fill, resolveLocale } from '@/utils/i18n/locale';
import type { Locale } from '@/utils/providers/types';
import type { UiLanguage } from '@/utils/settings';

/**
 * Texts for notifications, which the background writes in the language the user chose (the
 * browser's i18n API cannot switch language at runtime). Service workers cannot `import()`, so
 * the four dictionaries are bundled statically here; the background has no size budget to keep.
 */
const DICTIONARIES: Record<Locale, Partial<Record<MessageKey, string>>> = { en, ja, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The message `key` in `locale` with $1… filled in; English when the locale lacks it. */
export function text(locale: Locale, key: MessageKey, subs: Array<string | number> = []): string {
  return fill(DICTIONARIES[locale][key] ?? DICTIONARIES.en[key] ?? key, subs);
}

/**
 * For a key that reaches the background as a plain string (a planned reminder's keep-alive
 * action, copied from its provider profile): a key of the locale files, so `text` can take it.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(DICTIONARIES.en, key);
}

/** The locale for text the background writes now (notifications). */
export function resolveLocaleNow(language: UiLanguage): Locale {
  return resolveLocale(language, browser.i18n.getUILanguage());
}
