import type { Price } from './types';
import { toNumber } from './text';
import { DAY_MS } from '../time';

/**
 * Prices and product terms on checkout and confirmation pages: "990円", "¥550", "HK$50",
 * "税抜900円（税込990円）", "データ追加3GB(30日間)", "24時間", "1ヶ月", "365日間".
 */

const PRICE =
  /(HK\$|US\$|NT\$|\$|¥|￥|£|€)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(円|日圓|日元|日幣|日币|JPY|HKD|港元|港幣|GBP|USD|TWD|CNY|yen\b|Yen\b|元)/g;

const SYMBOL: Record<string, string> = {
  'HK$': 'HKD',
  'US$': 'USD',
  'NT$': 'TWD',
  $: 'USD',
  '¥': 'JPY',
  '￥': 'JPY',
  '£': 'GBP',
  '€': 'EUR',
  円: 'JPY',
  日圓: 'JPY',
  日元: 'JPY',
  日幣: 'JPY',
  日币: 'JPY',
  JPY: 'JPY',
  HKD: 'HKD',
  港元: 'HKD',
  港幣: 'HKD',
  GBP: 'GBP',
  USD: 'USD',
  TWD: 'TWD',
  CNY: 'CNY',
  yen: 'JPY',
  Yen: 'JPY',
};

export interface FoundPrice extends Price {
  start: number;
  end: number;
}

/** `yen`: what a bare ¥ means on this page (JPY, or CNY on a page priced in 元 / 人民币). */
export function findPrices(text: string, defaultYuan = 'CNY', yen = 'JPY'): FoundPrice[] {
  const out: FoundPrice[] = [];
  for (const x of text.matchAll(PRICE)) {
    const unit = x[1] ?? x[4] ?? '';
    const amount = toNumber(x[2] ?? x[3] ?? '');
    const currency = unit === '元' ? defaultYuan : unit === '¥' || unit === '￥' ? yen : SYMBOL[unit];
    if (!currency || !Number.isFinite(amount)) continue;
    out.push({ amount, currency, start: x.index, end: x.index + x[0].length });
  }
  return out;
}

/** The price a value text means: the tax-included one when both are shown, else the last. */
export function pickPrice(text: string, defaultYuan?: string, yen?: string): Price | null {
  const prices = findPrices(text, defaultYuan, yen);
  if (prices.length === 0) return null;
  const taxIn = prices.find((p) => /税込|含税|incl/i.test(text.slice(Math.max(0, p.start - 6), p.end + 6)));
  const chosen = taxIn ?? (prices.length > 1 && /税抜|税別|excl/.test(text) ? prices[prices.length - 1] : prices[0]);
  return chosen ? { amount: chosen.amount, currency: chosen.currency } : null;
}

/**
 * Days a product lasts: 24時間 = 1, 1ヶ月 = 30 days, 365日間 = 365. With `calendarFrom` (a
 * provider whose months are calendar months), N months are counted from that instant.
 */
export function durationDays(text: string, calendarFrom?: number): number | null {
  const days = /(\d{1,4})\s*(?:日間|日|天|days?\b|-day)/i.exec(text);
  if (days) return Number(days[1]);
  const hours = /(\d{1,4})\s*(?:時間|小时|小時|hours?\b|hrs?\b|h\b)/i.exec(text);
  if (hours) return Math.max(1, Math.ceil(Number(hours[1]) / 24));
  const months = /(\d{1,2})\s*(?:ヶ月|か月|カ月|ヵ月|個月|个月|months?\b)/i.exec(text);
  if (months) {
    const n = Number(months[1]);
    if (calendarFrom === undefined) return n * 30;
    const from = new Date(calendarFrom);
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + n, from.getUTCDate()));
    return Math.round((to.getTime() - Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())) / DAY_MS);
  }
  const years = /(\d)\s*(?:年間|年|years?\b)/i.exec(text);
  if (years && !/\d{4}\s*年/.test(text)) return Number(years[1]) * 365;
  return null;
}
