import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '@/utils/i18n/t';
import type { TabStatus } from '@/utils/messaging/protocol';
import { siteOf } from '@/utils/teach/site';
import type { TeachOfferKind } from '@/components/popup/teach-offer';

/** What the popup needs of the browser to teach a page; tests hand in fakes. */
export interface TeachPlatform {
  /** The tab the popup opened over and its address (known through activeTab), or null. */
  tab: () => Promise<{ id: number; url: string | null } | null>;
  /** Whether a registry provider serves this host. */
  isProviderHost: (host: string) => boolean;
  /**
   * Asks for the one site. Must be called in the click's own task (Firefox refuses otherwise);
   * resolves false when the user declines. Where the browser shows the prompt under the popup
   * (Firefox), `request` is absent and `openGrantPage` asks from a tab instead.
   */
  request?: (site: string) => Promise<boolean>;
  openGrantPage?: (tabId: number, site: string) => void;
  /** Notes the pending session before asking, so the background can go on if the popup closes. */
  notePending: (tabId: number, site: string) => void;
  start: (tabId: number, provider: boolean) => Promise<{ started: boolean; reason: string }>;
  /** "Save a redacted copy" of the page in the tab; false when it could not be made. */
  saveRedacted?: (tabId: number) => Promise<boolean>;
  close: () => void;
}

export interface TeachState {
  kind: TeachOfferKind;
  host: string;
  message: string | null;
  teach: () => void;
  /** Offered where Kigen reads the page (a provider's or a taught one). */
  saveRedacted: (() => void) | null;
}

/** The teaching offer for the current tab, or null where there is none (not https, no tab). */
export function useTeach(platform: TeachPlatform | undefined, status: TabStatus | null, tr: Translator): TeachState | null {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void platform
      ?.tab()
      .catch(() => null)
      .then((found) => {
        if (live && found?.url && siteOf(found.url)) setTab({ id: found.id, url: found.url });
      });
    return () => {
      live = false;
    };
  }, [platform]);
  if (!platform || !tab) return null;
  const site = siteOf(tab.url) ?? '';
  const host = new URL(site).hostname;
  const provider = platform.isProviderHost(host);
  // A page Kigen reads (a provider's, or one taught before) offers a correction; others, teaching.
  const kind: TeachOfferKind | null = status?.teachAgain ? 'again' : status ? 'fix' : provider ? null : 'site';
  if (kind === null) return null;

  const started = (r: { started: boolean; reason: string }) => {
    if (r.started) platform.close();
    else setMessage(tr.t('popup_teach_failed'));
  };
  const teach = () => {
    setMessage(null);
    // Kigen may already read this site (a provider's, or granted when it was taught): no prompt.
    if (provider || status) {
      void platform.start(tab.id, provider).then(started, () => setMessage(tr.t('popup_teach_failed')));
      return;
    }
    if (!platform.request) {
      platform.openGrantPage?.(tab.id, site);
      platform.close();
      return;
    }
    platform.notePending(tab.id, site);
    platform.request(site).then(
      (granted) => (granted ? platform.start(tab.id, false).then(started) : setMessage(tr.t('popup_teach_denied', [host]))),
      () => setMessage(tr.t('popup_teach_denied', [host])),
    );
  };
  const saveRedacted =
    kind !== 'site' && platform.saveRedacted
      ? () => {
          setMessage(null);
          void platform.saveRedacted?.(tab.id).then(
            (ok) => ok || setMessage(tr.t('popup_redact_failed')),
            () => setMessage(tr.t('popup_redact_failed')),
          );
        }
      : null;
  return { kind, host, message, teach, saveRedacted };
}
