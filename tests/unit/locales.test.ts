import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENEWAL_STATUSES } from '@/utils/records';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { methodNameKey } from '@/utils/providers/guide-keys';
import { RENEWAL_METHOD_KINDS } from '@/utils/providers/types';

/**
 * Every locale has every key of en.json, none empty, with the same $1…$n placeholders; and every
 * literal key the extension pages and components use exists.
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

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('keys in code', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = [...sources(path.join(root, 'components')), ...sources(path.join(root, 'entrypoints/popup'))];

  it('finds the popup sources', () => {
    expect(files.some((f) => f.endsWith('line-card.tsx'))).toBe(true);
  });

  it('every literal t(...) key exists in English', () => {
    const used = new Set(
      files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? '')),
    );
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in EN))).toEqual([]);
  });

  it('every renewal method and status the popup names has a text', () => {
    const keys = [
      ...RENEWAL_METHOD_KINDS.map(methodNameKey),
      'popup_method_checkout',
      ...RENEWAL_STATUSES.map((s) => `popup_status_${s}`),
    ];
    expect(keys.filter((k) => !(k in EN))).toEqual([]);
  });
});
