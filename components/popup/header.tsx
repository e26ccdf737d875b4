import type { Fmt } from '@/utils/format';

export interface PopupHeaderProps {
  title: string;
  fmt: Fmt;
  /** Shown on inner views: back to where the user came from (Escape does the same). */
  onBack?: () => void;
  onAdd?: () => void;
  onSettings?: () => void;
}

/** The popup's top bar. The title is the view's heading and takes focus when the view opens. */
export function PopupHeader({ title, fmt, onBack, onAdd, onSettings }: PopupHeaderProps) {
  const { t } = fmt;
  return (
    <header class="top">
      {onBack && (
        <button type="button" class="icon" onClick={onBack} aria-label={t('popup_back')} data-testid="back">
          <span aria-hidden="true">←</span>
        </button>
      )}
      <h1 tabIndex={-1} data-autofocus={onBack ? true : undefined}>
        {title}
      </h1>
      {onAdd && (
        <button type="button" class="icon" onClick={onAdd} aria-label={t('popup_add_manual')} title={t('popup_add_manual')}>
          <span aria-hidden="true">+</span>
        </button>
      )}
      {onSettings && (
        <button type="button" class="icon" onClick={onSettings} aria-label={t('popup_settings')} title={t('popup_settings')}>
          <span aria-hidden="true">⚙</span>
        </button>
      )}
    </header>
  );
}
