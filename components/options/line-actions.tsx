import { useRef, useState } from 'preact/hooks';
import type { RowParts } from './line-row-parts';

export interface LineActionsProps extends RowParts {
  muted: boolean;
  /** How the line is named in messages and in the delete question. */
  displayName: string;
  onMute: (muted: boolean) => Promise<void>;
  /** Called after the user confirmed; the row reports a failure. */
  onDelete: () => void;
}

/**
 * The mute switch and delete, which asks first inline (focus moves to "Cancel"; Escape or Cancel
 * puts it back on "Delete").
 */
export function LineActions({ base, busy, fmt, run, muted, displayName, onMute, onDelete }: LineActionsProps) {
  const { t } = fmt;
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  const openConfirm = () => {
    setConfirming(true);
    requestAnimationFrame(() => cancelRef.current?.focus());
  };
  const closeConfirm = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteRef.current?.focus());
  };

  return (
    <>
      <div class="line-actions">
        <label class="check">
          <input
            type="checkbox"
            checked={muted}
            disabled={busy}
            data-testid="mute"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              run(() => onMute(on), t(on ? 'options_line_muted' : 'options_line_unmuted', [displayName]));
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
            <button type="button" class="danger" disabled={busy} data-testid="confirm-delete" onClick={onDelete}>
              {t('options_line_delete_confirm')}
            </button>
            <button type="button" ref={cancelRef} onClick={closeConfirm} data-testid="cancel-delete">
              {t('options_cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
