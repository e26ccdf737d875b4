import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineRecord } from '@/utils/records';
import { type Fmt, formatDateTime, relativeTime } from '@/utils/format';
import { type DraftField, type LineDraft, type LineDraftErrors, firstError, lineDraft, parseLineDraft } from './line-draft';
import { LineAlertsFields } from './line-alerts-fields';
import { LineDelete } from './line-delete';
import { LineNameField } from './line-name-field';
import { LineStakeFields } from './line-stake-fields';
import type { LineEntry } from './line-table';

export interface LineDrawerProps {
  entry: LineEntry;
  fmt: Fmt;
  /** Saves the whole line once; a rejection keeps the drawer open with the reason. */
  onSave: (line: LineRecord) => Promise<void>;
  /** Called after the user confirmed; a rejection keeps the drawer open with the reason. */
  onDelete: () => Promise<void>;
  /** Closes the drawer: with the line as saved, or null when nothing was saved. */
  onClose: (saved: LineRecord | null) => void;
}

/** Each field's element id, for focusing the first wrong one. */
const fieldId = (base: string, field: DraftField) => (field === 'label' ? `${base}-name` : `${base}-${field}`);

/**
 * A line's settings in a modal side panel (`<dialog>` shown with showModal: the page behind is
 * inert): name, kind and deadline, the line's own low-data warning and auto-renew, mute, with one
 * Save and Cancel; Delete asks inline. Focus starts on the name; Escape closes the delete question
 * if it is open, else the drawer; the table puts focus back on the row's Edit button.
 */
export function LineDrawer({ entry, fmt, onSave, onDelete, onClose }: LineDrawerProps) {
  const { t } = fmt;
  const { view, stake, providerName, displayName, base } = entry;
  const { line, latest } = view;
  const [draft, setDraft] = useState<LineDraft>(() => lineDraft(line, stake));
  const [errors, setErrors] = useState<LineDraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // What gets the focus after the next render (a wrong field, the question's Cancel, Delete again).
  const [focusTo, setFocusTo] = useState<{ id: string } | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Escape handled on keydown: the dialog's own cancel that may follow must not act twice.
  const escaped = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    nameRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!focusTo) return;
    if (focusTo.id === 'delete') deleteRef.current?.focus();
    else if (focusTo.id === 'cancel-delete') cancelRef.current?.focus();
    else document.getElementById(focusTo.id)?.focus();
  }, [focusTo]);

  const failed = (error: unknown) => {
    setBusy(false);
    setFailure(t('options_line_failed', [error instanceof Error ? error.message : String(error)]));
  };
  const update = (field: DraftField | null, next: Partial<LineDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    if (field) setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const closeQuestion = () => {
    setConfirming(false);
    setFocusTo({ id: 'delete' });
  };
  const escape = () => {
    if (confirming) closeQuestion();
    else if (!busy) onClose(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const parsed = parseLineDraft(draft, line, stake);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      const first = firstError(parsed.errors);
      if (first) setFocusTo({ id: fieldId(base, first) });
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await onSave(parsed.line);
    } catch (error) {
      failed(error);
      return;
    }
    onClose(parsed.line);
  };

  const read = latest?.at;
  const facts = [
    providerName,
    line.lineId && line.lineId !== displayName ? line.lineId : null,
    read !== undefined ? t('options_line_last_reading', [relativeTime(read, fmt)]) : t('options_line_no_reading'),
    line.manual ? t('options_line_manual') : null,
  ].filter(Boolean);

  return (
    <dialog
      ref={dialogRef}
      class="drawer"
      aria-labelledby={`${base}-drawer-title`}
      data-testid="line-drawer"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        escaped.current = true;
        setTimeout(() => (escaped.current = false), 0);
        escape();
      }}
      onCancel={(e) => {
        e.preventDefault();
        if (!escaped.current) escape();
      }}
      onClose={() => onClose(null)}
    >
      <form class="drawer-form" onSubmit={(e) => void save(e)} noValidate>
        <header class="drawer-head">
          <h2 id={`${base}-drawer-title`}>{displayName}</h2>
          <p class="hint" title={read !== undefined ? formatDateTime(read, fmt.intl, fmt.zone) : undefined}>
            {facts.join(' · ')}
          </p>
        </header>
        <div class="drawer-body">
          <LineNameField
            id={fieldId(base, 'label')}
            fmt={fmt}
            value={draft.label}
            error={errors.label}
            inputRef={nameRef}
            onInput={(label) => update('label', { label })}
          />
          <LineStakeFields
            base={base}
            fmt={fmt}
            draft={draft.stake}
            error={errors.deadline}
            stake={stake}
            providerName={providerName}
            onChange={(s) => update(s.date !== draft.stake.date ? 'deadline' : null, { stake: s })}
          />
          <LineAlertsFields
            base={base}
            fmt={fmt}
            draft={draft.alerts}
            errors={errors}
            onChange={(a) => {
              if (a.lowDataPercent !== draft.alerts.lowDataPercent) setErrors((e) => ({ ...e, lowDataPercent: undefined }));
              if (a.lowDataAmount !== draft.alerts.lowDataAmount || a.lowDataUnit !== draft.alerts.lowDataUnit) {
                setErrors((e) => ({ ...e, lowDataAmount: undefined }));
              }
              update(null, { alerts: a });
            }}
          />
          <label class="check">
            <input type="checkbox" checked={draft.muted} data-testid="mute" onChange={(e) => update(null, { muted: e.currentTarget.checked })} />
            {t('options_line_mute')}
          </label>
        </div>
        <footer class="drawer-foot">
          {Object.values(errors).some(Boolean) && (
            <p class="error" data-testid="line-invalid">
              {t('options_form_invalid')}
            </p>
          )}
          {failure && (
            <p class="error" role="alert" data-testid="line-failed">
              {failure}
            </p>
          )}
          <div class="drawer-actions">
            <button type="submit" class="primary" disabled={busy} data-testid="save-line">
              {t('options_line_save')}
            </button>
            <button type="button" disabled={busy} data-testid="cancel-line" onClick={() => onClose(null)}>
              {t('options_cancel')}
            </button>
            <span class="spacer" />
            <LineDelete
              base={base}
              fmt={fmt}
              busy={busy}
              confirming={confirming}
              displayName={displayName}
              deleteRef={deleteRef}
              cancelRef={cancelRef}
              onAsk={() => {
                setConfirming(true);
                setFocusTo({ id: 'cancel-delete' });
              }}
              onCancel={closeQuestion}
              onDelete={() => {
                setBusy(true);
                setFailure(null);
                onDelete().catch(failed);
              }}
            />
          </div>
        </footer>
      </form>
    </dialog>
  );
}
