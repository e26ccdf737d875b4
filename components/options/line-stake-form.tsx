import { useEffect, useState } from 'preact/hooks';
import { LINE_KINDS, type LineKind, type LineSettings } from '@/utils/records';
import type { MessageKey } from '@/utils/i18n/keys';
import { type Fmt, formatDate, formatDateTime } from '@/utils/format';
import { KIND_KEYS, type LineStake, type StakeDraft, parseStake, stakeDraft } from './line-stake';
import { describedBy } from './field';
import type { RowParts } from './line-row-parts';

export interface LineStakeFormProps extends RowParts {
  settings: LineSettings;
  stake: LineStake;
  providerName: string;
  /** How the line is named in the "saved" message. */
  displayName: string;
  onSettings: (settings: LineSettings) => Promise<void>;
}

/** "Now: …": the deadline the reminders use at present, and what it rests on. */
export function basisText(stake: LineStake, fmt: Fmt): string {
  const { t } = fmt;
  const r = stake.resolved;
  if (!r) return t(stake.kind === 'monthly' || stake.kind === 'travel-esim' ? 'options_line_basis_none' : 'options_line_basis_unknown');
  const { deadline } = r;
  const day = (at: number) => formatDate(at, fmt.intl, stake.zone);
  const when = deadline.precision === 'date' ? day(deadline.at) : formatDateTime(deadline.at, fmt.intl, stake.zone);
  if (deadline.basis === 'user') return t('options_line_basis_user', [when]);
  if (deadline.basis === 'page') return t('options_line_basis_page', [when]);
  const from = deadline.ruleFrom === null ? '' : day(deadline.ruleFrom);
  return t(deadline.estimate ? 'options_line_basis_estimate' : 'options_line_basis_rule', [when, from]);
}

/**
 * What the line is (the provider's default marked) and the day the user says the number / SIM is
 * lost after (empty: the rule or the page decides), saved together; below, what the deadline
 * rests on now.
 */
export function LineStakeForm({ base, busy, fmt, run, settings, stake, providerName, displayName, onSettings }: LineStakeFormProps) {
  const { t } = fmt;
  const [draft, setDraft] = useState<StakeDraft>(() => stakeDraft(settings, stake.kind, stake.zone));
  const [error, setError] = useState<MessageKey | null>(null);
  useEffect(() => setDraft(stakeDraft(settings, stake.kind, stake.zone)), [settings, stake.kind, stake.zone]);
  const kindId = `${base}-kind`;
  const dateId = `${base}-deadline`;

  const save = (event: Event) => {
    event.preventDefault();
    const parsed = parseStake(draft, settings, stake.defaultKind, stake.zone);
    if ('error' in parsed) {
      setError(parsed.error);
      document.getElementById(dateId)?.focus();
      return;
    }
    setError(null);
    run(() => onSettings(parsed.settings), t('options_line_alerts_saved', [displayName]));
  };
  const kindName = (kind: LineKind) =>
    kind === stake.defaultKind ? t('options_line_kind_default', [t(KIND_KEYS[kind]), providerName]) : t(KIND_KEYS[kind]);

  return (
    <form class="line-stake" onSubmit={save} data-testid="line-stake" noValidate>
      <fieldset>
        <legend>{t('options_line_stake_legend')}</legend>
        <div class="field">
          <label for={kindId}>{t('options_line_kind_label')}</label>
          <select
            id={kindId}
            value={draft.kind}
            data-testid="line-kind"
            aria-describedby={`${kindId}-hint`}
            onChange={(e) => {
              const kind = e.currentTarget.value as LineKind;
              setDraft((d) => ({ ...d, kind }));
            }}
          >
            {LINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
          <p class="hint" id={`${kindId}-hint`}>
            {t('options_line_kind_hint')}
          </p>
        </div>
        <div class={error ? 'field has-error' : 'field'}>
          <label for={dateId}>{t('options_line_deadline_label')}</label>
          <input
            id={dateId}
            type="date"
            value={draft.date}
            data-testid="line-deadline"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(dateId, true, !!error)}
            onInput={(e) => {
              const date = e.currentTarget.value;
              setDraft((d) => ({ ...d, date }));
              setError(null);
            }}
          />
          <p class="hint" id={`${dateId}-hint`}>
            {t('options_line_deadline_hint', [stake.zone])}
          </p>
          {error && (
            <p class="error" id={`${dateId}-error`}>
              {t(error)}
            </p>
          )}
        </div>
        <p class="hint" data-testid="line-deadline-basis">
          {basisText(stake, fmt)}
        </p>
      </fieldset>
      <button type="submit" disabled={busy} data-testid="save-line-stake">
        {t('options_line_save_stake')}
      </button>
    </form>
  );
}
