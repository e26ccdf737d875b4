import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '@/utils/connector/types';
import type { TabStatus } from '@/utils/messaging/protocol';

/** What Kigen made of the page in the tab the popup was opened over (null: none, or not a provider page). */
export function useTabStatus(connector: Connector, activeTabId: (() => Promise<number | null>) | undefined): TabStatus | null {
  const [status, setStatus] = useState<TabStatus | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await activeTabId?.().catch(() => null);
      if (tabId == null || !connector.tabStatus) return;
      const found = await connector.tabStatus(tabId);
      if (live) setStatus(found);
    })();
    return () => {
      live = false;
    };
  }, [connector, activeTabId]);
  return status;
}
