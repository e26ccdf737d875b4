import { useState } from 'preact/hooks';
import type { HiddenSite } from '@/utils/connector/types';
import type { Fmt } from '@/utils/format';

export interface OptionsHiddenSitesProps {
  /** Sites where the checkout panel is hidden; null while loading. */
  sites: HiddenSite[] | null;
  fmt: Fmt;
  /** "Show again" on one site. */
  onShow: (site: string) => Promise<void>;
}

/**
 * Where the user hid the checkout panel, each with "Show again": the undo of the panel's one-click
 * "Hide on this site". Nothing at all while no site is hidden.
 */
export function OptionsHiddenSites({ sites, fmt, onShow }: OptionsHiddenSitesProps) {
  const { t } = fmt;
  const [busy, setBusy] = useState<string | null>(null);
  if (!sites || sites.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="hidden-sites-heading" data-testid="hidden-sites">
      <h2 id="hidden-sites-heading">{t('options_hidden_title')}</h2>
      <ul class="hidden-sites">
        {sites.map(({ site }) => (
          <li key={site} data-testid="hidden-site">
            <strong>{site}</strong>
            {' · '}
            <button
              type="button"
              disabled={busy === site}
              onClick={() => {
                setBusy(site);
                void onShow(site).finally(() => setBusy(null));
              }}
            >
              {t('options_hidden_show')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
