import { MatchPattern } from '@webext-core/match-patterns';
import type { ReadingProfile } from '../providers/reading';
import type { DateOrder } from '../providers/types';
import type { ExtractResult, ExtractedReading } from './types';
import { type ReadContext, readBlock } from './account';
import { findAnchors, splitBlocks } from './blocks';
import { readCheckout, readConfirmation } from './checkout';
import { type Segment, segmentsOf } from './dom';
import { jsonStatus } from './json';
import { extrasFrom } from './labels';
import { findPairs } from './pairs';
import { type Zone, localZone } from './zone';

/**
 * Reads a page: its provider, the plan status of every current line, or what it sells / sold.
 * Pure: `(root, url, now)` in, a result out; no browser API, the same in a content script and in
 * Node. When unsure it returns nothing and says why: a wrong value is worse than none.
 */

export type { ExtractResult, ExtractedReading } from './types';

const COMPLETE =
  /注文完了|ご購入ありがとうございました|ご注文ありがとうございました|購入(?:が)?完了|チャージ(?:が)?完了|お申し?込み(?:が)?完了|手続き(?:が)?完了|お手続きが完了|thank you for your (?:purchase|order)|order (?:complete|confirmed)|payment (?:successful|complete)|purchase complete|购买成功|購買成功|支付成功|付款成功|充值成功|增值成功|訂單已完成|订单已完成|交易成功|refill (?:is )?successful/i;
/** "パケットギフト発行完了": the result of an action (a gift, a setting), not a status page. */
const ACTION_DONE = /(?:発行|受け取り|受取|変更|設定|登録|申請|解約|手続き)(?:が)?完了|completed?$|成功$/i;
const CHECKOUT_CUE = /お支払い|支払方法|お支払方法|購入する|購入手続き|注文を確定|決済|checkout|pay now|place order|proceed to payment|去支付|立即支付|確認付款|确认付款/i;

function matches(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(url.href);
    } catch {
      return false;
    }
  });
}

function pageZone(profile: ReadingProfile | undefined, url: URL, segs: readonly Segment[], root: ParentNode): Zone {
  if (profile) return profile.timeZone;
  const doc = (root as Document).documentElement ?? (root as Node).ownerDocument?.documentElement;
  const lang = doc?.getAttribute('lang') ?? '';
  const kana = segs.slice(0, 400).some((s) => /[\u3040-\u30ff]/.test(s.text));
  if (/^ja/i.test(lang) || kana || /\.jp$/i.test(url.hostname)) return 'Asia/Tokyo';
  return localZone();
}

function dateOrderOf(profile: ReadingProfile | undefined, root: ParentNode): DateOrder | null {
  if (profile) return profile.dateOrder;
  const doc = (root as Document).documentElement ?? (root as Node).ownerDocument?.documentElement;
  const lang = doc?.getAttribute('lang') ?? '';
  if (/^en-(gb|au|nz|ie|in|hk|sg)|^zh-hk/i.test(lang)) return 'dmy';
  if (/^en-us/i.test(lang)) return 'mdy';
  return null;
}

function pageKind(
  profile: ReadingProfile | undefined,
  url: URL,
  segs: readonly Segment[],
  root: ParentNode,
): 'confirmation' | 'checkout' | 'other' {
  if (profile && matches(profile.confirmationPages, url)) return 'confirmation';
  if (profile && matches(profile.checkoutPages, url)) return 'checkout';
  const completed = segs.some((s) => s.text.length <= 60 && COMPLETE.test(s.text));
  if (completed && !segs.some((s) => /有効期限|残量|remaining data|剩余流量/i.test(s.text) && s.text.length < 20)) {
    return 'confirmation';
  }
  const picked = root.querySelector('input[type="radio"][checked], select option[selected]');
  if (!profile && picked && segs.some((s) => s.text.length <= 40 && CHECKOUT_CUE.test(s.text))) return 'checkout';
  return 'other';
}

function readAccount(root: ParentNode, segs: Segment[], ctx: ReadContext, profile: ReadingProfile | undefined) {
  const extras = extrasFrom(profile?.hints);
  const readings: ExtractedReading[] = [];
  const notes: string[] = [];
  let ended = 0;
  const sources: Array<{ el: Element; segs: Segment[] }> = [];
  const json = jsonStatus(root);
  if (json) sources.push({ el: json, segs: segmentsOf(json) });
  const body = (root as Document).body ?? (root as Element);
  sources.push({ el: body, segs });

  for (const source of sources) {
    const pairs = findPairs(source.segs, extras);
    const anchors = findAnchors(source.segs, pairs);
    const status = (el: Element) => pairs.filter((p) => p.kind !== 'line' && p.kind !== 'plan' && el.contains(p.el)).length;
    for (const block of splitBlocks(source.el, anchors, status)) {
      const inBlock = pairs.filter((p) => block.el.contains(p.el));
      const blockSegs = source.segs.filter((s) => block.el.contains(s.el));
      const result = readBlock(block, inBlock, blockSegs, ctx);
      if (result.kind === 'ended') ended += 1;
      else {
        notes.push(...result.notes);
        if (result.kind === 'reading') readings.push(result.reading);
      }
    }
    // Embedded JSON is the page's own data: when it gave readings, the rendered copy adds nothing.
    if (readings.length > 0) break;
  }
  let reason = notes.join('; ');
  if (readings.length === 0) {
    reason ||= ended > 0 ? 'every line on the page has ended (expired or cancelled)' : 'no plan status found on the page (no expiry or data amount next to a known label)';
  }
  return { readings, reason };
}

/** Reads one page. `profiles` is the provider registry's reading part (the CLI and content script pass it). */
export function extractPage(
  root: ParentNode,
  url: URL,
  now: Date,
  profiles: readonly ReadingProfile[] = [],
): ExtractResult {
  const host = url.hostname.toLowerCase();
  const profile = profiles.find((p) => p.hosts.includes(host));
  const segs = segmentsOf(root);
  const zone = pageZone(profile, url, segs, root);
  const base = { provider: profile?.id ?? null, checkout: null, confirmation: null };
  const kind = pageKind(profile, url, segs, root);
  const shop = { yuan: /\.hk$/.test(host) || zone === 'Asia/Hong_Kong' ? 'HKD' : 'CNY' };
  if (kind === 'confirmation') {
    return { ...base, isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status', confirmation: readConfirmation(root, segs, shop) };
  }
  if (kind === 'checkout') {
    const calendarFrom = profile?.topUp?.monthIsCalendar ? now.getTime() : undefined;
    return { ...base, isAccountPage: false, readings: [], reason: 'checkout page; no plan status', checkout: readCheckout(root, segs, { ...shop, calendarFrom }) };
  }
  if (root.querySelector('input[type="password"]')) {
    return { ...base, isAccountPage: false, readings: [], reason: 'login page (a password field); no plan status' };
  }
  if (segs.some((s) => s.text.length <= 40 && ACTION_DONE.test(s.text) && s.el.closest('h1,h2,h3,title,[role=heading]'))) {
    return { ...base, isAccountPage: false, readings: [], reason: 'the page reports a finished action, not the plan status' };
  }
  const ctx: ReadContext = {
    now: now.getTime(),
    zone,
    dateOrder: dateOrderOf(profile, root),
    decimal: profile?.dataUnit === 'decimal',
  };
  const { readings, reason } = readAccount(root, segs, ctx, profile);
  return { ...base, isAccountPage: readings.length > 0, readings, reason };
}
