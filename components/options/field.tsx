import type { ComponentChildren } from 'preact';
import { DATA_UNITS, type DataUnit } from '@/components/options/settings-form';

export interface OptionsFieldProps {
  /** The id of the control inside, so the label points at it. */
  id: string;
  label: string;
  hint?: string;
  /** The error text (already translated), shown under the control and announced. */
  error?: string;
  children: ComponentChildren;
}

/** Ids of a field's hint and error, for the control's aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A labelled control with its hint and inline error. */
export function OptionsField({ id, label, hint, error, children }: OptionsFieldProps) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** MB or GB, for the data amount typed beside it. */
export function UnitSelect({ id, label, value, onChange }: { id?: string; label: string; value: DataUnit; onChange: (unit: DataUnit) => void }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as DataUnit)}>
      {DATA_UNITS.map((u) => (
        <option key={u} value={u}>
          {u}
        </option>
      ))}
    </select>
  );
}
