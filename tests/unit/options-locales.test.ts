import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_ERRORS } from '@/utils/backup';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { UI_LANGUAGES } from '@/utils/settings';

/**
 * Every message key the options page, its components and the calendar export name exists in all
 * four locales: literal t('…') calls and message keys returned by the form checks
 * ('options_error_…'), plus the keys built at run time (refusals, language names).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES: Record<string, Record<string, unknown>> = { en, ja, zh_CN: zhCN, zh_TW: zhTW };

const FILES = [
  ...readdirSync(path.join(ROOT, 'components/options'))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join('components/options', f)),
  ...readdirSync(path.join(ROOT, 'entrypoints/options'))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join('entrypoints/options', f)),
  'utils/calendar/events.ts',
];

function keysIn(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const calls = [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? '');
  const literals = [...source.matchAll(/'((?:options|calendar)_[A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? '');
  return [...calls, ...literals];
}

const langKey = (lang: string) => (lang === 'auto' ? 'options_language_auto' : `options_language_${lang.replace('-', '_')}`);

describe('options page texts', () => {
  const used = new Set(FILES.flatMap(keysIn));
  const dynamic = [...BACKUP_ERRORS.map((e) => `options_backup_error_${e}`), ...UI_LANGUAGES.map(langKey)];

  it('finds the keys in the sources', () => {
    expect(FILES).toContain(path.join('components/options', 'backup.tsx'));
    expect(used.size).toBeGreaterThan(60);
    expect(used).toContain('options_error_lead_range');
  });

  it.each(Object.keys(LOCALES))('every key is in %s', (locale) => {
    const messages = LOCALES[locale] ?? {};
    expect([...used, ...dynamic].filter((k) => !(k in messages))).toEqual([]);
  });

  it('names each language in that language, the same in every locale', () => {
    for (const lang of UI_LANGUAGES.filter((l) => l !== 'auto')) {
      const names = Object.values(LOCALES).map((m) => m[langKey(lang)]);
      expect(new Set(names).size).toBe(1);
    }
    expect(en.options_language_zh_TW).toBe('繁體中文');
  });
});
