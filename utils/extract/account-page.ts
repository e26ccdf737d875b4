import type { ReadingProfile } from '../providers/reading';
import type { DateOrder } from '../providers/types';
import type { ExtractResult, ExtractedReading, PageKind } from './types';
import { type ReadContext, readBlock } from './line-block';
import { findAnchors, splitBlocks } from './blocks';
import { type Segment, type SegmentList, segmentsOf } from './dom';
import { extrasFrom } from './labels';
import { findPairs } from './pairs';
import type { Zone } from '../time';

/**
 * The plan status of an account page: the part of the reader the account content script
 * bundles (no checkout or confirmation readers, no registry, no match patterns, no embedded
 * JSON: its budget is 12 KB). `extractPage` in index.ts adds those for the CLI and other pages.
 */

/** "パケットギフト発行完了": the result of an action (a gift, a setting), not a status page. */
export const ACTION_DONE = /(?:発行|受け取り|受取|変更|設定|登録|申請|解約|手続き)(?:が)?完了|completed?$|成功$/i;

export function dateOrderOf(profile: ReadingProfile | undefined, root: ParentNode): DateOrder | null {
  if (profile) return profile.dateOrder;
  const doc = (root as Document).documentElement ?? (root as Node).ownerDocument?.documentElement;
  const lang = doc?.getAttribute('lang') ?? '';
  if (/^en-(gb|au|nz|ie|in|hk|sg)|^zh-hk/i.test(lang)) return 'dmy';
  if (/^en-us/i.test(lang)) return 'mdy';
  return null;
}

/** Reads embedded JSON state into a detached element of "label: value" rows (utils/extract/json.ts). */
export type JsonReader = (root: ParentNode) => Element | null;

function readAccount(
  root: ParentNode,
  segs: Segment[],
  ctx: ReadContext,
  profile: ReadingProfile | undefined,
  readJson: JsonReader | undefined,
) {
  const extras = extrasFrom(profile?.hints);
  const readings: ExtractedReading[] = [];
  const notes: string[] = [];
  let ended = 0;
  const sources: Array<{ el: Element; segs: Segment[] }> = [];
  const json = readJson?.(root);
  if (json) sources.push({ el: json, segs: segmentsOf(json) });
  const body = (root as Document).body ?? (root as Element);
  sources.push({ el: body, segs });

  for (const source of sources) {
    const pairs = findPairs(source.segs, extras);
    const anchors = findAnchors(source.segs, pairs);
    const status = (el: Element) => pairs.filter((p) => p.kind !== 'line' && p.kind !== 'plan' && el.contains(p.el)).length;
    for (const block of splitBlocks(source.el, anchors, status)) {
      // The whole page as one block needs no filtering (contains() is O(depth) per call).
      const whole = block.el === source.el;
      const inBlock = whole ? pairs : pairs.filter((p) => block.el.contains(p.el));
      const blockSegs = whole ? source.segs : source.segs.filter((s) => block.el.contains(s.el));
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

const KIND_WORDS: Array<[PageKind, RegExp]> = [
  ['order-history', /注文履歴|購入履歴|ご注文履歴|order history|purchase history|past orders|订单记录|订单历史|購買紀錄|購買記錄|訂單紀錄|訂單記錄/i],
  ['usage-history', /利用履歴|使用履歴|利用状況の履歴|データ利用量照会|通信量の履歴|日別|過去\d+日間|daily usage|usage history|data usage history|用量明细|用量明細|使用记录|使用紀錄|流量明细/i],
  ['help', /よくある(?:ご)?質問|FAQ|ヘルプ|Q&A|help cent(?:er|re)|常见问题|常見問題|帮助中心|幫助中心|使い方|ご利用ガイド/i],
  ['other', /お知らせ一覧|ニュース|キャンペーン一覧|^news\b|promotions?\b|优惠活动|新闻|新聞|最新消息|公告/i],
  ['catalogue', /料金プラン|プラン一覧|トッピング一覧|料金表|price list|our plans|choose (?:a|your) (?:plan|package)|商品一覧|商品列表|套餐列表|资费|資費|plans? & pricing|store/i],
];

function kindIn(text: string): PageKind | null {
  return KIND_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** What the page says it is in its title and main heading ("よくある質問", "注文履歴"), or null. */
export function titleKind(root: ParentNode): PageKind | null {
  return kindIn([...root.querySelectorAll('title,h1')].slice(0, 3).map((e) => e.textContent ?? '').join(' '));
}

/** What a page without plan status is, from its title and headings. */
function otherKind(root: ParentNode): PageKind {
  const heads = [...root.querySelectorAll('title,h1,h2')].slice(0, 6).map((e) => e.textContent ?? '').join(' ');
  return kindIn(heads) ?? 'other';
}

/** Reads the plan status of an account page. `profile`: the provider the page belongs to. */
export function extractStatus(
  root: ParentNode,
  url: URL,
  now: Date,
  profile?: ReadingProfile,
  segs: SegmentList = segmentsOf(root),
  readJson?: JsonReader,
  /** The zone of dates without one: the provider's; extractPage guesses it on an unknown host. */
  zone: Zone = profile?.timeZone ?? 'UTC',
): ExtractResult {
  const base = { provider: profile?.id ?? null, checkout: null, confirmation: null };
  if (segs.passwordField) {
    return { ...base, pageKind: 'login', isAccountPage: false, readings: [], reason: 'login page (a password field); no plan status' };
  }
  if (segs.some((s) => s.text.length <= 40 && ACTION_DONE.test(s.text) && s.el.closest('h1,h2,h3,title,[role=heading]'))) {
    return { ...base, pageKind: 'other', isAccountPage: false, readings: [], reason: 'the page reports a finished action, not the plan status' };
  }
  // A FAQ, a price list or a history names itself: its amounts and dates are examples or the past.
  const named = titleKind(root);
  if (named !== null) {
    return { ...base, pageKind: named, isAccountPage: false, readings: [], reason: `${named} page; no plan status` };
  }
  const ctx: ReadContext = {
    now: now.getTime(),
    zone,
    dateOrder: dateOrderOf(profile, root),
    decimal: profile?.dataUnit === 'decimal',
    monthly: profile?.postpaidMonthly,
  };
  const { readings, reason } = readAccount(root, segs, ctx, profile, readJson);
  const pageKind = readings.length > 0 ? 'account' : otherKind(root);
  return { ...base, pageKind, isAccountPage: readings.length > 0, readings, reason };
}
