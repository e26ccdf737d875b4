import { useEffect, useState } from 'preact/hooks';
import type { LineSettings } from '@/utils/records';
import { type LineAlertsErrors, lineAlertsDraft, parseLineAlerts } from '@/components/options/settings-form';
import { UnitSelect } from './field';
import type { RowParts } from './line-row-parts';

export interface LineAlertsFormProps extends RowParts {
  settings: LineSettings;
  /** How the line is named in the "saved" message. */
  displayName: string;
  onSettings: (settings: LineSettings) => Promise<void>;
}

type AmountField = 'lowDataPercent' | 'lowDataAmount';

/** The line's own low-data warning (percent and/or amount; empty uses the defaults) and auto-renew switch. */
export function LineAlertsForm({ base, busy, fmt, run, settings, displayName, onSettings }: LineAlertsFormProps) {
  const { t } = fmt;
  const [alerts, setAlerts] = useState(() => lineAlertsDraft(settings));
  const [errors, setErrors] = useState<LineAlertsErrors>({});
  useEffect(() => setAlerts(lineAlertsDraft(settings)), [settings]);

  const save = (event: Event) => {
    event.preventDefault();
    const parsed = parseLineAlerts(alerts, settings);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      const first = parsed.errors.lowDataPercent ? 'pct' : 'amount';
      document.getElementById(`${base}-${first}`)?.focus();
      return;
    }
    setErrors({});
    run(() => onSettings(parsed.settings), t('options_line_alerts_saved', [displayName]));
  };
  const input = (field: AmountField, id: string, size: number) => (
    <input
      id={id}
      value={alerts[field]}
      inputMode="decimal"
      size={size}
      autoComplete="off"
      data-testid={`line-${field}`}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={[`${base}-alerts-hint`, errors[field] ? `${id}-error` : ''].filter(Boolean).join(' ')}
      onInput={(e) => {
        const value = e.currentTarget.value;
        setAlerts((a) => ({ ...a, [field]: value }));
        setErrors((errs) => ({ ...errs, [field]: undefined }));
      }}
    />
  );
  const error = (field: AmountField, id: string) => {
    const key = errors[field];
    return (
      key && (
        <p class="error" id={`${id}-error`}>
          {t(key)}
        </p>
      )
    );
  };

  return (
    <form class="line-alerts" onSubmit={save} data-testid="line-alerts">
      <fieldset>
        <legend>{t('options_line_alerts_legend')}</legend>
        <div class="pair">
          <div class="field">
            <label for={`${base}-pct`}>{t('options_lowdata_percent')}</label>
            {input('lowDataPercent', `${base}-pct`, 4)}
          </div>
          <div class="field">
            <label for={`${base}-amount`}>{t('options_lowdata_amount')}</label>
            <span class="with-unit">
              {input('lowDataAmount', `${base}-amount`, 6)}
              <UnitSelect
                label={t('options_lowdata_unit')}
                value={alerts.lowDataUnit}
                onChange={(unit) => setAlerts((a) => ({ ...a, lowDataUnit: unit }))}
              />
            </span>
          </div>
        </div>
        <p class="hint" id={`${base}-alerts-hint`}>
          {t('options_line_alerts_hint')}
        </p>
        {error('lowDataPercent', `${base}-pct`)}
        {error('lowDataAmount', `${base}-amount`)}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={alerts.autoRenew}
          data-testid="line-autoRenew"
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setAlerts((a) => ({ ...a, autoRenew: on }));
          }}
        />
        {t('options_line_autorenew')}
      </label>
      <button type="submit" disabled={busy} data-testid="save-line-alerts">
        {t('options_line_save_alerts')}
      </button>
    </form>
  );
}
