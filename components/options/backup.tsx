import { useEffect, useRef, useState } from 'preact/hooks';
import { type BackupData, type BackupRefusal, type ImportSummary, MAX_BACKUP_BYTES, isNoChange } from '@/utils/backup';
import type { LineRecord } from '@/utils/records';
import { type Fmt, formatDateTime } from '@/utils/format';

/** A file that passed every check, with what restoring it would change. */
export interface CheckedBackup {
  ok: true;
  data: BackupData;
  exportedAt: string;
  summary: ImportSummary;
}

export interface OptionsBackupProps {
  fmt: Fmt;
  /** Writes the backup file; resolves to its name. */
  onExport: () => Promise<string>;
  /** Reads and checks a file's text against the data here; writes nothing. */
  onCheck: (text: string) => Promise<CheckedBackup | BackupRefusal>;
  /** Replaces all data with the checked file's (one transaction). */
  onRestore: (data: BackupData) => Promise<void>;
  lineName: (line: LineRecord) => string;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'review'; backup: CheckedBackup }
  | { kind: 'restoring'; backup: CheckedBackup }
  | { kind: 'restored' }
  | { kind: 'refused'; refusal: BackupRefusal }
  | { kind: 'failed'; message: string };

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The refusal in the user's words; each case has its own text. */
export function refusalText(refusal: BackupRefusal, t: Fmt['t']): string {
  const key = `options_backup_error_${refusal.error}` as const;
  if (refusal.error === 'newer') return t(key, [refusal.version ?? '?']);
  if (refusal.error === 'invalid') return t(key, [refusal.where ?? '?']);
  return t(key);
}

function Summary({ backup, fmt, lineName }: { backup: CheckedBackup; fmt: Fmt; lineName: (l: LineRecord) => string }) {
  const { t } = fmt;
  const s = backup.summary;
  const n = (x: number) => new Intl.NumberFormat(fmt.intl).format(x);
  const exported = Date.parse(backup.exportedAt);
  const names = (lines: LineRecord[]) =>
    lines.length > 0 && (
      <ul class="names">
        {lines.map((l) => (
          <li key={l.id}>{lineName(l)}</li>
        ))}
      </ul>
    );
  return (
    <>
      <h3 id="backup-review-heading" tabIndex={-1}>
        {t('options_backup_summary_heading', [formatDateTime(exported, fmt.intl, fmt.zone)])}
      </h3>
      {isNoChange(s) && <p class="notice">{t('options_backup_nochange')}</p>}
      <ul class="summary-list" data-testid="backup-summary">
        <li>
          {t('options_backup_sum_lines_added', [n(s.lines.added.length)])}
          {names(s.lines.added)}
        </li>
        <li>
          {t('options_backup_sum_lines_replaced', [n(s.lines.replaced.length)])}
          {names(s.lines.replaced)}
        </li>
        <li>{t('options_backup_sum_lines_unchanged', [n(s.lines.unchanged.length)])}</li>
        <li class={s.lines.removed.length > 0 ? 'warn-text' : undefined}>
          {t('options_backup_sum_lines_removed', [n(s.lines.removed.length)])}
          {names(s.lines.removed)}
        </li>
        <li>{t('options_backup_sum_readings', [n(s.readings.added), n(s.readings.removed), n(s.readings.total)])}</li>
        <li>{t('options_backup_sum_renewals', [n(s.renewals.added), n(s.renewals.removed), n(s.renewals.total)])}</li>
        <li>{s.settingsChanged ? t('options_backup_sum_settings_changed') : t('options_backup_sum_settings_same')}</li>
      </ul>
    </>
  );
}

/** Download a backup; restore one after showing what it changes and asking. */
export function OptionsBackup({ fmt, onExport, onCheck, onRestore, lineName }: OptionsBackupProps) {
  const { t } = fmt;
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'review') document.getElementById('backup-review-heading')?.focus();
  }, [state.kind]);

  const exportNow = async () => {
    setExportState({ kind: 'busy' });
    try {
      setExportState({ kind: 'done', name: await onExport() });
    } catch (error) {
      setExportState({ kind: 'failed', message: messageOf(error) });
    }
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Let the same file be picked again after a refusal or a cancel.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setState({ kind: 'refused', refusal: { ok: false, error: 'tooLarge' } });
      return;
    }
    setState({ kind: 'checking' });
    try {
      const result = await onCheck(await file.text());
      setState(result.ok ? { kind: 'review', backup: result } : { kind: 'refused', refusal: result });
    } catch {
      setState({ kind: 'refused', refusal: { ok: false, error: 'corrupt' } });
    }
  };

  const restore = async (backup: CheckedBackup) => {
    setState({ kind: 'restoring', backup });
    try {
      await onRestore(backup.data);
      setState({ kind: 'restored' });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  const cancel = () => {
    setState({ kind: 'idle' });
    fileRef.current?.focus();
  };

  return (
    <section class="panel" aria-labelledby="backup-heading" data-testid="backup-section">
      <h2 id="backup-heading">{t('options_backup_heading')}</h2>
      <p class="hint">{t('options_backup_intro')}</p>

      <div class="actions">
        <button type="button" onClick={exportNow} disabled={exportState.kind === 'busy'} data-testid="export-backup">
          {t('options_backup_export')}
        </button>
        <p class="status" role="status" data-testid="export-status">
          {exportState.kind === 'done' && t('options_backup_exported', [exportState.name])}
        </p>
      </div>
      {exportState.kind === 'failed' && (
        <p class="error" role="alert">
          {t('options_backup_export_failed', [exportState.message])}
        </p>
      )}

      <div class="field file-field">
        <label for="backup-file">{t('options_backup_import_label')}</label>
        <input
          id="backup-file"
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          aria-describedby="backup-file-hint"
          disabled={state.kind === 'checking' || state.kind === 'restoring'}
          onChange={(e) => void pick(e.currentTarget)}
          data-testid="import-file"
        />
        <p class="hint" id="backup-file-hint">
          {t('options_backup_import_hint')}
        </p>
      </div>

      <div aria-live="polite" data-testid="import-state">
        {state.kind === 'checking' && <p class="status">{t('options_backup_checking')}</p>}
        {state.kind === 'restored' && (
          <p class="status done" data-testid="import-done">
            {t('options_backup_restored')}
          </p>
        )}
      </div>
      {state.kind === 'refused' && (
        <p class="error block" role="alert" data-testid="import-error" data-error={state.refusal.error}>
          {refusalText(state.refusal, t)}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error block" role="alert" data-testid="import-error" data-error="failed">
          {t('options_backup_restore_failed', [state.message])}
        </p>
      )}
      {(state.kind === 'review' || state.kind === 'restoring') && (
        <div class="review" role="group" aria-labelledby="backup-review-heading" data-testid="import-review">
          <Summary backup={state.backup} fmt={fmt} lineName={lineName} />
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={state.kind === 'restoring'}
              onClick={() => void restore(state.backup)}
              data-testid="confirm-import"
            >
              {state.kind === 'restoring' ? t('options_backup_restoring') : t('options_backup_confirm')}
            </button>
            <button type="button" onClick={cancel} disabled={state.kind === 'restoring'} data-testid="cancel-import">
              {t('options_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
