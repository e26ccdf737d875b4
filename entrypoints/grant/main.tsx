import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createTranslator, type Translator } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/protocol';
import { settingsItem } from '@/utils/settings';
import { siteOf, sitePattern } from '@/utils/teach/recipe';
import '../picker/style.css';

/**
 * Asking for one site from a tab (Firefox shows the prompt under the popup, and refuses requests
 * from popup windows): "Read this page" opens this page for the tab and site; the click asks, and
 * on a yes the picker opens in that tab and this page closes.
 */
function Grant({ tr, tabId, site }: { tr: Translator; tabId: number; site: string }) {
  const { t } = tr;
  const host = new URL(site).hostname;
  const [message, setMessage] = useState<string | null>(null);
  const ask = () => {
    browser.permissions.request({ origins: [sitePattern(site)] }).then(
      async (granted) => {
        if (!granted) return setMessage(t('popup_teach_denied', [host]));
        const r = await sendMessage('startTeach', { tabId, provider: null });
        if (!r.started) return setMessage(t('popup_teach_failed'));
        await browser.tabs.update(tabId, { active: true });
        window.close();
      },
      () => setMessage(t('popup_teach_denied', [host])),
    );
  };
  return (
    <main class="picker">
      <h1>{t('teach_title')}</h1>
      <p class="site">{host}</p>
      <p>{t('popup_teach_offer')}</p>
      <p class="hint">{t('popup_teach_access', [host])}</p>
      {message && (
        <p role="alert" class="warn" data-testid="teach-message">
          {message}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={ask} data-testid="grant-button">
          {t('popup_teach_button')}
        </button>
      </div>
    </main>
  );
}

async function main() {
  const root = document.getElementById('app');
  const params = new URLSearchParams(location.search);
  const tabId = Number(params.get('tab'));
  const site = siteOf(params.get('site') ?? '');
  if (!root || !site || !Number.isInteger(tabId)) return;
  const tr = await createTranslator((await settingsItem.getValue()).language);
  document.documentElement.lang = tr.locale;
  render(<Grant tr={tr} tabId={tabId} site={site} />, root);
}

void main();
