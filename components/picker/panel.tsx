import { TEACH_FIELD_KEYS as FIELD_KEYS } from '@/components/shared/teach-fields';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, TFunction } from '@/utils/i18n/keys';
import type { LineKind } from '@/utils/providers/types';
import type { PickedValue, ToPage, ToPanel } from '@/utils/teach/picker-protocol';
import { type Interpreted, interpret } from '@/utils/teach/read';
import { FIELDS, type FieldName, type Unit } from '@/utils/teach/recipe';
import { formatDateTime } from '@/utils/format';
import type { Zone } from '@/utils/time';

/**
 * The picker's panel: one row per field (expiry, data left, total, plan, line id), what Kigen
 * understood of each pick, the page's zone and a bare number's unit, the line's kind, Save and
 * Cancel. Every pick can also be made from a list of the page's values of that shape, so the
 * whole flow works from the keyboard; Esc cancels. Page text is shown as text, never as HTML.
 */

const OPTIONAL: ReadonlySet<FieldName> = new Set(['total', 'plan', 'line']);
const KINDS: ReadonlyArray<[LineKind, MessageKey]> = [
  ['prepaid', 'options_line_kind_prepaid'],
  ['keep-number', 'options_line_kind_keep_number'],
  ['travel-esim', 'options_line_kind_travel_esim'],
  ['monthly', 'options_line_kind_monthly'],
];
const ZONES: ReadonlyArray<[string, MessageKey]> = [
  ['Asia/Tokyo', 'teach_zone_tokyo'],
  ['Asia/Shanghai', 'teach_zone_china'],
  ['Asia/Hong_Kong', 'teach_zone_hongkong'],
  ['Asia/Taipei', 'teach_zone_taipei'],
  ['UTC', 'teach_zone_utc'],
];

export interface PickerPanelProps {
  t: TFunction;
  /** BCP 47 tag for dates and numbers. */
  intl: string;
  userZone: string;
  now: number;
  send: (message: ToPage) => void;
  /** Messages from the page half; returns the unsubscribe. */
  subscribe: (listener: (message: ToPanel) => void) => () => void;
}

/** "Tue 15 Dec 2026, 23:59 Japan time (UTC+9)": the instant in the page's zone, named as chosen. */
function describeValue(value: Interpreted, intl: string, zone: Zone, zoneLabel: string, t: TFunction): string {
  if (value.field === 'expiry') {
    const timeZone = typeof zone === 'string' ? zone : 'UTC';
    return `${formatDateTime(value.at, intl, timeZone)} ${zoneLabel}`;
  }
  if (value.field === 'remaining' || value.field === 'total') {
    if (value.unlimited && value.mb === null) return t('teach_unlimited');
    const mb = (n: number) => `${new Intl.NumberFormat(intl, { maximumFractionDigits: 2 }).format(n >= 1024 ? n / 1024 : n)} ${n >= 1024 ? 'GB' : 'MB'}`;
    return value.pairTotal !== null && value.mb !== null ? `${mb(value.mb)} / ${mb(value.pairTotal)}` : value.mb !== null ? mb(value.mb) : '';
  }
  return 'text' in value ? value.text : '';
}

