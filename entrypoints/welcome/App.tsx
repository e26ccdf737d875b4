import { useEffect, useState } from 'preact/hooks';
import { FirstSteps } from '@/components/welcome/first-steps';
import { LanguageChoice } from '@/components/welcome/language-choice';
import type { Connector } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { type Translator, browserTranslator, createTranslator, needsDictionary } from '@/utils/i18n/t';
import type { Locale } from '@/utils/i18n/locale';
import { providerEntries } from '@/utils/providers/names';
import type { ProviderSummary } from '@/utils/providers/summary';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

/** What the first-run page needs from the browser; tests hand in fakes. */
export interface WelcomePlatform {
  openUrl: (url: string) => void;
  /** Opens the popup's form for a line typed in by hand (in a tab). */
  openAddLine: () => void;
  openSettings: () => void;
  /** The user's IANA zone. */
  zone: string;
  now: () => number;
}

export interface WelcomeProps {
  connector: Pick<Connector, 'getSettings' | 'saveSettings'>;
  platform: WelcomePlatform;
  providers: readonly ProviderSummary[];
  /** The translator to start with (default: the browser's). */
  initialTranslator?: Translator;
}

/**
 * The first-run page, opened once after installing (entrypoints/background/first-run.ts): choose the
 * language (the browser's until one is chosen; one click saves it), then the three ways a line
 * gets into Kigen.
 */
export function Welcome({ connector, platform, providers, initialTranslator }: WelcomeProps) {
  const [tr, setTr] = useState<Translator>(() => initialTranslator ?? browserTranslator());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  useEffect(() => {
    connector.getSettings().then(
      async (s) => {
        setSettings(s);
        if (needsDictionary(s.language)) setTr(await createTranslator(s.language));
      },
      () => setSettings(DEFAULT_SETTINGS),
    );
  }, [connector]);
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = tr.t('welcome_title');
  }, [tr]);

  const choose = async (language: Locale) => {
    try {
      const next: Settings = { ...(settings ?? (await connector.getSettings())), language };
      await connector.saveSettings(next);
      setSettings(next);
      setTr(await createTranslator(language));
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  const fmt = makeFmt(tr, platform.zone, platform.now());
  const { t } = tr;
  return (
    <main>
      <h1>{t('welcome_title')}</h1>
      <p class="intro">{t('welcome_intro')}</p>
      <LanguageChoice current={tr.locale} saved={status === 'saved'} failed={status === 'failed'} fmt={fmt} onChoose={(l) => void choose(l)} />
      <FirstSteps providers={providerEntries(providers, tr.locale, tr.t)} fmt={fmt} onOpenUrl={platform.openUrl} onAddLine={platform.openAddLine} />
      <footer>
        <p class="meta">{t('popup_empty_private')}</p>
        <button type="button" class="link" data-testid="welcome-settings" onClick={platform.openSettings}>
          {t('welcome_settings')}
        </button>
      </footer>
    </main>
  );
}
