import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineSettings } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import { type Fmt, formatDateTime, relativeTime } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';
import { type LineAlertsErrors, lineAlertsDraft, parseLineAlerts } from '@/components/options/settings-form';
import { UnitSelect, describedBy } from './field';

/** At most this many characters in a line's name (the popup's form allows the same). */
export const MAX_LABEL = 60;

export interface OptionsLineRowProps {
  view: LineView;
  providerName: string;
  /** How the line is named in messages ("Travel eSIM", "090-1234-5678", "povo"). */
  displayName: string;
  fmt: Fmt;
  onRename: (label: string | null) => Promise<void>;
  onMute: (muted: boolean) => Promise<void>;
  /** This line's own low-data threshold and auto-renew switch. */
  onSettings: (settings: LineSettings) => Promise<void>;
  /** Called after the user confirmed. */
  onDelete: () => Promise<void>;
}

type RowStatus = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * One line: its name (editable), mute switch, its own low-data warning and auto-renew switch, and
 * delete with an inline confirmation.
 */
export function OptionsLineRow({ view, providerName, displayName, fmt, onRename, onMute, onSettings, onDelete }: OptionsLineRowProps) {
  const { t } = fmt;
  const { line, latest } = view;
  const [label, setLabel] = useState(line.label ?? '');
  const [nameError, setNameError] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<RowStatus>({ kind: 'idle' });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const base = `line-${line.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  useEffect(() => setLabel(line.label ?? ''), [line.label]);
  const [alerts, setAlerts] = useState(() => lineAlertsDraft(line.settings));
  const [alertErrors, setAlertErrors] = useState<LineAlertsErrors>({});
  useEffect(() => setAlerts(lineAlertsDraft(line.settings)), [line.settings]);

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await action();
      setStatus({ kind: 'done', text: done });
    } catch (error) {
      setStatus({ kind: 'failed', text: t('options_line_failed', [error instanceof Error ? error.message : String(error)]) });
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: Event) => {
    event.preventDefault();
    const clean = label.trim();
    if (clean.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(clean)) {
      setNameError('options_error_name');
      document.getElementById(`${base}-name`)?.focus();
      return;
    }
    void run(() => onRename(clean || null), t('options_line_renamed'));
  };

  const saveAlerts = (event: Event) => {
    event.preventDefault();
    const parsed = parseLineAlerts(alerts, line.settings);
    if ('errors' in parsed) {
      setAlertErrors(parsed.errors);
      const first = parsed.errors.lowDataPercent ? 'pct' : 'amount';
      document.getElementById(`${base}-${first}`)?.focus();
      return;
    }
    setAlertErrors({});
    void run(() => onSettings(parsed.settings), t('options_line_alerts_saved', [displayName]));
  };
  const alertInput = (field: 'lowDataPercent' | 'lowDataAmount', id: string, size: number) => (
    <input
      id={id}
      value={alerts[field]}
      inputMode="decimal"
      size={size}
      autoComplete="off"
      data-testid={`line-${field}`}
      aria-invalid={alertErrors[field] ? true : undefined}
      aria-describedby={[`${base}-alerts-hint`, alertErrors[field] ? `${id}-error` : ''].filter(Boolean).join(' ')}
      onInput={(e) => {
        const value = e.currentTarget.value;
        setAlerts((a) => ({ ...a, [field]: value }));
        setAlertErrors((errs) => ({ ...errs, [field]: undefined }));
      }}
    />
  );

  const openConfirm = () => {
    setConfirming(true);
    requestAnimationFrame(() => cancelRef.current?.focus());
  };
  const closeConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteRef.current?.focus());
  };

  const read = latest?.at;
  return (
    <li class="line-row" data-testid="options-line" data-line-id={line.id}>
      <div class="line-head">
        <h3 id={`${base}-title`}>
          {providerName}
          {line.lineId && <span class="line-id"> {line.lineId}</span>}
        </h3>
        <p class="hint">
          {read !== undefined ? (
            <time dateTime={new Date(read).toISOString()} title={formatDateTime(read, fmt.intl, fmt.zone)}>
              {t('options_line_last_reading', [relativeTime(read, fmt)])}
            </time>
          ) : (
            t('options_line_no_reading')
          )}
          {line.manual && ` · ${t('options_line_manual')}`}
        </p>
      </div>

      <form class="line-name" onSubmit={rename}>
        <label for={`${base}-name`}>{t('options_line_name_label')}</label>
        <input
          id={`${base}-name`}
          value={label}
          placeholder={t('options_line_name_placeholder')}
          autoComplete="off"
          maxLength={MAX_LABEL + 20}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={describedBy(`${base}-name`, false, !!nameError)}
          onInput={(e) => {
            setLabel(e.currentTarget.value);
            setNameError(null);
          }}
        />
        <button type="submit" disabled={busy || label.trim() === (line.label ?? '')} data-testid="save-name">
          {t('options_line_save_name')}
        </button>
        {nameError && (
          <p class="error" id={`${base}-name-error`}>
            {t(nameError)}
          </p>
        )}
      </form>

      <form class="line-alerts" onSubmit={saveAlerts} data-testid="line-alerts">
        <fieldset>
          <legend>{t('options_line_alerts_legend')}</legend>
          <div class="pair">
            <div class="field">
              <label for={`${base}-pct`}>{t('options_lowdata_percent')}</label>
              {alertInput('lowDataPercent', `${base}-pct`, 4)}
            </div>
            <div class="field">
              <label for={`${base}-amount`}>{t('options_lowdata_amount')}</label>
              <span class="with-unit">
                {alertInput('lowDataAmount', `${base}-amount`, 6)}
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
          {alertErrors.lowDataPercent && (
            <p class="error" id={`${base}-pct-error`}>
              {t(alertErrors.lowDataPercent)}
            </p>
          )}
          {alertErrors.lowDataAmount && (
            <p class="error" id={`${base}-amount-error`}>
              {t(alertErrors.lowDataAmount)}
            </p>
          )}
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

      <div class="line-actions">
        <label class="check">
          <input
            type="checkbox"
            checked={line.settings.muted}
            disabled={busy}
            data-testid="mute"
            onChange={(e) => {
              const muted = e.currentTarget.checked;
              void run(() => onMute(muted), t(muted ? 'options_line_muted' : 'options_line_unmuted', [displayName]));
            }}
          />
          {t('options_line_mute')}
        </label>
        {!confirming && (
          <button
            type="button"
            class="danger-outline"
            ref={deleteRef}
            disabled={busy}
            aria-describedby={`${base}-title`}
            onClick={openConfirm}
            data-testid="delete-line"
          >
            {t('options_line_delete')}
          </button>
        )}
      </div>

      {confirming && (
        <div
          class="confirm"
          role="group"
          aria-labelledby={`${base}-question`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') closeConfirm();
          }}
        >
          <p id={`${base}-question`}>{t('options_line_delete_question', [displayName])}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={busy}
              data-testid="confirm-delete"
              onClick={() => {
                setBusy(true);
                onDelete().catch((error: unknown) => {
                  setBusy(false);
                  setStatus({ kind: 'failed', text: t('options_line_failed', [error instanceof Error ? error.message : String(error)]) });
                });
              }}
            >
              {t('options_line_delete_confirm')}
            </button>
            <button type="button" ref={cancelRef} onClick={closeConfirm} data-testid="cancel-delete">
              {t('options_cancel')}
            </button>
          </div>
        </div>
      )}

      <p class={status.kind === 'failed' ? 'error' : 'status'} role={status.kind === 'failed' ? 'alert' : 'status'}>
        {status.kind !== 'idle' && status.text}
      </p>
    </li>
  );
}
