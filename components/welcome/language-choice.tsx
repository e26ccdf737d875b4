import { LANGUAGE_KEYS, LANGUAGE_TAGS } from '@/components/shared/language-names';
import type { Fmt } from '@/utils/format';
import type { Locale } from '@/utils/i18n/locale';

/** The four languages Kigen speaks, in the order its users are most likely to look for them. */
const CHOICES: readonly Locale[] = ['zh-CN', 'zh-TW', 'ja', 'en'];

export interface LanguageChoiceProps {
  /** The language the page is in: the one saved, else the browser's. */
  current: Locale;
  /** The choice was saved (say so). */
  saved: boolean;
  /** Saving failed (say so). */
  failed: boolean;
  fmt: Fmt;
  onChoose: (language: Locale) => void;
}

/** One button per language, each named in its own language; the current one pressed. */
export function LanguageChoice({ current, saved, failed, fmt, onChoose }: LanguageChoiceProps) {
  const { t } = fmt;
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('welcome_language_heading')}</h2>
      <p id="language-hint">{t('welcome_language_hint')}</p>
      <div class="languages" role="group" aria-labelledby="language-title" aria-describedby="language-hint">
        {CHOICES.map((language) => (
          <button
            key={language}
            type="button"
            lang={LANGUAGE_TAGS[language]}
            aria-pressed={language === current}
            data-testid={`language-${language}`}
            onClick={() => onChoose(language)}
          >
            {t(LANGUAGE_KEYS[language])}
          </button>
        ))}
      </div>
      <p class={failed ? 'status warn' : 'status'} role="status" data-testid="language-status">
        {failed ? t('welcome_language_failed') : saved ? t('welcome_language_saved') : ''}
      </p>
    </section>
  );
}
