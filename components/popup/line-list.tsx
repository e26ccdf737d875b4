import type { ComponentChildren } from 'preact';
import type { Fmt } from '@/utils/format';
import { type LineStatus, lineName } from '@/components/popup/line-status';
import type { ProviderEntry } from '@/utils/providers/names';
import { EmptyState } from './empty-state';
import { LineCard } from './line-card';
import { PopupHeader } from './header';

export interface LineListProps {
  /** Lines, most urgent first; null while the store has not answered yet. */
  lines: readonly LineStatus[] | null;
  /** Only the first this many cards (the popup's first paint: what shows without scrolling); all when absent. */
  limit?: number;
  nameOf: (status: LineStatus) => string;
  /** The page a card's "Renew" opens, for a line that needs action; default: none. */
  renewUrlOf?: (status: LineStatus) => string | null;
  /** Supported providers, for the empty state. */
  providers: readonly ProviderEntry[];
  notice: string | null;
  /** What Kigen made of the page in the current tab (the toolbar mark's sentence), shown first. */
  tabLine?: ComponentChildren;
  /** The background could not store a reading (e.g. quota). */
  storageError: boolean;
  fmt: Fmt;
  onOpen: (lineId: string) => void;
  onAdd: () => void;
  onSettings: () => void;
  onOpenUrl: (url: string) => void;
}

/** The popup's first view: every line as a card, or the empty state. */
export function LineList(props: LineListProps) {
  const { lines, limit, nameOf, renewUrlOf, providers, notice, tabLine, storageError, fmt, onOpen, onAdd, onSettings, onOpenUrl } = props;
  const { t } = fmt;
  return (
    <>
      <PopupHeader title={t('popup_title')} fmt={fmt} onAdd={onAdd} onSettings={onSettings} />
      <main>
        {tabLine}
        {storageError && (
          <p class="notice warn" role="alert">
            {t('popup_storage_error')}
          </p>
        )}
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {lines === null ? null : lines.length === 0 ? (
          <EmptyState providers={providers} fmt={fmt} onOpenUrl={onOpenUrl} onAddManual={onAdd} />
        ) : (
          <ul class="cards" aria-label={t('popup_lines')}>
            {lines.slice(0, limit).map((s) => (
              <LineCard
                key={s.view.line.id}
                status={s}
                providerName={nameOf(s)}
                name={lineName(s.view)}
                renewUrl={renewUrlOf?.(s) ?? null}
                fmt={fmt}
                onOpen={onOpen}
                onOpenUrl={onOpenUrl}
              />
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
