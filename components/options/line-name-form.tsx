import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/keys';
import { describedBy } from './field';
import type { RowParts } from './line-row-parts';

/** At most this many characters in a line's name (the popup's form allows the same). */
export const MAX_LABEL = 60;

export interface LineNameFormProps extends RowParts {
  /** The line's current name (null: none). */
  label: string | null;
  onRename: (label: string | null) => Promise<void>;
}

/** The line's own name: saved trimmed, cleared when empty; too long or control characters refused. */
export function LineNameForm({ base, busy, fmt, run, label: saved, onRename }: LineNameFormProps) {
  const { t } = fmt;
  const [label, setLabel] = useState(saved ?? '');
  const [error, setError] = useState<MessageKey | null>(null);
  useEffect(() => setLabel(saved ?? ''), [saved]);

  const rename = (event: Event) => {
    event.preventDefault();
    const clean = label.trim();
    if (clean.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(clean)) {
      setError('options_error_name');
      document.getElementById(`${base}-name`)?.focus();
      return;
    }
    run(() => onRename(clean || null), t('options_line_renamed'));
  };

  return (
    <form class="line-name" onSubmit={rename}>
      <label for={`${base}-name`}>{t('options_line_name_label')}</label>
      <input
        id={`${base}-name`}
        value={label}
        placeholder={t('options_line_name_placeholder')}
        autoComplete="off"
        maxLength={MAX_LABEL + 20}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${base}-name`, false, !!error)}
        onInput={(e) => {
          setLabel(e.currentTarget.value);
          setError(null);
        }}
      />
      <button type="submit" disabled={busy || label.trim() === (saved ?? '')} data-testid="save-name">
        {t('options_line_save_name')}
      </button>
      {error && (
        <p class="error" id={`${base}-name-error`}>
          {t(error)}
        </p>
      )}
    </form>
  );
}
