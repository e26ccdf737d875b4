import type { MessageKey } from '@/utils/i18n/keys';
import type { UiLanguage } from '@/utils/settings';

/** Message keys of the language names, each written in its own language (options, first run). */
export const LANGUAGE_KEYS: Record<UiLanguage, MessageKey> = {
  auto: 'options_language_auto',
  'zh-CN': 'options_language_zh_CN',
  'zh-TW': 'options_language_zh_TW',
  ja: 'options_language_ja',
  en: 'options_language_en',
};

/** BCP 47 tags of the names, so screen readers pronounce each in its language. */
export const LANGUAGE_TAGS: Partial<Record<UiLanguage, string>> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', ja: 'ja', en: 'en' };
