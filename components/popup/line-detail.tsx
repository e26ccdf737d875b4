import { useState } from 'preact/hooks';
import type { ReadingRecord } from '@/utils/records';
import type { Fmt } from '@/utils/format';
import type { LineStatus } from '@/components/popup/line-status';
import { LineSummary } from './line-summary';
import { RenewLink } from './renew-link';
import { RenewalGuide, type RenewalGuideProps } from './renewal-guide';
import { RenewalHistory } from './renewal-history';
import { UsageChart } from './usage-chart';

export interface LineDetailProps {
  status: LineStatus;
  /** Full reading history, oldest first. */
  history: readonly ReadingRecord[];
  /** A short confirmation to show at the top ("Renewal saved…"), or null. */
  notice: string | null;
  guide: Omit<RenewalGuideProps, 'fmt' | 'onOpenUrl'>;
  /** The provider's account page, to read the line again after renewing. */
  accountUrl: string | null;
  /** The page "Renew" opens (the recommended method's); null: no "Renew" here. */
  renewUrl: string | null;
  fmt: Fmt;
  onRenewed: () => void;
  onEdit: () => void;
  /** Opens the form at the keep-alive start (offered when the keep-alive deadline is an estimate); default: onEdit. */
  onEditKeepAlive?: () => void;
  onDelete: () => void;
  onOpenUrl: (url: string) => void;
}

/** One line in full: its state, the actions, the history, and how to renew it. */
export function LineDetail(props: LineDetailProps) {
  const { status, history, notice, guide, accountUrl, renewUrl, fmt, onRenewed, onEdit, onEditKeepAlive, onDelete, onOpenUrl } = props;
  const { t } = fmt;
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div class="detail" data-testid="line-detail">
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LineSummary status={status} fmt={fmt} detailed onEnterKeepAliveStart={onEditKeepAlive ?? onEdit} />
      <div class="actions">
        {renewUrl && <RenewLink url={renewUrl} fmt={fmt} onOpenUrl={onOpenUrl} />}
        {accountUrl && accountUrl !== renewUrl && (
          <a
            class="button"
            href={accountUrl}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              e.preventDefault();
              onOpenUrl(accountUrl);
            }}
          >
            {t('popup_open_account')}
          </a>
        )}
        <button type="button" onClick={onEdit}>
          {t('popup_edit')}
        </button>
        {/* Secondary, after the way to renew: it records a renewal, it does not make one. */}
        <button type="button" onClick={onRenewed} data-testid="renewed">
          {t('popup_renewed')}
        </button>
      </div>
      <section aria-labelledby="chart-title">
        <h3 id="chart-title">{t('popup_chart_title')}</h3>
        <UsageChart readings={history} fmt={fmt} />
      </section>
      <section aria-labelledby="renewals-title">
        <h3 id="renewals-title">{t('popup_renewals_title')}</h3>
        <RenewalHistory renewals={status.view.renewals} fmt={fmt} />
      </section>
      <RenewalGuide {...guide} fmt={fmt} onOpenUrl={onOpenUrl} />
      <section class="danger-zone" aria-labelledby="delete-title">
        <h3 id="delete-title" class="sr-only">
          {t('popup_delete')}
        </h3>
        {confirmDelete ? (
          <div role="group" aria-label={t('popup_delete')}>
            <p>{t('popup_delete_confirm')}</p>
            <div class="actions">
              <button type="button" class="danger" onClick={onDelete}>
                {t('popup_delete')}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t('popup_cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="link" onClick={() => setConfirmDelete(true)}>
            {t('popup_delete')}
          </button>
        )}
      </section>
    </div>
  );
}