export function PickerPanel({ t, intl, userZone, now, send, subscribe }: PickerPanelProps) {
  const [site, setSite] = useState('');
  const [armed, setArmed] = useState<FieldName | null>(null);
  const [picks, setPicks] = useState<Partial<Record<FieldName, PickedValue>>>({});
  /** The picks as the page half last reported them (the subscription outlives renders). */
  const picked = useRef<Partial<Record<FieldName, PickedValue>>>({});
  const [listed, setListed] = useState<PickedValue[] | null>(null);
  const [miss, setMiss] = useState(false);
  const [zone, setZone] = useState<string>('Asia/Tokyo');
  const [units, setUnits] = useState<Partial<Record<FieldName, Unit>>>({});
  const [kind, setKind] = useState<LineKind>('prepaid');
  const [status, setStatus] = useState<{ state: 'editing' | 'saving' | 'saved' } | { state: 'failed'; reason: string }>({ state: 'editing' });

  const arm = (field: FieldName | null) => {
    setArmed(field);
    setListed(null);
    setMiss(false);
    send({ type: 'arm', field });
  };

  useEffect(
    () =>
      subscribe((m) => {
        if (m.type === 'init') {
          setSite(m.site);
          if (m.zone) setZone(m.zone);
          send({ type: 'names', names: Object.fromEntries(FIELDS.map((f) => [f, t(FIELD_KEYS[f])])) as Record<FieldName, string> });
          arm('expiry');
        } else if (m.type === 'picked') {
          picked.current = { ...picked.current, [m.field]: m.value };
          setPicks(picked.current);
          // On to the next field not picked yet; the optional ones wait for the user.
          arm(FIELDS.find((f) => !OPTIONAL.has(f) && !(f in picked.current)) ?? null);
        } else if (m.type === 'miss') setMiss(true);
        else if (m.type === 'candidates') setListed(m.values);
        else if (m.type === 'saved') setStatus(m.ok ? { state: 'saved' } : { state: 'failed', reason: m.reason });
      }),
    // One subscription for the panel's life.
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') send({ type: 'cancel' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  const understood = (field: FieldName) => {
    const pick = picks[field];
    return pick ? interpret(field, pick.text, zone, now, units[field] ?? null) : null;
  };
  const bareNumber = (field: FieldName) => /^\s*\d[\d,]*(?:\.\d+)?\s*$/.test(picks[field]?.text ?? '');
  const canSave = (picks.expiry && understood('expiry')) || (picks.remaining && understood('remaining'));
  const zoneChoices = ZONES.some(([z]) => z === userZone) ? ZONES : [...ZONES, [userZone, 'teach_zone_yours'] as [string, MessageKey]];
  const zoneKey = zoneChoices.find(([z]) => z === zone)?.[1];
  const zoneLabel = zoneKey ? t(zoneKey, [zone]) : zone;

  if (status.state === 'saved') {
    return (
      <main class="picker">
        <h1>{t('teach_title')}</h1>
        <p role="status" class="saved">
          {t('teach_saved')}
        </p>
        <button type="button" class="primary" onClick={() => send({ type: 'close' })}>
          {t('teach_close')}
        </button>
      </main>
    );
  }

  return (
    <main class="picker">
      <h1>{t('teach_title')}</h1>
      <p class="site">{site}</p>
      <p class="intro">{t('teach_intro')}</p>
      <ol class="fields">
        {FIELDS.map((field) => {
          const pick = picks[field];
          const value = understood(field);
          const name = t(FIELD_KEYS[field]);
          return (
            <li key={field} class={armed === field ? 'armed' : ''} data-field={field}>
              <div class="row">
                <span class="name">
                  {name}
                  {OPTIONAL.has(field) && <small> ({t('teach_optional')})</small>}
                </span>
                <button type="button" aria-pressed={armed === field} onClick={() => arm(armed === field ? null : field)}>
                  {pick ? t('teach_change') : t('teach_pick')}
                </button>
              </div>
              {pick && (
                <p class="value" data-testid={`teach-value-${field}`}>
                  <q>{pick.text}</q> → {value ? describeValue(value, intl, zone, zoneLabel, t) : <span class="warn">{t('teach_unreadable')}</span>}
                </p>
              )}
              {pick && bareNumber(field) && (field === 'remaining' || field === 'total') && (
                <label class="inline">
                  {t('teach_unit')}{' '}
                  <select value={units[field] ?? ''} onChange={(e) => setUnits({ ...units, [field]: (e.currentTarget.value || undefined) as Unit })}>
                    <option value="">—</option>
                    <option value="MB">MB</option>
                    <option value="GB">GB</option>
                  </select>
                </label>
              )}
              {pick && (
                <div class="row small">
                  <button type="button" onClick={() => send({ type: 'widen', field })}>
                    {t('teach_wider')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const { [field]: _, ...rest } = picked.current;
                      picked.current = rest;
                      setPicks(rest);
                      send({ type: 'clear', field });
                    }}
                  >
                    {t('teach_clear')}
                  </button>
                </div>
              )}
              {armed === field && (
                <div class="armed-help">
                  <p role="status">{miss ? t('teach_miss', [name]) : t('teach_armed', [name])}</p>
                  {listed && listed.length > 0 && (
                    <label>
                      {t('teach_list')}
                      <select
                        data-testid={`teach-list-${field}`}
                        onChange={(e) => {
                          const index = Number(e.currentTarget.value);
                          if (index >= 0) send({ type: 'choose', field, index });
                        }}
                      >
                        <option value="-1">—</option>
                        {listed.map((v, i) => (
                          <option key={i} value={i}>
                            {v.label ? `${v.label}: ${v.text}` : v.text}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  {listed && listed.length === 0 && <p>{t('teach_list_none')}</p>}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <label>
        {t('teach_zone')}
        <select value={zone} onChange={(e) => setZone(e.currentTarget.value)} data-testid="teach-zone">
          {zoneChoices.map(([z, key]) => (
            <option key={z} value={z}>
              {t(key, [z])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('options_line_kind_label')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as LineKind)} data-testid="teach-kind">
          {KINDS.map(([k, key]) => (
            <option key={k} value={k}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      {status.state === 'failed' && (
        <p role="alert" class="warn">
          {t('teach_failed', [status.reason])}
        </p>
      )}
      {!canSave && <p class="hint">{t('teach_need')}</p>}
      <div class="actions">
        <button type="button" onClick={() => send({ type: 'cancel' })}>
          {t('teach_cancel')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={!canSave || status.state === 'saving'}
          onClick={() => {
            setStatus({ state: 'saving' });
            send({ type: 'save', zone, units, lineKind: kind });
          }}
        >
          {t('teach_save')}
        </button>
      </div>
    </main>
  );
}
