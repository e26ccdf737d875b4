import type { ComponentChildren } from 'preact';
import type { Fmt } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';

export interface FormFieldProps {
  id: string;
  label: string;
  /** Message key of what is wrong with the value, shown under it. */
  error?: MessageKey;
  hint?: string;
  fmt: Fmt;
  children: ComponentChildren;
}

/** A labelled control of a popup form, with its hint (`<id>-hint`) and error (`<id>-error`). */
export function FormField({ id, label, error, hint, fmt, children }: FormFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="meta" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {fmt.t(error)}
        </p>
      )}
    </div>
  );
}
