import type { LineAlertsDraft, LineAlertsErrors } from '@/components/options/settings-form';
import type { Fmt } from '@/utils/format';
import { UnitSelect } from './field';

export interface LineAlertsFieldsProps {
  /** Prefix of the fields' ids ("line-povo_1"). */
  base: string;
  fmt: Fmt;
  draft: LineAlertsDraft;
  errors: LineAlertsErrors;
  onChange: (draft: LineAlertsDraft) => void;
}

type AmountField = 'lowDataPercent' | 'lowDataAmount';

/** The line's own low-data warning (percent and/or amount; empty uses the defaults) and auto-renew switch. */
export function LineAlertsFields({ base, fmt, draft, errors, onChange }: LineAlertsFieldsProps) {
  const { t } = fmt;
  const ids: Record<AmountField, string> = { lowDataPercent: `${base}-lowDataPercent`, lowDataAmount: `${base}-lowDataAmount` };
  const input = (field: AmountField, size: number) => (
    <input
      id={ids[field]}
      value={draft[field]}
      inputMode="decimal"
      size={size}
      autoComplete="off"
      data-testid={`line-${field}`}
      aria-invalid={errors[field] ? true : undefined}
      aria-describedby={[`${base}-alerts-hint`, errors[field] ? `${ids[field]}-error` : ''].filter(Boolean).join(' ')}
      onInput={(e) => onChange({ ...draft, [field]: e.currentTarget.value })}
    />
  );
  const error = (field: AmountField) => {
    const key = errors[field];
    return (
      key && (
        <p class="error" id={`${ids[field]}-error`}>
          {t(key)}
        </p>
      )
    );
  };

  return (
    <fieldset class="line-alerts" data-testid="line-alerts">
      <legend>{t('options_line_alerts_legend')}</legend>
      <div class="pair">
        <div class="field">
          <label for={ids.lowDataPercent}>{t('options_lowdata_percent')}</label>
          {input('lowDataPercent', 4)}
          {error('lowDataPercent')}
        </div>
        <div class="field">
          <label for={ids.lowDataAmount}>{t('options_lowdata_amount')}</label>
          <span class="with-unit">
            {input('lowDataAmount', 6)}
            <UnitSelect label={t('options_lowdata_unit')} value={draft.lowDataUnit} onChange={(unit) => onChange({ ...draft, lowDataUnit: unit })} />
          </span>
          {error('lowDataAmount')}
        </div>
      </div>
      <p class="hint" id={`${base}-alerts-hint`}>
        {t('options_line_alerts_hint')}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.autoRenew}
          data-testid="line-autoRenew"
          onChange={(e) => onChange({ ...draft, autoRenew: e.currentTarget.checked })}
        />
        {t('options_line_autorenew')}
      </label>
    </fieldset>
  );
}
