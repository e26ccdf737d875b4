import type { Fmt } from '@/utils/format';
import { type LineStatus, needsAction } from '@/components/popup/line-status';
import { LineSummary } from './line-summary';
import { RenewLink } from './renew-link';

export interface LineCardProps {
  status: LineStatus;
  /** Provider name in the UI language ("Other" for unlisted providers). */
  providerName: string;
  /** The user's label, else the line id the page shows. */
  name: string | null;
  /**
   * The page "Renew" opens for this line (its recommended method's); the card shows it when the
   * line needs action (`needsAction`). Null: no such page.
   */
  renewUrl?: string | null;
  fmt: Fmt;
  onOpen: (lineId: string) => void;
  /** Opens a provider page in a new tab (the "Renew" link). */
  onOpenUrl?: (url: string) => void;
}

/**
 * One line in the list. The name is a button that opens the detail; its click area covers the
 * whole card (CSS), while keyboard users tab through one stop per card. A line that needs action
 * has a primary "Renew" link above that area, to the provider's page for its recommended method.
 */
export function LineCard({ status, providerName, name, renewUrl = null, fmt, onOpen, onOpenUrl }: LineCardProps) {
  const { t } = fmt;
  const { line } = status.view;
  return (
    <li class={`card u-${status.urgency}`} data-testid="line-card" data-line-id={line.id}>
      <div class="card-head">
        <h2 class="card-title">
          <button type="button" class="card-open" onClick={() => onOpen(line.id)}>
            <span class="provider">{providerName}</span>
            {name && <span class="line-name">{name}</span>}
            <span class="sr-only">{t('popup_open_detail')}</span>
          </button>
        </h2>
        {line.manual && (
          <span class="badge" data-testid="manual">
            {t('popup_manual')}
          </span>
        )}
      </div>
      <LineSummary status={status} fmt={fmt} />
      {renewUrl && onOpenUrl && needsAction(status) && (
        <div class="card-actions">
          <RenewLink url={renewUrl} which={[providerName, name].filter(Boolean).join(' ')} fmt={fmt} onOpenUrl={onOpenUrl} />
        </div>
      )}
    </li>
  );
}
