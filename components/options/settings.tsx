import { useEffect, useState } from 'preact/hooks';
import { type Settings, UI_LANGUAGES, type UiLanguage } from '@/utils/settings';
import type { Fmt } from '@/utils/format';
import { LANGUAGE_KEYS, LANGUAGE_TAGS } from '@/components/shared/language-names';
import {
  type DraftErrors,
  type DraftField,
  type SettingsDraft,
  draftFromSettings,
  parseDraft,
} from '@/components/options/settings-form';
import { OptionsField, UnitSelect, describedBy } from './field';
import { OptionsLeadDays } from './lead-days';

export interface OptionsSettingsProps {
  settings: Settings;
  fmt: Fmt;
  /** Saves; rejects with an Error when storage fails. */
  onSave: (settings: Settings) => Promise<void>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

/** Reminder and language settings; checked on save, errors next to their fields. */
export function OptionsSettings({ settings, fmt, onSave }: OptionsSettingsProps) {
  const { t } = fmt;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => setDraft(draftFromSettings(settings)), [settings]);

  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    setStatus({ kind: 'idle' });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      setStatus({ kind: 'invalid' });
      // Focus the first field that needs fixing.
      const first = (Object.keys(parsed.errors) as DraftField[])[0];
      if (first) document.getElementById(`set-${first}`)?.focus();
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await onSave(parsed.settings);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** A text field bound to the draft. */
  const input = (field: DraftField, props: Record<string, string | number>, hasHint = false) => {
    const id = `set-${field}`;
    const error = errors[field];
    return (
      <input
        id={id}
        name={field}
        value={draft[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hasHint, !!error)}
        onInput={(e) => set(field, e.currentTarget.value)}
        {...props}
      />
    );
  };
  const err = (field: DraftField) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <form class="settings" onSubmit={submit} noValidate data-testid="settings-form">
      <OptionsLeadDays days={draft.leadDays} fmt={fmt} onChange={(days) => set('leadDays', days)} />

      <fieldset class="group" aria-describedby="lowdata-hint">
        <legend>{t('options_lowdata_legend')}</legend>
        <p class="hint" id="lowdata-hint">
          {t('options_lowdata_hint')}
        </p>
        <div class="row">
          <OptionsField id="set-lowDataPercent" label={t('options_lowdata_percent')} error={err('lowDataPercent')}>
            {input('lowDataPercent', { inputMode: 'decimal', size: 5, autoComplete: 'off' })}
          </OptionsField>
          <OptionsField id="set-lowDataAmount" label={t('options_lowdata_amount')} error={err('lowDataAmount')}>
            <div class="with-unit">
              {input('lowDataAmount', { inputMode: 'decimal', size: 7, autoComplete: 'off' })}
              <UnitSelect
                id="set-lowDataUnit"
                label={t('options_lowdata_unit')}
                value={draft.lowDataUnit}
                onChange={(unit) => set('lowDataUnit', unit)}
              />
            </div>
          </OptionsField>
        </div>
      </fieldset>

      <div class="group">
        <OptionsField id="set-staleDays" label={t('options_stale_label')} hint={t('options_stale_hint')} error={err('staleDays')}>
          {input('staleDays', { inputMode: 'numeric', size: 5, autoComplete: 'off' }, true)}
        </OptionsField>
      </div>

      <fieldset class="group" aria-describedby="quiet-hint">
        <legend>{t('options_quiet_legend')}</legend>
        <div class="row">
          <OptionsField id="set-quietStart" label={t('options_quiet_start')} error={err('quietStart')}>
            {input('quietStart', { type: 'time' })}
          </OptionsField>
          <OptionsField id="set-quietEnd" label={t('options_quiet_end')} error={err('quietEnd')}>
            {input('quietEnd', { type: 'time' })}
          </OptionsField>
        </div>
        <p class="hint" id="quiet-hint">
          {t('options_quiet_hint')}
        </p>
      </fieldset>

      <div class="group">
        <OptionsField id="set-language" label={t('options_language_label')}>
          <select
            id="set-language"
            value={draft.language}
            onChange={(e) => set('language', e.currentTarget.value as UiLanguage)}
          >
            {UI_LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={LANGUAGE_TAGS[lang]}>
                {t(LANGUAGE_KEYS[lang])}
              </option>
            ))}
          </select>
        </OptionsField>
      </div>

      <div class="actions">
        <button type="submit" class="primary" disabled={status.kind === 'saving'} data-testid="save-settings">
          {status.kind === 'saving' ? t('options_saving') : t('options_save')}
        </button>
        <p class="status" role="status" data-testid="settings-status">
          {status.kind === 'saved' && t('options_saved')}
        </p>
      </div>
      {(status.kind === 'invalid' || status.kind === 'failed') && (
        <p class="error" role="alert" data-testid="settings-error">
          {status.kind === 'invalid' ? t('options_form_invalid') : t('options_save_failed', [status.message])}
        </p>
      )}
    </form>
  );
}
