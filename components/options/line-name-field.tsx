import type { Ref } from 'preact';
import type { MessageKey } from '@/utils/i18n/keys';
import type { Fmt } from '@/utils/format';
import { describedBy } from './field';
import { MAX_LABEL } from './line-draft';

export interface LineNameFieldProps {
  id: string;
  fmt: Fmt;
  value: string;
  error: MessageKey | undefined;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The line's own name (empty: the number or the provider names it), with its error below. */
export function LineNameField({ id, fmt, value, error, onInput, inputRef }: LineNameFieldProps) {
  const { t } = fmt;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{t('options_line_name_label')}</label>
      <input
        id={id}
        ref={inputRef}
        value={value}
        placeholder={t('options_line_name_placeholder')}
        autoComplete="off"
        maxLength={MAX_LABEL + 20}
        data-testid="line-name"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, !!error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && (
        <p class="error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
