import { describe, expect, it } from 'vitest';
import enMessages from '@/utils/i18n/locales/en.json';
import jaMessages from '@/utils/i18n/locales/ja.json';
import zhCNMessages from '@/utils/i18n/locales/zh_CN.json';
import zhTWMessages from '@/utils/i18n/locales/zh_TW.json';
import { en } from '@/utils/i18n/glossary/en';
import { ja } from '@/utils/i18n/glossary/ja';
import { zhCN } from '@/utils/i18n/glossary/zh_CN';
import { zhTW } from '@/utils/i18n/glossary/zh_TW';
import type { Glossary } from '@/utils/i18n/glossary/types';
import { LOCALES, type Locale } from '@/utils/i18n/locale';
import { PROVIDERS } from '@/utils/providers';
import { methodNameKey } from '@/utils/providers/guide-keys';
import type { ProviderProfile } from '@/utils/providers/types';

/**
 * Every UI string against its language's glossary (utils/i18n/glossary/): no forbidden word, the
 * fixed messages as fixed, and (Japanese) every named screen or button in 「」. The locale files are
 * checked key by key, and the providers' guide texts (renewal steps, support and refund hints,
 * keep-alive actions: message keys in the profiles of utils/providers/) provider by provider, so a
 * failure names the key and where it is shown.
 */

type Messages = Record<string, string>;

const GLOSSARIES: Record<Locale, Glossary> = { en, ja, 'zh-CN': zhCN, 'zh-TW': zhTW };
const MESSAGES: Record<Locale, Messages> = { en: enMessages, ja: jaMessages, 'zh-CN': zhCNMessages, 'zh-TW': zhTWMessages };

/** Whether `word` occurs in `text` outside the longer words of `unless` (ASCII case-insensitive). */
function occurs(text: string, word: string, unless: readonly string[] = []): boolean {
  let rest = text.toLowerCase();
  for (const fine of unless) rest = rest.split(fine.toLowerCase()).join('\u0000');
  return rest.includes(word.toLowerCase());
}

/** What a message breaks in the glossary, one line per offence, starting with `where`. */
function offencesOf(g: Glossary, where: string, key: string, text: string): string[] {
  const out: string[] = [];
  for (const term of g.terms) {
    for (const w of term.avoid) if (occurs(text, w.word, w.unless)) out.push(`${where}: "${w.word}" (${w.why})`);
  }
  const fixed = (g.fixed as Record<string, string | undefined>)[key];
  if (fixed !== undefined && text !== fixed) out.push(`${where}: must read "${fixed}"`);
  // A name inside any 「…」 is quoted; one left outside is not.
  const unquoted = text.replace(/「[^」]*」/g, '\u0000');
  for (const q of g.quoted) {
    if (text !== q.name && occurs(unquoted, q.name, q.unless)) out.push(`${where}: write 「${q.name}」`);
  }
  return out;
}

function localeOffences(g: Glossary, messages: Messages): string[] {
  return Object.entries(messages).flatMap(([key, text]) => offencesOf(g, key, key, text));
}

/** Every message key a profile shows in its guide, with where it is shown. */
function guideKeys(p: ProviderProfile): Array<{ where: string; key: string }> {
  const rules = [...(p.keepAlive ? [p.keepAlive] : []), ...(p.keepAliveByPlan ?? []).map((r) => r.rule)];
  return [
    ...p.renewal.methods.flatMap((m, i) =>
      [methodNameKey(m.kind), ...m.steps].map((key) => ({ where: `${p.id} › method ${i + 1} (${m.kind})`, key })),
    ),
    { where: `${p.id} › support`, key: p.renewal.supportHintKey },
    ...(p.renewal.refundHintKey ? [{ where: `${p.id} › refund`, key: p.renewal.refundHintKey }] : []),
    ...rules.map((r) => ({ where: `${p.id} › keep-alive`, key: r.actionKey })),
  ];
}

describe('the glossaries', () => {
  it('cover the four languages, each term with a word to use and a reason for each forbidden word', () => {
    expect(Object.keys(GLOSSARIES).sort()).toEqual([...LOCALES].sort());
    for (const [locale, g] of Object.entries(GLOSSARIES)) {
      expect(g.locale).toBe(locale);
      for (const term of g.terms) {
        expect(term.use.length, term.concept).toBeGreaterThan(0);
        for (const w of term.avoid) {
          expect(w.why.length, w.word).toBeGreaterThan(10);
          // A word to use is never forbidden in the same glossary.
          for (const t of g.terms) for (const word of t.use) expect(occurs(word, w.word, w.unless), `${locale}: ${word} / ${w.word}`).toBe(false);
        }
      }
    }
  });

  it('relative times are one word: 刚刚 / 剛剛 / たった今 / just now', () => {
    expect(LOCALES.map((l) => GLOSSARIES[l].fixed.popup_just_now)).toEqual(['just now', 'たった今', '刚刚', '剛剛']);
  });

  it('catch a forbidden word, an unquoted name and a changed fixed text (the check can fail)', () => {
    expect(localeOffences(zhTW, { popup_renewed: '我已續約', overlay_unlimited: '無限流量' })).toEqual([
      expect.stringMatching(/^popup_renewed: "續約"/),
      expect.stringMatching(/^overlay_unlimited: "無限流量"/),
    ]);
    expect(localeOffences(zhCN, { a: 'Kigen 还没有读取过 povo 的线路。' })).toEqual([expect.stringMatching(/^a: "线路"/)]);
    expect(localeOffences(ja, { a: 'データチャージを開きます', b: '「データチャージ」を開きます', c: '編集された可能性' })).toEqual([
      'a: write 「データチャージ」',
    ]);
    expect(localeOffences(ja, { a: 'キャリアのページ', popup_just_now: '今' })).toEqual([
      expect.stringMatching(/^a: "キャリア"/),
      'popup_just_now: must read "たった今"',
    ]);
    expect(localeOffences(en, { a: 'Open your Carrier’s page' })).toEqual([expect.stringMatching(/^a: "carrier"/)]);
  });
});

describe.each(LOCALES)('%s', (locale) => {
  const g = GLOSSARIES[locale];
  const messages = MESSAGES[locale];

  it('every string in the locale file keeps the glossary', () => {
    expect(localeOffences(g, messages)).toEqual([]);
  });

  it('every provider guide text keeps the glossary', () => {
    const found = PROVIDERS.flatMap((p) =>
      guideKeys(p).flatMap(({ where, key }) => {
        const text = messages[key];
        return text === undefined ? [`${where}: ${key} has no text`] : offencesOf(g, `${where}: ${key}`, key, text);
      }),
    );
    expect(found).toEqual([]);
  });
});
