import { useState } from 'preact/hooks';
import type { SyncView } from '@/utils/connector/types';
import { type Fmt, formatDateTime } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';
import type { SyncErrorKind } from '@/utils/sync/quota';

export interface OptionsSyncProps {
  /** The switch and the last pass; null while loading. */
  view: SyncView | null;
  fmt: Fmt;
  /** Turns sync on or off; rejects with an Error when storage fails. */
  onToggle: (enabled: boolean) => Promise<void>;
}

const ERROR_KEYS: Record<SyncErrorKind, MessageKey> = {
  space: 'options_sync_error_space',
  rate: 'options_sync_error_rate',
  unavailable: 'options_sync_error_unavailable',
};

/** Sync between browsers: what it carries, the switch, when it last ran and why it could not. */
export function OptionsSync({ view, fmt, onToggle }: OptionsSyncProps) {
  const { t } = fmt;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const when = (at: number) => formatDateTime(at, fmt.intl, fmt.zone);

  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setFailed(null);
    try {
      await onToggle(enabled);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="sync-heading" data-testid="sync-section">
      <h2 id="sync-heading">{t('options_sync_heading')}</h2>
      <p class="hint">{t('options_sync_intro')}</p>
      {view === null ? (
        <p class="hint">{t('options_loading')}</p>
      ) : (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={view.enabled}
              disabled={busy}
              data-testid="sync-toggle"
              onChange={(e) => void toggle(e.currentTarget.checked)}
            />
            {t('options_sync_toggle')}
          </label>
          <p class="status" role="status" data-testid="sync-status">
            {!view.enabled ? t('options_sync_off') : view.lastSyncAt === null ? t('options_sync_never') : t('options_sync_last', [when(view.lastSyncAt)])}
          </p>
          {view.enabled && view.error && (
            <p class="error" role="alert" data-testid="sync-error">
              {t(ERROR_KEYS[view.error.kind], [when(view.error.at)])}
            </p>
          )}
        </>
      )}
      {failed !== null && (
        <p class="error" role="alert">
          {t('options_sync_failed', [failed])}
        </p>
      )}
    </section>
  );
}
