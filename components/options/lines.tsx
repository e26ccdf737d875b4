import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineRecord } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import type { Fmt } from '@/utils/format';
import type { ProviderProfile } from '@/utils/providers/types';
import { lineStake } from './line-stake';
import { LineDrawer } from './line-drawer';
import { type LineEntry, LineTable } from './line-table';

export interface OptionsLinesProps {
  /** null while loading. */
  lines: LineView[] | null;
  fmt: Fmt;
  providerName: (providerId: string) => string;
  /** The provider's profile, or undefined for "other" and providers Kigen no longer lists. */
  profileOf?: (providerId: string) => ProviderProfile | undefined;
  /** Saves one line (the drawer's Save: name and settings together). */
  onSaveLine: (line: LineRecord) => Promise<void>;
  onDeleteLine: (lineId: string) => Promise<void>;
}

/** The line's name in messages: the user's label, the id the page shows, or the provider. */
export function displayName(line: LineRecord, providerName: string): string {
  return line.label?.trim() || line.lineId || providerName;
}

/** What the section's status line says last. */
type Said = { key: 'options_line_saved' | 'options_line_deleted'; name: string } | null;

/**
 * Every line in a table, by provider then name; Edit opens the line's drawer (name, kind and
 * deadline, alerts, mute, delete). The status line says what was saved or deleted.
 */
export function OptionsLines({ lines, fmt, providerName, profileOf, onSaveLine, onDeleteLine }: OptionsLinesProps) {
  const { t } = fmt;
  const [said, setSaid] = useState<Said>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // Where focus goes when the drawer closes: the row's Edit button, or the heading after a delete.
  const [returnTo, setReturnTo] = useState<{ lineId: string | null } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!returnTo || editing !== null) return;
    const button = returnTo.lineId === null ? undefined : editButtons.current.get(returnTo.lineId);
    (button ?? headingRef.current)?.focus();
    setReturnTo(null);
  }, [returnTo, editing, lines]);

  const entries: LineEntry[] = (lines ?? [])
    .map((view) => {
      const provider = providerName(view.line.provider);
      return {
        view,
        stake: lineStake(view, profileOf?.(view.line.provider), fmt.zone),
        providerName: provider,
        displayName: displayName(view.line, provider),
        base: `line-${view.line.id.replace(/[^A-Za-z0-9_-]/g, '_')}`,
      };
    })
    .sort((a, b) => a.providerName.localeCompare(b.providerName, fmt.intl) || a.displayName.localeCompare(b.displayName, fmt.intl));
  const open = entries.find((e) => e.view.line.id === editing);

  const close = (lineId: string, saidNow: Said) => {
    if (saidNow) setSaid(saidNow);
    setEditing(null);
    setReturnTo({ lineId: saidNow?.key === 'options_line_deleted' ? null : lineId });
  };

  return (
    <section class="panel" aria-labelledby="lines-heading" data-testid="lines-section">
      <h2 id="lines-heading" tabIndex={-1} ref={headingRef}>
        {t('options_lines_heading')}
      </h2>
      <p class="hint">{t('options_lines_intro')}</p>
      <p class="status" role="status" data-testid="lines-status">
        {said && t(said.key, [said.name])}
      </p>
      {lines === null ? (
        <p class="hint">{t('options_loading')}</p>
      ) : entries.length === 0 ? (
        <p class="notice" data-testid="lines-empty">
          {t('options_lines_empty')}
        </p>
      ) : (
        <LineTable
          entries={entries}
          fmt={fmt}
          editRef={(lineId, button) => {
            if (button) editButtons.current.set(lineId, button);
            else editButtons.current.delete(lineId);
          }}
          onEdit={(lineId) => {
            setSaid(null);
            setEditing(lineId);
          }}
        />
      )}
      {open && (
        <LineDrawer
          key={open.view.line.id}
          entry={open}
          fmt={fmt}
          onSave={(line) => onSaveLine(line)}
          onDelete={async () => {
            await onDeleteLine(open.view.line.id);
            close(open.view.line.id, { key: 'options_line_deleted', name: open.displayName });
          }}
          onClose={(saved) =>
            close(open.view.line.id, saved ? { key: 'options_line_saved', name: displayName(saved, open.providerName) } : null)
          }
        />
      )}
    </section>
  );
}
