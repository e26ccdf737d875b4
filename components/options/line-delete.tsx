import type { Ref } from 'preact';
import type { Fmt } from '@/utils/format';

export interface LineDeleteProps {
  /** Prefix of the ids ("line-povo_1"). */
  base: string;
  fmt: Fmt;
  busy: boolean;
  /** The question is showing (the drawer owns this, so Escape closes the question first). */
  confirming: boolean;
  /** How the line is named in the question. */
  displayName: string;
  deleteRef: Ref<HTMLButtonElement>;
  cancelRef: Ref<HTMLButtonElement>;
  onAsk: () => void;
  onCancel: () => void;
  /** Called after the user confirmed. */
  onDelete: () => void;
}

/** Delete, which asks first inline: "Delete line" or "Cancel" (focus moves to "Cancel"). */
export function LineDelete({ base, fmt, busy, confirming, displayName, deleteRef, cancelRef, onAsk, onCancel, onDelete }: LineDeleteProps) {
  const { t } = fmt;
  if (!confirming) {
    return (
      <button type="button" class="danger-outline" ref={deleteRef} disabled={busy} onClick={onAsk} data-testid="delete-line">
        {t('options_line_delete')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby={`${base}-question`}>
      <p id={`${base}-question`}>{t('options_line_delete_question', [displayName])}</p>
      <div class="actions">
        <button type="button" class="danger" disabled={busy} data-testid="confirm-delete" onClick={onDelete}>
          {t('options_line_delete_confirm')}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel} data-testid="cancel-delete">
          {t('options_cancel')}
        </button>
      </div>
    </div>
  );
}
