import type { Fmt } from '@/utils/format';
import type { ProviderEntry } from '@/utils/providers/names';
import { ProviderLinks } from '@/components/shared/provider-links';

export interface EmptyStateProps {
  providers: readonly ProviderEntry[];
  fmt: Fmt;
  /** Opens a provider's own account page in a new tab. */
  onOpenUrl: (url: string) => void;
  onAddManual: () => void;
}

/** What a newcomer sees: where Kigen reads from, the providers it knows, and the manual way. */
export function EmptyState({ providers, fmt, onOpenUrl, onAddManual }: EmptyStateProps) {
  const { t } = fmt;
  return (
    <section class="empty" data-testid="empty" aria-labelledby="empty-title">
      <h2 id="empty-title" tabIndex={-1} data-autofocus>
        {t('popup_empty_title')}
      </h2>
      <p>{t('popup_empty_how')}</p>
      <p class="meta">{t('popup_empty_private')}</p>
      <h3>{t('popup_empty_providers')}</h3>
      <ProviderLinks providers={providers} onOpenUrl={onOpenUrl} />
      <p>{t('popup_empty_manual')}</p>
      <button type="button" class="primary" onClick={onAddManual}>
        {t('popup_add_manual')}
      </button>
    </section>
  );
}
