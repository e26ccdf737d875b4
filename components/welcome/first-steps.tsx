import type { Fmt } from '@/utils/format';
import type { ProviderEntry } from '@/utils/providers/names';
import { ProviderLinks } from '@/components/shared/provider-links';

export interface FirstStepsProps {
  providers: readonly ProviderEntry[];
  fmt: Fmt;
  onOpenUrl: (url: string) => void;
  onAddLine: () => void;
}

/**
 * The three ways a line gets into Kigen: the providers' own account pages (read on a visit), any
 * other site ("Read this page" in the popup), or by hand.
 */
export function FirstSteps({ providers, fmt, onOpenUrl, onAddLine }: FirstStepsProps) {
  const { t } = fmt;
  return (
    <>
      <section aria-labelledby="providers-title">
        <h2 id="providers-title">{t('welcome_providers_heading')}</h2>
        <p>{t('welcome_providers_how')}</p>
        <ProviderLinks providers={providers} onOpenUrl={onOpenUrl} />
      </section>
      <section aria-labelledby="teach-title" data-testid="welcome-teach">
        <h2 id="teach-title">{t('welcome_teach_heading')}</h2>
        <p>{t('welcome_teach_body', [t('popup_teach_button')])}</p>
      </section>
      <section aria-labelledby="manual-title">
        <h2 id="manual-title">{t('welcome_manual_heading')}</h2>
        <p>{t('welcome_manual_body')}</p>
        <button type="button" class="primary" data-testid="welcome-add" onClick={onAddLine}>
          {t('popup_add_manual')}
        </button>
      </section>
    </>
  );
}
