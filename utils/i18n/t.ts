import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import type { MessageKey, TFunction } from './keys';
import { type Locale, fill, resolveLocale } from './locale';
import type { UiLanguage } from '../settings';

/**
 * Texts for extension pages (popup, options) in the language the user chose.
 *
 * `browser.i18n` follows the browser's language and cannot switch at runtime. With the setting
 * on "auto" the pages use it (the catalogue @wxt-dev/i18n builds from our locale files, no
 * dictionary to load); with an override they load that language's dictionary with a dynamic
 * `import()`, a separate chunk, so a page that never needs it does not carry the four locale files.
 * Keys are typed (`MessageKey`, from ./keys): a key that no locale file has does not compile.
 */

export type { Subs } from './locale';
export type { MessageKey, TFunction } from './keys';
export { fill, resolveLocale } from './locale';

export interface Translator {
  /** The language the texts are in. */
  locale: Locale;
  /** BCP 47 tag for Intl number and date formats (may carry a region, e.g. "en-GB"). */
  intl: string;
  /** The message `key` with `$1`… filled in; English when the language lacks it; the key when none has it. */
  t: TFunction;
}

/** A locale file's values: flat strings (our files) or `{ message }` (the browser's format). */
export type Dictionary = Record<string, string | { message: string }>;

/** The Intl tag: the browser's own tag when it is a variant of the locale ("en-GB"), else the locale. */
export function intlTag(locale: Locale, browserLanguage: string): string {
  const tag = browserLanguage.toLowerCase();
  if (locale === 'en' && tag.startsWith('en')) return browserLanguage;
  return locale;
}

function entry(dict: Dictionary | undefined, key: MessageKey): string | undefined {
  const value = dict?.[key];
  const text = typeof value === 'string' ? value : value?.message;
  return text ? text : undefined;
}

/** A translator over loaded dictionaries (overrides, and tests). */
export function dictionaryTranslator(
  locale: Locale,
  dict: Dictionary,
  fallback: Dictionary,
  intl: string = locale,
): Translator {
  return {
    locale,
    intl,
    t: (key, subs) => fill(entry(dict, key) ?? entry(fallback, key) ?? key, subs),
  };
}

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

/**
 * The browser's catalogue through @wxt-dev/i18n. Its generated `#i18n` types `t` per key by
 * placeholder count, which our `t` (any `MessageKey`, optional subs) cannot call; the untyped
 * `createI18n()` is the same lookup, and `Translator.t` types the keys.
 */
const catalogue = createI18n();

/**
 * Whether the browser's catalogue answers in this page. Chromium has handed a page opened just
 * after install an empty one (every key came back '' in that page, for as long as it was open: the
 * first-run page showed `welcome_title`); such a page loads its dictionary instead.
 */
export function catalogueWorks(): boolean {
  try {
    return catalogue.t('extName') !== '';
  } catch {
    return false;
  }
}

/** Whether a page with this setting needs a dictionary loaded (an override, or a catalogue that does not answer). */
export function needsDictionary(language: UiLanguage): boolean {
  return language !== 'auto' || !catalogueWorks();
}

/** Texts from the browser's catalogue, in the browser's language (setting "auto"). Synchronous. */
export function browserTranslator(): Translator {
  const ui = browserLanguage();
  const locale = resolveLocale('auto', ui);
  // A text without substitutions is looked up once: each lookup is a call into the browser's
  // extension API, and a list repeats the same labels on every card.
  const plain = new Map<MessageKey, string>();
  return {
    locale,
    intl: intlTag(locale, ui),
    t: (key, subs) => {
      // The browser fills $1… itself and falls back to the default locale (en).
      if (subs && subs.length > 0) return catalogue.t(key, subs.map(String)) || key;
      let text = plain.get(key);
      if (text === undefined) {
        text = catalogue.t(key) || key;
        plain.set(key, text);
      }
      return text;
    },
  };
}

/** Locale files by locale, each its own chunk. */
const LOADERS: Record<Locale, () => Promise<{ default: Dictionary }>> = {
  en: () => import('./locales/en.json'),
  ja: () => import('./locales/ja.json'),
  'zh-CN': () => import('./locales/zh_CN.json'),
  'zh-TW': () => import('./locales/zh_TW.json'),
};

/**
 * The translator for a language setting: the browser's catalogue for "auto" (its dictionary when the
 * catalogue does not answer), else the loaded dictionary.
 */
export async function createTranslator(language: UiLanguage): Promise<Translator> {
  if (!needsDictionary(language)) return browserTranslator();
  const locale = resolveLocale(language, browserLanguage());
  const [dict, fallback] = await Promise.all([
    LOADERS[locale]().then((m) => m.default),
    locale === 'en' ? Promise.resolve<Dictionary>({}) : LOADERS.en().then((m) => m.default),
  ]);
  return dictionaryTranslator(locale, dict, fallback, intlTag(locale, browserLanguage()));
}
