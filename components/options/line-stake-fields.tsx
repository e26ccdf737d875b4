import { LINE_KINDS, type LineKind } from '@/utils/records';
import type { MessageKey } from '@/utils/i18n/keys';
import { type Fmt, formatDate, formatDateTime } from '@/utils/format';
import { KIND_KEYS, type LineStake, type StakeDraft } from './line-stake';
import { describedBy } from './field';

export interface LineStakeFieldsProps {
  /** Prefix of the fields' ids ("line-povo_1"). */
  base: string;
  fmt: Fmt;
  draft: StakeDraft;
  /** What is wrong with the date, if anything. */
  error: MessageKey | undefined;
  stake: LineStake;
  providerName: string;
  onChange: (draft: StakeDraft) => void;
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
 * lost after (empty: the rule or the page decides); below, what the deadline rests on now (as
 * saved: it changes after Save).
 */
export function LineStakeFields({ base, fmt, draft, error, stake, providerName, onChange }: LineStakeFieldsProps) {
  const { t } = fmt;
  const kindId = `${base}-kind`;
  const dateId = `${base}-deadline`;
  const kindName = (kind: LineKind) =>
    kind === stake.defaultKind ? t('options_line_kind_default', [t(KIND_KEYS[kind]), providerName]) : t(KIND_KEYS[kind]);

  return (
    <fieldset class="line-stake" data-testid="line-stake">
      <legend>{t('options_line_stake_legend')}</legend>
      <div class="field">
        <label for={kindId}>{t('options_line_kind_label')}</label>
        <select
          id={kindId}
          value={draft.kind}
          data-testid="line-kind"
          aria-describedby={`${kindId}-hint`}
          onChange={(e) => onChange({ ...draft, kind: e.currentTarget.value as LineKind })}
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
          onInput={(e) => onChange({ ...draft, date: e.currentTarget.value })}
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
  );
}
