import { describe, expect, it } from 'vitest';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';

/**
 * Every locale has every key of en.json, none empty, with the same $1…$n placeholders. That the
 * keys the code uses exist is the compiler's job: keys are typed `MessageKey` (utils/i18n/keys.ts).
 */

type Messages = Record<string, unknown>;
const LOCALES: Record<string, Messages> = { ja, zh_CN: zhCN, zh_TW: zhTW };
const EN: Messages = en;

const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'object' && v !== null && 'message' in v ? String(v.message) : undefined;
const placeholders = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();

describe('locale files', () => {
  it('English has no empty message', () => {
    const empty = Object.entries(EN).filter(([, v]) => !textOf(v)?.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  describe.each(Object.entries(LOCALES))('%s', (_name, messages) => {
    it('has every English key and no other', () => {
      expect(Object.keys(messages).filter((k) => !(k in EN))).toEqual([]);
      expect(Object.keys(EN).filter((k) => !(k in messages))).toEqual([]);
    });

    it('has no empty message', () => {
      expect(Object.entries(messages).filter(([, v]) => !textOf(v)?.trim()).map(([k]) => k)).toEqual([]);
    });

    it('uses the same placeholders as English', () => {
      const wrong = Object.keys(EN).flatMap((k) => {
        const mine = textOf(messages[k]);
        const theirs = textOf(EN[k]);
        if (mine === undefined || theirs === undefined) return [];
        const a = placeholders(mine).join(',');
        const b = placeholders(theirs).join(',');
        return a === b ? [] : [`${k}: ${a} vs en ${b}`];
      });
      expect(wrong).toEqual([]);
    });
  });
});
