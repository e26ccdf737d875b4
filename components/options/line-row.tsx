import { useState } from 'preact/hooks';
import type { LineSettings } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import { type Fmt, formatDateTime, relativeTime } from '@/utils/format';
import { LineActions } from './line-actions';
import { LineAlertsForm } from './line-alerts-form';
import { LineNameForm } from './line-name-form';
import type { RowParts } from './line-row-parts';
import { LineStakeForm } from './line-stake-form';
import { lineStake } from './line-stake';
import type { ProviderProfile } from '@/utils/providers/types';

export interface OptionsLineRowProps {
  view: LineView;
  providerName: string;
  /** The provider's profile (its default kind, zone and keep-alive rule); undefined for "other". */
  profile: ProviderProfile | undefined;
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

export type RowStatus = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/**
 * One line: its name (editable), what it is and its deadline, its own low-data warning and auto-renew switch, mute switch, and
 * delete with an inline confirmation. One status line reports the last change.
 */
export function OptionsLineRow({ view, providerName, profile, displayName, fmt, onRename, onMute, onSettings, onDelete }: OptionsLineRowProps) {
  const { t } = fmt;
  const { line, latest } = view;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<RowStatus>({ kind: 'idle' });
  const base = `line-${line.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const failed = (error: unknown) =>
    setStatus({ kind: 'failed', text: t('options_line_failed', [error instanceof Error ? error.message : String(error)]) });

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await action();
      setStatus({ kind: 'done', text: done });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  const parts: RowParts = { base, busy, fmt, run: (action, done) => void run(action, done) };

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

      <LineNameForm {...parts} label={line.label} onRename={onRename} />
      <LineStakeForm
        {...parts}
        settings={line.settings}
        stake={lineStake(view, profile, fmt.zone)}
        providerName={providerName}
        displayName={displayName}
        onSettings={onSettings}
      />
      <LineAlertsForm {...parts} settings={line.settings} displayName={displayName} onSettings={onSettings} />
      <LineActions
        {...parts}
        muted={line.settings.muted}
        displayName={displayName}
        onMute={onMute}
        onDelete={() => {
          setBusy(true);
          onDelete().catch((error: unknown) => {
            setBusy(false);
            failed(error);
          });
        }}
      />

      <p class={status.kind === 'failed' ? 'error' : 'status'} role={status.kind === 'failed' ? 'alert' : 'status'}>
        {status.kind !== 'idle' && status.text}
      </p>
    </li>
  );
}
