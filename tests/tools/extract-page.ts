import { parseHTML } from 'linkedom';
import { extractPage } from '../../utils/extract';
import type { ExtractResult } from '../../utils/extract/types';
import { READING_PROFILES } from '../../utils/providers/reading';

/**
 * HTML text → extraction result, the path the CLI and the fixture tests share. linkedom builds
 * the DOM (no layout, no scripts run), the same way the content script sees structure and text.
 */
export function extractFromHtml(html: string, url: string | URL, now: Date): ExtractResult {
  const { document } = parseHTML(html);
  const result = extractPage(document, new URL(url), now, READING_PROFILES);
  // Fixed key order, as documented for the CLI.
  return {
    provider: result.provider,
    pageKind: result.pageKind,
    isAccountPage: result.isAccountPage,
    readings: result.readings,
    reason: result.reason,
    checkout: result.checkout,
    confirmation: result.confirmation,
  };
}
