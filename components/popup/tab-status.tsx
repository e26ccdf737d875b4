import type { TabStatus } from '@/utils/messaging/protocol';
import type { Fmt } from '@/utils/format';

/**
 * One sentence on the page in the current tab, next to the toolbar mark: read, or why not.
 * The reader's reason is technical English; the sentence is chosen by what the page was.
 */
export function TabStatusLine({ status, providerName, fmt }: { status: TabStatus; providerName: string; fmt: Fmt }) {
  const { t } = fmt;
  const text =
    status.state === 'read'
      ? t('popup_tab_read', [providerName])
      : status.pageKind === 'login'
        ? t('popup_tab_login', [providerName])
        : status.pageKind === 'checkout' || status.pageKind === 'confirmation'
          ? t('popup_tab_shop', [providerName])
          : status.pageKind === 'help' || status.pageKind === 'catalogue' || status.pageKind.endsWith('history')
            ? t('popup_tab_list', [providerName])
            : /^every line/.test(status.reason)
              ? t('popup_tab_ended', [providerName])
              : t('popup_tab_none', [providerName]);
  return (
    <p class={`tab-status ${status.state}`} data-testid="tab-status" role="status">
      <span aria-hidden="true">{status.state === 'read' ? '✓ ' : '? '}</span>
      {text}
    </p>
  );
}
