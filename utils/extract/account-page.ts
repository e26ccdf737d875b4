import type { ReadingProfile } from '../providers/reading';
import type { DateOrder } from '../providers/types';
import type { ExtractResult, ExtractedReading } from './types';
import { completionHeading, listsOrderNumbers, loginTitled, looksLikeCheckout, noticeTitled, offerCards, ordersTable, otherKind, titleKind } from './page-kind';
import { type ReadContext, readBlock } from './line-block';
import { type Block, cardBlocks, findAnchors, firstPart, holds, lineCards, lineIdIn, splitBlocks } from './blocks';
import { type Segment, type SegmentList, documentOrder, segmentsOf } from './dom';
import { ENDED, classify, extrasFrom } from './labels';
import { findPairs, withGrids } from './pairs';
import { type DateContext, parseDate, zoneStatedOnPage } from './dates';
import type { Zone } from '../time';
import { lineKey } from '../records';

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
  const readSource = (source: { el: Element; segs: Segment[] }) => {
    const readings: ExtractedReading[] = [];
    const notes: string[] = [];
    let ended = 0;
    const pairs = findPairs(source.segs, extras);
    const anchors = findAnchors(source.segs, pairs);
    const status = (el: Element) => pairs.filter((p) => p.kind !== 'line' && p.kind !== 'plan' && el.contains(p.el)).length;
    const core = (el: Element) => pairs.filter((p) => (p.kind === 'remaining' || p.kind === 'expiry') && el.contains(p.el)).length;
    const split = (anchors.length === 0 && cardBlocks(source.el, pairs, source.segs)) || splitBlocks(source.el, anchors, status, core);
    const blocks = withNamedCards(split);
    for (const found of blocks) {
      let block = found;
      const cards = block.members ? null : lineCards(block.el, pairs.filter((p) => block.el.contains(p.el)), block.line);
      if (cards) {
        // Lines of which one shows no id the reader knows: only the line with the id is read.
        const own = cards.filter((c) => block.line !== null && (c.textContent ?? '').includes(block.line));
        // (An ended line beside it, "期限切れ", was not to be read anyway.)
        const unread = cards.filter((c) => !own.includes(c) && readBlock({ el: c, line: null }, pairs.filter((p) => c.contains(p.el)), source.segs.filter((g) => c.contains(g.el)), ctx).kind !== 'ended');
        // A line the user named, where the line beside it shows its id ("東京出差用" in the place of "ICCID 8981…").
        const named = own.length === 1 && block.line !== null ? unread.map((c) => ({ card: c, name: nameInPlace(own[0] as Element, block.line as string, c) })) : [];
        for (const { card, name } of named) {
          if (name === null) continue;
          const result = readBlock({ el: card, line: name }, pairs.filter((p) => card.contains(p.el)), source.segs.filter((g) => card.contains(g.el)), ctx);
          if (result.kind === 'reading') readings.push(result.reading);
        }
        if (named.some((n) => n.name === null) || (named.length === 0 && unread.length > 0) || own.length !== 1) notes.push('a line on the page shows no number Kigen recognises: not read');
        if (own.length !== 1) continue;
        block = { el: own[0] as Element, line: block.line };
      }
      // The whole page as one block needs no filtering (contains() is O(depth) per call).
      const whole = block.el === source.el && !block.members;
      const inBlock = whole ? pairs : pairs.filter((p) => holds(block, p.el));
      const blockSegs = whole ? source.segs : source.segs.filter((s) => holds(block, s.el));
      const result = readBlock(block, inBlock, blockSegs, ctx);
      if (result.kind === 'ended') ended += 1;
      else {
        notes.push(...result.notes);
        if (result.kind === 'reading') readings.push(result.reading);
      }
    }
    return { readings, notes, ended };
  };

  const body = { el: (root as Document).body ?? (root as Element), segs };
  const json = readJson?.(root);
  // Embedded JSON is the page's own data: when it gave readings, the rendered copy adds nothing,
  // except what the state leaves out of its one line: its number, its plan where the state names
  // only allowances ("ご契約プラン | povo2.0" on the page, toppings' titles in the state) or only
  // part of it, and the figures and dates it does not hold, where the two agree on all they both state.
  let read = json ? readSource({ el: json, segs: segmentsOf(json) }) : null;
  const [only] = read?.readings ?? [];
  if (read && only && read.readings.length === 1) {
    const shown = readSource(body);
    const [page, ...more] = shown.readings;
    if (page && more.length === 0 && (only.line === null || page.line === null || sameLine(only.line, page.line))) {
      read = { ...read, readings: [withPage(only, page, ctx)] };
    } else if (more.length > 0 && shown.readings.every((r) => r.line !== null)) {
      // Several lines on the page, one in the state: the page shows each ("090-…" and "ICCID 8981…",
      // where the state joined them and summed their figures). The state's one adds to the page's
      // line it names, or that agrees with it on all they both state.
      // (A state that names no line cannot say which of several it is: "lines": [{"tel": …}] read as one.)
      const mine = only.line === null ? [] : shown.readings.filter((r) => sameLine(r.line, only.line) && agree(only, r));
      read = { ...shown, readings: shown.readings.map((r) => (mine.length === 1 && r === mine[0] ? withPage(only, r, ctx) : r)) };
    }
  } else if (read && read.readings.length > 1 && read.readings.every((r) => r.line !== null)) {
    // Several lines in the state, each shown on the page under its number: each takes from its own
    // what the state leaves out ("今月の高速通信利用量：2.16GB" beside coupons that hold no usage).
    const shown = readSource(body).readings;
    read = {
      ...read,
      readings: read.readings.map((r) => {
        const own = shown.filter((p) => sameLine(p.line, r.line));
        return own.length === 1 ? withPage(r, own[0] as ExtractedReading, ctx) : r;
      }),
    };
  }
  if (!read || read.readings.length === 0) {
    // (What the state said of its lines, ended or unreadable, still explains an empty page.)
    const shown = readSource(body);
    read = read ? { readings: shown.readings, notes: [...read.notes, ...shown.notes], ended: read.ended + shown.ended } : shown;
  }
  const { readings, notes, ended } = read;
  let reason = notes.join('; ');
  if (readings.length === 0) {
    reason ||= ended > 0 ? 'every line on the page has ended (expired or cancelled)' : 'no plan status found on the page (no expiry or data amount next to a known label)';
  }
  return { readings, reason, ended: readings.length === 0 && ended > 0 };
}

