import { PROVIDERS } from './index';
import { type ProviderSummary, summarize } from './summary';

/**
 * Every provider's summary (./summary.ts), in the registry's order: what the popup's list and the
 * first-run page need of the registry.
 *
 * The build replaces this module with its value as JSON (the `kigen:prebuilt-summaries` plugin in
 * wxt.config.ts evaluates it in Node), so a page that imports it carries a few KB of data instead
 * of the whole registry with its reading hints, guides and sources. Tests and Node run it as
 * written; tests/unit/utils/providers/summaries.test.ts checks that it survives JSON unchanged.
 */
export const PROVIDER_SUMMARIES: readonly ProviderSummary[] = PROVIDERS.map(summarize);
