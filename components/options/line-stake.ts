import { type LineKind, type LineSettings, type ReadingRecord } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import type { MessageKey } from '@/utils/i18n/keys';
import type { ProviderProfile } from '@/utils/providers/types';
import { keepAliveRuleFor } from '@/utils/providers/keep-alive-rule';
import { type ResolvedDeadline, resolveLineDeadline } from '@/utils/lines/deadline';
import { lineKindOf } from '@/utils/lines/kind';
import { dateIn, isValidDate, toInstant } from '@/utils/time';

/**
 * What is at stake on one line, as the options page edits it: the line's kind (the provider's
 * default unless the user chose another) and the user's own line deadline, a day in the provider's
 * zone. Pure, so the rules are tested without a DOM.
 */

/** The kinds' names in the select, in LINE_KINDS order. */
export const KIND_KEYS: Record<LineKind, MessageKey> = {
  prepaid: 'options_line_kind_prepaid',
  'keep-number': 'options_line_kind_keep_number',
  monthly: 'options_line_kind_monthly',
  'travel-esim': 'options_line_kind_travel_esim',
};

/** The user's own deadline is a day between these years (the backup schema's range). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2199;

export interface StakeDraft {
  kind: LineKind;
  /** "2027-06-18" as a date input gives it, or '' (none: the rule or the page decides). */
  date: string;
}

/** A line's stake as the options page shows it, from the saved settings. */
export interface LineStake {
  /** What the line is without the user's choice (the plan's or the provider's kind). */
  defaultKind: LineKind;
  /** What it is now (the user's choice, else the default). */
  kind: LineKind;
  /** The zone the user's date is a day in: the provider's, or the user's for an unknown provider. */
  zone: string;
  /** The deadline as the planner computes it now, with its basis; null when none. */
  resolved: ResolvedDeadline | null;
}

function withLatest(view: LineView): ReadingRecord[] {
  const { recent, latest } = view;
  if (!latest || recent.some((r) => r.id === latest.id && r.at === latest.at)) return recent;
  return [...recent, latest];
}

export function lineStake(view: LineView, profile: ProviderProfile | undefined, userZone: string): LineStake {
  const readings = withLatest(view);
  const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
  const { kind: _own, ...rest } = view.line.settings;
  const defaultKind = lineKindOf({ settings: rest }, profile, plan);
  const kind = lineKindOf(view.line, profile, plan);
  const zone = profile?.timeZone ?? userZone;
  const resolved = resolveLineDeadline({
    line: view.line,
    kind,
    readings,
    renewals: view.renewals,
    rule: profile ? keepAliveRuleFor(profile, plan) : undefined,
    timeZone: zone,
  });
  return { defaultKind, kind, zone, resolved };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The form prefilled from the saved settings. */
export function stakeDraft(settings: LineSettings, kind: LineKind, zone: string): StakeDraft {
  const at = settings.deadline;
  if (at === undefined || !Number.isFinite(at)) return { kind, date: '' };
  const d = dateIn(at, zone);
  return { kind, date: `${d.y}-${pad(d.m)}-${pad(d.d)}` };
}

/** The end of a "YYYY-MM-DD" day in `zone` (23:59:59.999), or undefined when it is no date in range. */
export function endOfDateIn(date: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < FIRST_YEAR || y > LAST_YEAR || !isValidDate(y, mo, d)) return undefined;
  return toInstant({ y, m: mo, d, h: 23, mi: 59, s: 59 }, zone) + 999;
}

/**
 * The settings after the form: the kind is stored only when it differs from the default (so a
 * line keeps following its provider otherwise), the date as the end of that day in `zone`, and an
 * empty date removes the user's deadline. Other settings are kept as they are.
 */
export function parseStake(
  draft: StakeDraft,
  current: LineSettings,
  defaultKind: LineKind,
  zone: string,
): { settings: LineSettings } | { error: MessageKey } {
  let deadline: number | undefined;
  if (draft.date.trim() !== '') {
    deadline = endOfDateIn(draft.date, zone);
    if (deadline === undefined) return { error: 'options_error_deadline' };
  }
  const rest: LineSettings = { ...current };
  delete rest.kind;
  delete rest.deadline;
  return {
    settings: {
      ...rest,
      ...(draft.kind !== defaultKind ? { kind: draft.kind } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
    },
  };
}