/**
 * The blocks, and the cards of their kind beside them that show no id Kigen knows but a name in the
 * place where the others show their id (nameInPlace): each such card is its line, named so.
 */
function withNamedCards(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const kin = (a: Element, b: Element) => a.localName === b.localName && a.getAttribute('class') === b.getAttribute('class');
  for (const block of blocks) {
    if (block.members || block.line === null || !block.el.parentElement) continue;
    for (const card of Array.from(block.el.parentElement.children)) {
      if (card === block.el || !kin(card, block.el) || out.some((b) => b.el === card || b.el.contains(card) || card.contains(b.el))) continue;
      const name = nameInPlace(block.el, block.line, card);
      if (name !== null) out.push({ el: card, line: name });
    }
  }
  return out.length === blocks.length ? out : out.sort((a, b) => documentOrder(firstPart(a), firstPart(b)));
}

/** A status word, not a name: 使用中, Active. */
const STATUS_WORD = /^(?:使用中|利用中|ご利用中|有効|正常|已啟用|已启用|已激活|啟用中|启用中|active|in use|enabled)$/i;

/**
 * The text in `other` (a line's card) standing where `own` (a card of the same kind) shows its
 * line id: "<span class=c-name>ICCID 8981…</span>" in one, "<span class=c-name>東京出差用</span>"
 * in the other. The user's name for that line, or null.
 */
