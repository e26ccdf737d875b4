import { defineContentScript } from 'wxt/utils/define-content-script';
import { redactPage } from '@/utils/redact';

/**
 * "Save a redacted copy": run once in the tab by the popup (scripting.executeScript), it returns
 * the page as a standalone HTML file with scripts, form values and personal data taken out
 * (utils/redact). The page's own text never leaves the tab unredacted. Declared for no page.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return redactPage(document, location.href);
  },
});
