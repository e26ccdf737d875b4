import { useState } from 'preact/hooks';
import { checkLeadDay, sortLeadDays } from '@/components/options/settings-form';
import type { Fmt } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';
import { describedBy } from './field';

export interface OptionsLeadDaysProps {
  days: readonly number[];
  fmt: Fmt;
  onChange: (days: number[]) => void;
}

/** "7 days before", "On the day", with the locale's plural through Intl. */
export function leadDayText(day: number, fmt: Pick<Fmt, 't' | 'intl'>): string {
  if (day === 0) return fmt.t('options_lead_item_0');
  const days = new Intl.NumberFormat(fmt.intl, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(day);
  return fmt.t('options_lead_item', [days]);
}

/** The list of expiry reminder days: each removable, one number field to add another. */
export function OptionsLeadDays({ days, fmt, onChange }: OptionsLeadDaysProps) {
  const { t } = fmt;
  const [text, setText] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const id = 'lead-add';

  const add = () => {
    const checked = checkLeadDay(text, days);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    onChange(sortLeadDays([...days, checked.day]));
    setText('');
    setError(null);
  };

  const remove = (day: number, index: number) => {
    onChange(days.filter((d) => d !== day));
    setError(null);
    // Keep focus in the list: on the next chip's button, else the add field.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.lead-list button');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById(id))?.focus();
    });
  };

  return (
    <fieldset class="group" aria-describedby="lead-hint">
      <legend>{t('options_lead_legend')}</legend>
      <p class="hint" id="lead-hint">
        {t('options_lead_hint')}
      </p>
      {days.length === 0 ? (
        <p class="notice warn" data-testid="lead-none">
          {t('options_lead_none')}
        </p>
      ) : (
        <ul class="lead-list" data-testid="lead-list">
          {days.map((day, index) => (
            <li key={day} class="chip">
              <span>{leadDayText(day, fmt)}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('options_lead_remove', [leadDayText(day, fmt)])}
                title={t('options_lead_remove', [leadDayText(day, fmt)])}
                onClick={() => remove(day, index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class={error ? 'inline-add has-error' : 'inline-add'}>
        <label for={id}>{t('options_lead_add_label')}</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          step={1}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, false, !!error)}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            // Enter adds the day instead of submitting the whole form.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('options_lead_add')}
        </button>
      </div>
      {error && (
        <p class="error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}
