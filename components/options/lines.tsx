import { useRef, useState } from 'preact/hooks';
import type { LineRecord } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import type { Fmt } from '@/utils/format';
import type { ProviderProfile } from '@/utils/providers/types';
import { OptionsLineRow } from './line-row';

export interface OptionsLinesProps {
  /** null while loading. */
  lines: LineView[] | null;
  fmt: Fmt;
  providerName: (providerId: string) => string;
  /** The provider's profile, or undefined for "other" and providers Kigen no longer lists. */
  profileOf?: (providerId: string) => ProviderProfile | undefined;
  onSaveLine: (line: LineRecord) => Promise<void>;
  onDeleteLine: (lineId: string) => Promise<void>;
}

/** The line's name in messages: the user's label, the id the page shows, or the provider. */
export function displayName(line: LineRecord, providerName: string): string {
  return line.label?.trim() || line.lineId || providerName;
}

/** Every line, by provider then name, each with rename, kind and deadline, alerts, mute and delete. */
export function OptionsLines({ lines, fmt, providerName, profileOf, onSaveLine, onDeleteLine }: OptionsLinesProps) {
  const { t } = fmt;
  const [deleted, setDeleted] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sorted = [...(lines ?? [])].sort((a, b) => {
    const pa = providerName(a.line.provider);
    const pb = providerName(b.line.provider);
    return pa.localeCompare(pb, fmt.intl) || displayName(a.line, pa).localeCompare(displayName(b.line, pb), fmt.intl);
  });

  return (
    <section class="panel" aria-labelledby="lines-heading" data-testid="lines-section">
      <h2 id="lines-heading" tabIndex={-1} ref={headingRef}>
        {t('options_lines_heading')}
      </h2>
      <p class="hint">{t('options_lines_intro')}</p>
      <p class="status" role="status" data-testid="lines-status">
        {deleted && t('options_line_deleted', [deleted])}
      </p>
      {lines === null ? (
        <p class="hint">{t('options_loading')}</p>
      ) : sorted.length === 0 ? (
        <p class="notice" data-testid="lines-empty">
          {t('options_lines_empty')}
        </p>
      ) : (
        <ul class="line-list">
          {sorted.map((view) => {
            const provider = providerName(view.line.provider);
            const name = displayName(view.line, provider);
            return (
              <OptionsLineRow
                key={view.line.id}
                view={view}
                providerName={provider}
                profile={profileOf?.(view.line.provider)}
                displayName={name}
                fmt={fmt}
                onRename={(label) => onSaveLine({ ...view.line, label })}
                onMute={(muted) => onSaveLine({ ...view.line, settings: { ...view.line.settings, muted } })}
                onSettings={(settings) => onSaveLine({ ...view.line, settings })}
                onDelete={async () => {
                  await onDeleteLine(view.line.id);
                  setDeleted(name);
                  // The row is gone: focus the list heading so keyboard users keep their place.
                  headingRef.current?.focus();
                }}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
