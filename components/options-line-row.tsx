import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineView } from '@/utils/ui/connector';
import { type Fmt, formatDateTime, relativeTime } from '@/utils/ui/format';
import { describedBy } from './options-field';

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
  /** Called after the user confirmed. */
  onDelete: () => Promise<void>;
}

type RowStatus = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** One line: its name (editable), mute switch, and delete with an inline confirmation. */
export function OptionsLineRow({ view, providerName, displayName, fmt, onRename, onMute, onDelete }: OptionsLineRowProps) {
  const { t } = fmt;
  const { line, latest } = view;
  const [label, setLabel] = useState(line.label ?? '');
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<RowStatus>({ kind: 'idle' });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const base = `line-${line.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  useEffect(() => setLabel(line.label ?? ''), [line.label]);

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
