/**
 * The end of a form that saves or cancels: "Save" submits the form, "Cancel" leaves it. The
 * labels come from the surface's own messages.
 */
export interface FormActionsProps {
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}

export function FormActions({ saveLabel, cancelLabel, onCancel }: FormActionsProps) {
  return (
    <div class="actions">
      <button type="submit" class="primary">
        {saveLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
