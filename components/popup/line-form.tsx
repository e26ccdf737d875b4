import { useState } from 'preact/hooks';
import type { Fmt } from '@/utils/format';
import { FormActions } from '@/components/shared/form-actions';
import { FormField } from './form-field';
import { EMPTY_LINE_FORM, type LineFormErrors, type LineFormRaw, type LineFormValues, parseLineForm } from '@/components/popup/forms';

export interface ProviderOption {
  id: string;
  name: string;
  /** The zone the provider states expiry times in; null for "other" (the user's zone). */
  timeZone: string | null;
  /** The provider has a keep-number-alive rule, so a start date means something. */
  keepAlive: boolean;
}

export interface LineFormProps {
  providers: readonly ProviderOption[];
  /** Prefilled values when editing, null for a new line. */
  initial: LineFormRaw | null;
  /** A line read from a provider page: only the label and the keep-alive start are the user's. */
  pageLine: boolean;
  /** Put focus on the keep-alive start when the form opens (the detail asked for it). */
  focusKeepAlive?: boolean;
  fmt: Fmt;
  onSubmit: (raw: LineFormRaw, values: LineFormValues) => void;
  onCancel: () => void;
}

/** Add or edit a line by hand. Times are entered in the provider's zone, as its pages state them. */
export function LineForm({ providers, initial, pageLine, focusKeepAlive = false, fmt, onSubmit, onCancel }: LineFormProps) {
  const { t } = fmt;
  const [raw, setRaw] = useState<LineFormRaw>(initial ?? { ...EMPTY_LINE_FORM, provider: providers[0]?.id ?? '' });
  const [errors, setErrors] = useState<LineFormErrors>({});
  const provider = providers.find((p) => p.id === raw.provider);
  const zone = provider?.timeZone ?? fmt.zone;
  const set = <K extends keyof LineFormRaw>(key: K, value: LineFormRaw[K]) => {
    setRaw((r) => ({ ...r, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const described = (id: keyof LineFormRaw, hint = false) =>
    [hint ? `f-${id}-hint` : '', errors[id] ? `f-${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const zoneHint =
    zone === 'Asia/Tokyo'
      ? t('popup_form_zone_jst')
      : provider?.timeZone
        ? t('popup_form_zone_provider', [zone])
        : t('popup_form_zone_local', [zone]);

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseLineForm(raw, zone);
    if (parsed.errors) setErrors(parsed.errors);
    else onSubmit(raw, parsed.values);
  };
  const input = (key: 'label' | 'remainingGB' | 'totalGB', extra: Record<string, string> = {}) => (
    <input
      id={`f-${key}`}
      value={raw[key]}
      aria-invalid={errors[key] ? true : undefined}
      aria-describedby={described(key)}
      onInput={(e) => set(key, e.currentTarget.value)}
      {...extra}
    />
  );

  return (
    <form class="form" onSubmit={submit} data-testid="line-form" noValidate>
      {!pageLine && (
        <FormField id="f-provider" label={t('popup_form_provider')} error={errors.provider} fmt={fmt}>
          <select id="f-provider" value={raw.provider} onChange={(e) => set('provider', e.currentTarget.value)}>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField id="f-label" label={t('popup_form_label')} hint={t('popup_form_label_hint')} fmt={fmt}>
        {input('label', { maxLength: '60', 'aria-describedby': 'f-label-hint' })}
      </FormField>
      {!pageLine && (
        <>
          <fieldset>
            <legend>{t('popup_form_expiry')}</legend>
            <p class="meta" id="f-date-hint">
              {zoneHint} {t('popup_form_time_optional')}
            </p>
            <div class="row">
              <input
                id="f-date"
                type="date"
                aria-label={t('popup_form_date')}
                value={raw.date}
                aria-invalid={errors.date ? true : undefined}
                aria-describedby={described('date', true)}
                onInput={(e) => set('date', e.currentTarget.value)}
              />
              <input
                id="f-time"
                type="time"
                aria-label={t('popup_form_time')}
                value={raw.time}
                aria-describedby="f-date-hint"
                onInput={(e) => set('time', e.currentTarget.value)}
              />
            </div>
            {errors.date && (
              <p class="error" id="f-date-error" role="alert">
                {t(errors.date)}
              </p>
            )}
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={raw.unlimited} onChange={(e) => set('unlimited', e.currentTarget.checked)} />
            {t('popup_form_unlimited')}
          </label>
          <div class="row">
            <FormField
              id="f-remainingGB"
              label={raw.unlimited ? t('popup_form_highspeed_left') : t('popup_form_remaining')}
              error={errors.remainingGB}
              fmt={fmt}
            >
              {input('remainingGB', { inputMode: 'decimal' })}
            </FormField>
            <FormField id="f-totalGB" label={t('popup_form_total')} error={errors.totalGB} fmt={fmt}>
              {input('totalGB', { inputMode: 'decimal' })}
            </FormField>
          </div>
        </>
      )}
      {provider?.keepAlive && (
        <FormField
          id="f-keepAliveStart"
          label={t('popup_form_keep_alive')}
          hint={t('popup_form_keep_alive_hint')}
          error={errors.keepAliveStart}
          fmt={fmt}
        >
          <input
            id="f-keepAliveStart"
            type="date"
            value={raw.keepAliveStart}
            data-autofocus-field={focusKeepAlive ? true : undefined}
            aria-describedby={described('keepAliveStart', true)}
            onInput={(e) => set('keepAliveStart', e.currentTarget.value)}
          />
        </FormField>
      )}
      <FormActions saveLabel={t('popup_save')} cancelLabel={t('popup_cancel')} onCancel={onCancel} />
    </form>
  );
}
