import { toNumber } from './text';

/**
 * Data amounts: "7.3GB", "4,096MB", "5ギガ", "125829121 KB", "1.5 GiB". 1 GB = 1024 MB unless
 * the provider counts in decimal units. Bare "G" / "M" are not units ("5G network", "4G LTE").
 */

export interface Amount {
  mb: number;
  start: number;
  end: number;
}

const UNITS: Record<string, number> = {
  tb: 1024 * 1024,
  tib: 1024 * 1024,
  gb: 1024,
  gib: 1024,
  ギガバイト: 1024,
  ギガ: 1024,
  mb: 1,
  mib: 1,
  メガバイト: 1,
  メガ: 1,
  kb: 1 / 1024,
  kib: 1 / 1024,
  キロバイト: 1 / 1024,
};
/** A decimal provider's units; ギガ is its katakana "GB" and counts the same. */
const DECIMAL_FACTOR: Record<string, number> = {
  tb: 1000 * 1000,
  gb: 1000,
  ギガバイト: 1000,
  ギガ: 1000,
  kb: 1 / 1000,
  キロバイト: 1 / 1000,
};

const AMOUNT = /(?<![\d.,])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(TiB|TB|GiB|GB|MiB|MB|KiB|KB|ギガバイト|ギガ|メガバイト|メガ|キロバイト)(?![a-z])/gi;

/** Every amount in the text, in MB, in order. Negative amounts are kept (callers refuse them). */
export function findAmounts(raw: string, decimal = false): Amount[] {
  // "28 .65 GB", "3 . 12 GB": a number split over spans ("<span>28</span><span>.65</span>", the
  // point in a span of its own) is one number. The spaces move behind it, so every position stays
  // valid for callers that slice the text.
  const text = raw
    .replace(/(\d) \. (\d+)/g, (_, d: string, rest: string) => `${d}.${rest}  `)
    .replace(/(\d) ([.,]\d+)/g, (_, d: string, rest: string) => `${d}${rest} `);
  const out: Amount[] = [];
  for (const x of text.matchAll(AMOUNT)) {
    const unit = (x[2] ?? '').toLowerCase();
    const factor = (decimal ? DECIMAL_FACTOR[unit] : undefined) ?? UNITS[unit];
    const value = toNumber(x[1] ?? '');
    // 1e305 TB is a finite number but an infinite amount of MB: no amount at all.
    const mb = factor === undefined ? Number.NaN : round(value * factor);
    if (!Number.isFinite(mb)) continue;
    out.push({ mb, start: x.index, end: x.index + x[0].length });
  }
  return out;
}

/** Keeps exact binary scaling and trims float noise from sums of decimals. */
export function round(mb: number): number {
  return Math.round(mb * 1e6) / 1e6;
}

/**
 * The first amount in a value text, or null. "6.99 GB（7,156 MB）": the same figure restated right
 * after it in a finer unit is the exact one.
 */
export function parseAmount(text: string, decimal = false): number | null {
  const [first, second] = findAmounts(text, decimal);
  if (!first) return null;
  if (second && second.mb > 0 && Math.abs(first.mb - second.mb) <= first.mb * 0.01 && /^\s*[(（]\s*$/.test(text.slice(first.end, second.start))) return second.mb;
  return first.mb;
}

/**
 * "60.00GB / 120.00GB", "767 MB of 2 GB", "1.2GB/3GB", "剩余 1.2GB / 共 3GB": the first two
 * amounts when a slash, "of", "/ 共" or "中" joins them.
 */
export function parsePair(text: string, decimal = false): { a: number; b: number } | null {
  const amounts = findAmounts(text, decimal);
  const [first, second] = amounts;
  if (!first || !second) return null;
  const between = text.slice(first.end, second.start);
  // ("0.75GB / 每日 2GB": a daily quota is the whole of today's figure.)
  // ("1.21 GB left of 3 GB", "2 GB remaining out of 5 GB": what is left, of what the plan had.)
  if (/^\s*(?:\/|／|(?:(?:left|remaining)\s+)?(?:of|out of)|中|のうち|共|总|總|\/\s*(?:共|总|總|每日|每天|1日|per day|daily))\s*$/i.test(between)) return { a: first.mb, b: second.mb };
  // "6.8 GB（共 10 GB）": what is left, and the whole in brackets after it.
  if (/^\s*[(（]\s*(?:共|总|總|全|of|out of)\s*[:：]?\s*$/i.test(between) && /^\s*[)）]/.test(text.slice(second.end))) return { a: first.mb, b: second.mb };
  // "0.5GB（1GB中）": what is left of what the bucket had.
  if (/^\s*[(（]\s*$/.test(between) && /^\s*中/.test(text.slice(second.end))) return { a: first.mb, b: second.mb };
  return null;
}
