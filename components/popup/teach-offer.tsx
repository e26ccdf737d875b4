import { TEACH_FIELD_KEYS } from '@/components/shared/teach-fields';
import type { FieldName } from '@/utils/teach/recipe';
import type { Fmt } from '@/utils/format';
import type { TabStatus } from '@/utils/messaging/protocol';

/**
 * Teaching Kigen the page in the current tab: "Read this page" on a site Kigen does not know,
 * "Teach again" when a taught page no longer shows what its recipe points at, and "Wrong value?"
 * on a provider page Kigen read or could not read.
 */


/** `site`: a site Kigen does not know; `again`: a taught value is gone; `fix`: correct a page Kigen reads. */
export type TeachOfferKind = 'site' | 'again' | 'fix';

export interface TeachOfferProps {
  kind: TeachOfferKind;
  /** The site's host, as the permission prompt will name it. */
  host: string;
  status: TabStatus | null;
  /** Why the last attempt did nothing (denied, could not open), already in words. */
  message: string | null;
  fmt: Fmt;
  onTeach: () => void;
  /** "Save a redacted copy", where offered. */
  onSaveRedacted?: (() => void) | null;
}

export function TeachOffer({ kind, host, status, message, fmt, onTeach, onSaveRedacted }: TeachOfferProps) {
  const { t } = fmt;
  const field = status?.teachAgain ? t(TEACH_FIELD_KEYS[status.teachAgain as FieldName] ?? 'teach_field_expiry') : '';
  return (
    <section class={`teach-offer ${kind}`} data-testid="teach-offer">
      {kind === 'site' && <p>{t('popup_teach_offer')}</p>}
      {kind === 'again' && <p role="alert">{t('popup_teach_again', [field])}</p>}
      {message && (
        <p class="notice warn" role="alert" data-testid="teach-message">
          {message}
        </p>
      )}
      <button type="button" class={kind === 'fix' ? 'link' : 'primary'} onClick={onTeach} data-testid="teach-button">
        {t(kind === 'site' ? 'popup_teach_button' : kind === 'again' ? 'popup_teach_again_button' : 'popup_teach_wrong')}
      </button>
      {kind === 'site' && <p class="hint">{t('popup_teach_access', [host])}</p>}
      {onSaveRedacted && (
        <>
          <button type="button" class="link" onClick={onSaveRedacted} data-testid="redact-button">
            {t('popup_redact_button')}
          </button>
          <p class="hint">{t('popup_redact_hint')}</p>
        </>
      )}
    </section>
  );
}
