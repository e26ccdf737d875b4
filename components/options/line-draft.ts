import type { LineRecord } from '@/utils/records';
import type { MessageKey } from '@/utils/i18n/keys';
import { type LineAlertsDraft, lineAlertsDraft, parseLineAlerts } from './settings-form';
import { type LineStake, type StakeDraft, parseStake, stakeDraft } from './line-stake';

/**
 * Everything the line drawer edits, as typed: the name, the kind and deadline, the line's own
 * low-data warning and auto-renew, and mute. One Save turns it into one line record, or into an
 * error per field and nothing saved. Pure, so the rules are tested without a DOM.
 */

/** At most this many characters in a line's name (the popup's form allows the same). */
export const MAX_LABEL = 60;

export interface LineDraft {
  label: string;
  stake: StakeDraft;
  alerts: LineAlertsDraft;
  muted: boolean;
}

/** The drawer's fields in the order they are shown, so the first wrong one gets the focus. */
const DRAFT_FIELDS = ['label', 'deadline', 'lowDataPercent', 'lowDataAmount'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
/** Field → message key of what is wrong with it. */
export type LineDraftErrors = Partial<Record<DraftField, MessageKey>>;

/** The drawer prefilled from the saved line. */
export function lineDraft(line: LineRecord, stake: LineStake): LineDraft {
  return {
    label: line.label ?? '',
    stake: stakeDraft(line.settings, stake.kind, stake.zone),
    alerts: lineAlertsDraft(line.settings),
    muted: line.settings.muted,
  };
}

/** A name is saved trimmed (empty: none); too long or with control characters it is refused. */
function parseLabel(text: string): { label: string | null } | { error: MessageKey } {
  const clean = text.trim();
  if (clean.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(clean)) return { error: 'options_error_name' };
  return { label: clean || null };
}

/**
 * The line after the drawer: its name, and its settings with the kind and deadline, the alerts and
 * mute applied (whatever else the settings hold is kept); or every field that is wrong.
 */
export function parseLineDraft(draft: LineDraft, line: LineRecord, stake: LineStake): { line: LineRecord } | { errors: LineDraftErrors } {
  const errors: LineDraftErrors = {};
  const label = parseLabel(draft.label);
  if ('error' in label) errors.label = label.error;
  const staked = parseStake(draft.stake, line.settings, stake.defaultKind, stake.zone);
  if ('error' in staked) errors.deadline = staked.error;
  const alerted = parseLineAlerts(draft.alerts, 'settings' in staked ? staked.settings : line.settings);
  if ('errors' in alerted) Object.assign(errors, alerted.errors);
  if ('error' in label || 'errors' in alerted || Object.keys(errors).length > 0) return { errors };
  return { line: { ...line, label: label.label, settings: { ...alerted.settings, muted: draft.muted } } };
}

/** The first field (in the drawer's order) that has an error, if any. */
export function firstError(errors: LineDraftErrors): DraftField | undefined {
  return DRAFT_FIELDS.find((f) => errors[f] !== undefined);
}