function nameInPlace(own: Element, line: string, other: Element): string | null {
  const spots = Array.from(own.querySelectorAll('[class]')).filter((el) => (el.textContent ?? '').includes(line));
  for (const spot of spots.reverse()) {
    const cls = spot.getAttribute('class') ?? '';
    const twins = Array.from(other.getElementsByTagName(spot.localName)).filter((el) => el.getAttribute('class') === cls);
    if (twins.length !== 1) continue;
    const name = ((twins[0] as Element).textContent ?? '').replace(/\s+/g, ' ').trim();
    // ("070-0000-1103 （iPad・子回線）" where the others show "090-0000-1101 （スマートフォン）": a
    // number the reader knows is that line's id, whatever note stands beside it.)
    const id = lineIdIn(name);
    if (id !== null) return id;
    const ok = name.length >= 2 && name.length <= 30 && !/\d{5}/.test(name) && !STATUS_WORD.test(name) && !ENDED.test(name) && classify(name) === null;
    return ok ? name : null;
  }
  return null;
}

/**
 * The embedded state's one reading, with what the rendered page adds to it. The page's plan replaces
 * an allowance's name unless it only repeats that name with more words, and a short name of the
 * plan ("ギガプラン") where it says more ("ギガプラン 10ギガ（音声SIM）"). Figures, dates and
 * buckets the state leaves out are the page's only where no value both state differs.
 */
const AGREED = ['expiresAt', 'remainingMB', 'totalMB', 'usedMB', 'lineValidUntil'] as const;

/** Two values of one field that do not differ (either may be missing). */
function same(a: string | number | null | undefined, b: string | number | null | undefined): boolean {
  return a === null || a === undefined || b === null || b === undefined || (typeof a === 'number' ? Math.abs(a - (b as number)) < 0.5 : Date.parse(a) === Date.parse(b as string));
}

/** One line's id either way it is written ("07000008813" in the state, "070-0000-8813" on the page), as the store keys lines. */
const sameLine = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && lineKey('', a) === lineKey('', b));

/** Two readings of one line that do not differ on anything both state. */
const agree = (a: ExtractedReading, b: ExtractedReading) => AGREED.every((f) => same(a[f], b[f]));

function withPage(only: ExtractedReading, page: ExtractedReading, ctx: DateContext): ExtractedReading {
  const bucketNamed = only.plan !== null && (only.buckets ?? []).some((b) => b.name === only.plan);
  const longer = page.plan !== null && only.plan !== null && page.plan !== only.plan && page.plan.includes(only.plan);
  const plan = only.plan === null || (bucketNamed && page.plan !== null && !longer) || (!bucketNamed && longer) ? (page.plan ?? only.plan) : only.plan;
  // (A plan taken from the page brings what its name says: "日本 10日間 無制限データ".)
  const unlimited = only.unlimited || (plan === page.plan && page.unlimited);
  // (The number as the page writes it, "070-0000-8813", where the state has its digits alone.)
  const merged = { ...only, line: only.line !== null && page.line !== null && sameLine(only.line, page.line) ? page.line : (only.line ?? page.line), plan, unlimited };
  // ("expired_at": "2026-12-18 05:20:00" in the state, "Dec 18, 2026, 14:20 (GMT+9)" on the page: one
  // time, the state's read in a zone it does not say. The page's, which says its zone, is the one.)
  const zoneApart = (a: string | null, b: string | null) => {
    const gap = a !== null && b !== null ? Math.abs(Date.parse(a) - Date.parse(b)) : 0;
    return gap > 0 && gap <= 14 * 3_600_000 && gap % 1_800_000 === 0;
  };
  if (zoneApart(only.expiresAt, page.expiresAt)) merged.expiresAt = page.expiresAt;
  // The same buckets on both (the same figures in the same order): where the state's has no name, or
  // a date for one ("2026年 12月 18日 午後11:59 残り 16 日間"), it has the page's.
  const [mine, shown] = [only.buckets ?? [], page.buckets ?? []];
  if (shown.length > 0 && shown.length === mine.length && shown.every((b, i) => same(b.remainingMB, mine[i]?.remainingMB) && same(b.totalMB, mine[i]?.totalMB))) {
    const unnamed = (name: string | null) => name === null || parseDate(name, ctx) !== null;
    // (Nor a size where the page states one: "412 MB of 3 GB" beside the state's "remaining": 412.)
    merged.buckets = mine.map((b, i) => {
      const page = shown[i];
      if (!page) return b;
      // (Or an end: "有効期限 2026年12月末" beside the state's "expire": "202612".)
      const sized = { ...b, totalMB: b.totalMB ?? page.totalMB, expiresAt: b.expiresAt ?? page.expiresAt };
      return unnamed(b.name) ? { ...sized, name: page.name, bonus: b.bonus || page.bonus } : sized;
    });
  }
  if (!agree(merged, page)) return merged;
  const filled = { ...merged };
  for (const f of AGREED) if (filled[f] === null || filled[f] === undefined) Object.assign(filled, { [f]: page[f] ?? null });
  if ((only.buckets ?? []).length === 0 && (page.buckets ?? []).length > 0 && page.remainingMB === filled.remainingMB) filled.buckets = page.buckets;
  // (What the two make together must hold as each does alone: no more left than the total.)
  const { remainingMB: left, totalMB: total } = filled;
  return left !== null && total !== null && left > total + 0.5 ? merged : filled;
}

