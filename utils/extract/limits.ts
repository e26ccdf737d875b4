/**
 * Plausible ranges, shared by the extractor (which drops what falls outside) and the
 * background (which refuses it), so the two can never disagree.
 */

/** 10 TB: no plan sold has more; anything above is a parsing error or a forgery. */
export const MAX_MB = 10 * 1024 * 1024;
/** Expiries before 2000 are not real. */
export const MIN_EXPIRY = Date.UTC(2000, 0, 1);
/** Expiries more than this many years ahead are placeholders (povo's masked 2099). */
export const MAX_EXPIRY_YEARS = 10;
