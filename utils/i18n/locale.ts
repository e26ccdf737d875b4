import type { UiLanguage } from '../settings';

/**
 * Pure locale helpers shared by every context: extension pages (t.ts), the background's
 * notifications and the checkout overlay (which loads no dictionaries of its own).
 */

/** The languages Kigen speaks. */
export const LOCALES = ['en', 'ja', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

export type Subs = ReadonlyArray<string | number>;

/** The locale to show: the override, else the browser's UI language, else English. */
export function resolveLocale(language: UiLanguage, browserLanguage: string): Locale {
  if (language !== 'auto') return language;
  const tag = browserLanguage.toLowerCase();
  if (tag.startsWith('ja')) return 'ja';
  if (tag.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-TW' : 'zh-CN';
  return 'en';
}

/** Fills `$1`, `$2`… (a missing substitution becomes empty). */
export function fill(template: string, subs: Subs = []): string {
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