/** Reads the plan status of an account page. `profile`: the provider the page belongs to. */
export function extractStatus(
  root: ParentNode,
  url: URL,
  now: Date,
  profile?: ReadingProfile,
  segs: SegmentList = segmentsOf(root),
  readJson?: JsonReader,
  /**
   * The zone of dates without one: the one the page states for all its times, else the provider's;
   * extractPage guesses it on an unknown host (null: none settles it).
   */
  zone: Zone | null = zoneStatedOnPage(segs) ?? profile?.timeZone ?? 'UTC',
): ExtractResult {
  const base = { provider: profile?.id ?? null, checkout: null, confirmation: null };
  if (segs.passwordField || loginTitled(root, segs)) {
    return { ...base, pageKind: 'login', isAccountPage: false, readings: [], reason: 'login page (a password field, or a sign-in title over a form); no plan status' };
  }
  if (segs.some((s) => s.text.length <= 40 && ACTION_DONE.test(s.text) && s.el.closest('h1,h2,h3,title,[role=heading]'))) {
    return { ...base, pageKind: 'other', isAccountPage: false, readings: [], reason: 'the page reports a finished action, not the plan status' };
  }
  const named = titleKind(root, segs);
  const status = () => readStatus(root, segs, now, zone, profile, readJson);
  // A checkout or a confirmation shows the line too, but what it is about is the purchase.
  // (Unless the line's live status is what it shows: a shop's order page, "交易成功 · 卡片使用中",
  // with the SIM's ICCID and the data it has used.)
  // (A top-up's confirmation shows what was added and what is left now; only use shows a SIM in use.)
  // (Nor does a shop's page of an order's details, "交易详情", "訂單詳情", seen days after it: a line
  // there with its number and what is left, or the number's validity, is the line's live status.)
  if (completionHeading(segs) && named !== 'order-history') {
    const live = status();
    if (showsLiveStatus(live.readings) && (live.readings.every((r) => r.usedMB !== null) || orderDetailsPage(segs))) return live;
    return { ...base, pageKind: 'confirmation', isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status' };
  }
  if (looksLikeCheckout(segs, root) && !listsOrderNumbers(root)) {
    return { ...base, pageKind: 'checkout', isAccountPage: false, readings: [], reason: 'checkout page; no plan status' };
  }
  // A FAQ, a price list or a history names itself: its amounts and dates are examples or the past.
  // (An order looked up, "訂單查詢", may show the SIM's live status under it: that is the account's.)
  if (named !== null) {
    const live = named === 'order-history' ? status() : null;
    if (live && showsLiveStatus(live.readings)) return live;
    return { ...base, pageKind: named, isAccountPage: false, readings: [], reason: `${named} page; no plan status` };
  }
  return status();
}

/**
 * Readings that show a line's live status, not a purchase: each has the line's number or ICCID and
 * what is left or used of its data.
 */
export function showsLiveStatus(readings: readonly ExtractedReading[]): boolean {
  return readings.length > 0 && readings.every((r) => r.line !== null && lineIdIn(r.line) !== null && (r.remainingMB !== null || r.usedMB !== null || r.lineValidUntil !== null));
}

/** A page that names itself an order's details: "交易详情", "我的订单 > 订单详情", "預訂詳情", "Order details". */
const ORDER_DETAILS = /(?:^|[>＞›|｜·・]\s*)(?:订单详情|訂單詳情|订单详细|訂單明細|交易详情|交易詳情|预订详情|預訂詳情|booking details?|order details?|ご?注文(?:内容)?の?詳細)\s*$/i;

export function orderDetailsPage(segs: readonly Segment[]): boolean {
  return segs.some((s) => s.text.length <= 40 && ORDER_DETAILS.test(s.text));
}

/** The plan status read from the page's lines, once the page is known to be none of the other kinds. */
function readStatus(root: ParentNode, segs: SegmentList, now: Date, zone: Zone | null, profile: ReadingProfile | undefined, readJson: JsonReader | undefined): ExtractResult {
  const base = { provider: profile?.id ?? null, checkout: null, confirmation: null };
  const ctx: ReadContext = {
    now: now.getTime(),
    zone: zone ?? 'UTC',
    zoneKnown: zone !== null,
    dateOrder: dateOrderOf(profile, root),
    decimal: profile?.dataUnit === 'decimal',
    monthly: profile?.postpaidMonthly,
  };
  const read = withGrids(() => readAccount(root, segs, ctx, profile, readJson));
  const { ended } = read;
  // ("データ量の追加（1GB追加） | 1GB | 550円": a size alone, with no line, end, or amount left or
  // used, says nothing of a line: a price list's, not a status.)
  const stating = read.readings.filter((r) => r.line !== null || r.expiresAt !== null || r.remainingMB !== null || r.usedMB !== null || r.lineValidUntil !== null || r.unlimited);
  const readings = stating.length > 0 || read.readings.length === 0 ? stating : [];
  const reason = readings.length > 0 || read.readings.length === 0 ? read.reason : 'only a size, with no line, end or amount left or used: no plan status';
  // Offers with prices and buy actions, and readings that state nothing of a line's status (no
  // line, end, or amount left or used: "首页 > 日本套餐" and the offers' sizes): a price list.
  if (readings.length > 0 && readings.every((r) => r.line === null && r.expiresAt === null && r.remainingMB === null && r.usedMB === null) && offerCards(root) >= 3) {
    return { ...base, pageKind: 'catalogue', isAccountPage: false, readings: [], reason: 'catalogue page (offers with prices to buy); no plan status' };
  }
  // A table of orders, and readings with no amount left or used: the orders' names and their notes
  // ("套餐到期时间顺延至 2027-08-31") are the history of purchases, no line's status.
  if (readings.length > 0 && readings.every((r) => r.remainingMB === null && r.usedMB === null) && ordersTable(root)) {
    return { ...base, pageKind: 'order-history', isAccountPage: false, readings: [], reason: 'order-history page (a table of orders); no plan status' };
  }
  // (A page of the user's lines that have all ended, "Past contracts", is still their account's,
  // unless it names another kind: a list of orders, each ended, is their history.)
  const other = readings.length > 0 ? null : otherKind(root);
  // (A notice about a line, "利用停止予告" with its topping's past end, is a message, not the account.)
  const pageKind = other === null || (other === 'other' && ended && !noticeTitled(root, segs)) ? 'account' : other;
  return { ...base, pageKind, isAccountPage: pageKind === 'account', readings, reason };
}
