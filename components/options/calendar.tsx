import { useState } from 'preact/hooks';
import type { Fmt } from '@/utils/format';

export interface OptionsCalendarProps {
  fmt: Fmt;
  /** Writes the .ics file; resolves to its name and event count, or null when there is nothing to export. */
  onExport: () => Promise<{ name: string; events: number } | null>;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string; events: number } | { kind: 'empty' } | { kind: 'failed'; message: string };

/** Download the lines' number deadlines and data lapses, with their alarms, as an iCalendar file for the phone. */
export function OptionsCalendar({ fmt, onExport }: OptionsCalendarProps) {
  const { t } = fmt;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const result = await onExport();
      setState(result ? { kind: 'done', ...result } : { kind: 'empty' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section class="panel" aria-labelledby="calendar-heading" data-testid="calendar-section">
      <h2 id="calendar-heading">{t('options_calendar_heading')}</h2>
      <p class="hint">{t('options_calendar_intro')}</p>
      <div class="actions">
        <button type="button" onClick={run} disabled={state.kind === 'busy'} data-testid="export-calendar">
          {t('options_calendar_export')}
        </button>
        <p class="status" role="status" data-testid="calendar-status">
          {state.kind === 'done' && t('options_calendar_exported', [state.name, new Intl.NumberFormat(fmt.intl).format(state.events)])}
          {state.kind === 'empty' && t('options_calendar_empty')}
        </p>
      </div>
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('options_calendar_failed', [state.message])}
        </p>
      )}
    </section>
  );
}
