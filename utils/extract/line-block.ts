import type { ExtractedBucket, ExtractedReading } from './types';
import { type Block, lineIdIn } from './blocks';
import { findAmounts, parseAmount, parsePair, round } from './data';
import { type DateContext, dayBefore, parseDate, parseRelative } from './dates';
import { type Segment, textOf } from './dom';
import { ENDED, UNLIMITED, classify } from './labels';
import { POLITE_ENDING, norm, stripDecor, stripLead } from './text';
import { IN_USE, TOTAL_CLAUSE, flatGridOf, tableOf, type Pair } from './pairs';
import { MONEY } from './page-kind';
import { MAX_EXPIRY_YEARS, MAX_MB, MIN_EXPIRY } from './limits';
import { dateIn, wallClock } from '../time';
import { DAY_MS, YEAR_MS, toIso } from '../time';

/**
 * One block (one line) → one reading. Values come only from labelled pairs; what cannot be
 * read with confidence stays null, and whatever is dropped is said in `notes`.
 */

export interface ReadContext extends DateContext {
  decimal: boolean;
  /** A monthly postpaid provider: a billing, reset or counting period is not an expiry. */
  monthly?: boolean;
}

/** A label of the sum of the figures ("データ残量 合計", "Total remaining"). */
const SUM_LABEL = /合計|合计|總計|总计|total|sum/i;

/** On a monthly plan these dates are the month's cycle, not an end (請求期間, 集計期間, 次回リセット). */
const CYCLE = /期間|集計|締|周期|週期|period|cycle|billing/i;

/**
 * "Nov 28, 2026 00:12 – Dec 7, 2026 23:59": a period from one date to another under four weeks
 * apart, a prepaid plan's term, not a month of a monthly bill.
 */
function shortPeriod(value: string, ctx: ReadContext): boolean {
  // ("2026年12月1日〜2026年12月31日（12月2日 6:00時点）": a note in brackets is no end.)
  const ends = value.replace(/[（(][^()（）]*[)）]/g, ' ').trim().split(/\s*[–—~〜～]\s*|\s+-\s+|\s+to\s+/i);
  if (ends.length !== 2) return false;
  const [from, to] = ends.map((end) => parseDate(end, ctx));
  return Boolean(from && to && !from.relative && !to.relative && to.at > from.at && to.at - from.at < 27 * DAY_MS);
}

/** On a monthly plan, a date of the month's cycle: a reset, or a period of use or billing a month long. */
const monthOfCycle = (p: Pair, ctx: ReadContext) => ctx.monthly === true && (p.kind === 'renews' || (CYCLE.test(p.label) && !shortPeriod(p.value, ctx)));

export type BlockResult = { kind: 'reading'; reading: ExtractedReading; notes: string[] } | { kind: 'ended' } | { kind: 'none'; notes: string[] };

const WEAK_REMAINING = /利用可能|available/i;
/** "利用可能データ量" may be the allowance; "ご利用可能な残りデータ量" says it is what is left. */
const weak = (label: string) => WEAK_REMAINING.test(label) && !/残|剩|left|remaining/i.test(label);
const PLAN_WORD =
  /プラン|コース|パック|plan|package|goodybag|bundle|esim|套餐|方案|資費|资费|データ追加|使い放題|\d+\s*(?:[GM]B|ギガ|days?|日間|天|小[时時]|時間|hours?)|(?<![月/.\d-]\s?)\d{1,3}\s*日(?![本\d])/i;
/** The SIM's / number's own validity, not a plan's or a package's: SIM有効期限, 号码有效期, Service End Date. */
const LINE_VALID =
  /SIM.{0,6}(?:有効期限|有効期間|利用期限|有效期|有效期限|到期|valid|validity|expir)|(?:号码|號碼|号碼|門號|门号|番号|回線|卡片?|number|line)\s*(?:の)?(?:有效期|有効期限|有効期間|利用期限|使用期限|到期|valid|validity|expir)|service end|\bnumber is (?:safe|kept|active) until|服務結束|服务结束|服[务務]截止|サービス終了日|保号期|保號期/i;
/** A SIM's type or network, not its plan: "デュアルタイプ（Dプラン）", "シングルタイプ", "音声SIM". */
const SIM_KIND = /^(?:(?:デュアル|シングル|トリプル)タイプ|[ADS]プラン|音声(?:通話)?(?:SIM|eSIM)|データ(?:専用)?(?:SIM|eSIM)|SMS付き?(?:SIM|データSIM))(?:\s*[(（][^()（）]*[)）])?$/;

/** The number's own validity (kept by using it), not the service's end. */
const NUMBER_VALID = /\bnumber\b|号码|號碼|門號|门号|番号|保号|保號/i;
/** Words that make an allowance free or promotional data. */
const BONUS = /ボーナス|特典|プレゼント|ギフト|無料|赠送|贈送|赠品|贈品|礼物|禮物|免费|免費|bonus|gift|free|promo/i;
/** A remaining label that names its bucket ("繰越データ", "追加データ残量") rather than the line's total. */
const BUCKET_WORD = /繰越|繰り越し|くりこし|\d{1,2}月分|当月|基本|基础|基礎|追加|有料|チャージ|ボーナス|トッピング|クーポン|パケット|bonus|carry|top-?up|coupon|add-?on|赠送|贈送|加购|加購|结转|結轉/i;
/** A size label that is also a kind of allowance's name: the package's own data (套餐流量, 基础流量). */
const PACKAGE_DATA = /^(?:(?:基础|基礎|月度|本月)(?:套餐)?|套餐[内內]?)(?:流量|數據|数据)(?:\s*[(（][^()（）]*[)）])?$/;

/** "Unlimited minutes and texts" / 通話かけ放題 are not unlimited data. */
const NOT_DATA = /unlimited\s+(?:[a-z]+\s+){0,2}(?:minutes|calls|texts|talk|voice|sms)|(?:minutes|calls|texts|talk|voice|sms)\s*[:：]\s*unlimited|かけ放題|通話|短信|簡訊|calls? (?:and|&) texts|minutes (?:and|&) texts/i;

interface Amounts {
  remaining: number | null;
  total: number | null;
  used: number | null;
  unlimited: boolean;
  relative: string | null;
  /** "利用可能" figures read as the allowance (a total), not as what is left: no bucket's either. */
  allowances: Pair[];
}

function readAmounts(pairs: readonly Pair[], decimal: boolean): Amounts {
  const out: Amounts = { remaining: null, total: null, used: null, unlimited: false, relative: null, allowances: [] };
  const remainders: Array<{ label: string; mb: number; total: number | null; el: Element }> = [];
  // "剩餘流量 | 高速剩餘 9.5GB / 15GB": the column's pair and the inline one read one figure twice.
  // (So do a totals row's own label and its column's header: "ご利用可能な残容量 合計 | — | 12,020MB" under 残容量.)
  const sameSpot = (a: Element, b: Element) =>
    a.contains(b) || b.contains(a) || (a.closest('td,dd,li') ?? a) === (b.closest('td,dd,li') ?? b) || (a.closest('tr') ?? a) === (b.closest('tr') ?? b);
  // "利用可能データ量" is what is left when alone, the allowance beside a "残り…" label.
  const strongs = pairs.filter((p) => p.kind === 'remaining' && !weak(p.label)).map((p) => leftIn(p, decimal));
  const strong = strongs.length > 0;
  // ("ご利用可能なデータ量（合計）" is the sum of what is left, not the allowance, when it says so
  // ("…データ残量（合計）") or is: the figure of a "残量" headline, or the sum of the "残りデータ量" beside it. "今月利用可能なデータ量（合計）
  // 25.12GB" over "今月のデータ残量 15.37GB" is the month's allowance.)
  const leftInAll = (p: Pair) => {
    const mb = leftIn(p, decimal);
    const known = strongs.filter((v): v is number => v !== null);
    return mb !== null && (known.some((v) => Math.abs(v - mb) < 0.01) || Math.abs(known.reduce((a, v) => a + v, 0) - mb) < 0.01);
  };
  for (const p of pairs) {
    if (p.kind === 'remaining' && strong && weak(p.label) && !(SUM_LABEL.test(p.label) && leftInAll(p))) {
      out.total ??= parseAmount(p.value, decimal);
      out.allowances.push(p);
      continue;
    }
    if (p.kind === 'remaining' || p.kind === 'total') {
      if (UNLIMITED.test(p.value) && findAmounts(p.value, decimal).length === 0) out.unlimited = true;
      // ("データ容量 | 無制限 テザリング等は月60GBまで": no cap; the figure after it is a note's limit.)
      if (/^\s*(?:データ)?(?:無制限|使い放題|unlimited|无限|無限|不限量|吃到飽|吃到饱)/i.test(p.value)) {
        out.unlimited = true;
        continue;
      }
    }
    if (p.kind === 'remaining') {
      const pair = parsePair(p.value, decimal);
      const mb = pair?.a ?? parseAmount(p.value, decimal);
      if (mb !== null && !remainders.some((r) => r.mb === mb && (r.label === p.label || sameSpot(r.el, p.el)))) {
        remainders.push({ label: p.label, mb, total: pair?.b ?? null, el: p.el });
      } else if (/^\d+\s*(?:日|天|days?|時間|小时|小時|hours?)/i.test(p.value)) out.relative = `残り${p.value}`;
      // ("剩餘 17<small>小時</small>42<small>分</small>": the count with its units in small print is its element's whole text.)
      else if (/^\d+$/.test(p.value.trim()) && WHOLE_COUNTDOWN.test(textOf(p.el))) out.relative = textOf(p.el);
    } else if (p.kind === 'used' && out.used === null) {
      const pair = parsePair(p.value, decimal);
      out.used = pair?.a ?? parseAmount(p.value, decimal);
      if (pair && out.total === null) out.total = pair.b;
    } else if (p.kind === 'total' && out.total === null && !oneOfSeveral(p)) {
      // "套餐流量 | 21.3GB / 50GB": the total is the second figure (the first is what is left or used).
      const pair = parsePair(p.value, decimal);
      out.total = pair && pair.b >= pair.a ? pair.b : parseAmount(p.value, decimal);
      // "付与量 3.00GB" in one package's box and "付与量 2.00GB" in the next: one label repeated over
      // parts is each part's size, and the line's is their sum.
      const sizes = pairs.filter((q) => q.kind === 'total' && q.label === p.label);
      // (Only where no part goes without one: three parts and two sizes leave the whole unknown.)
      const parts = pairs.filter((q) => q.kind === 'remaining').length;
      if (out.total !== null && sizes.length >= 2 && parts <= sizes.length && sizes.every((q, i) => sizes.every((o, j) => i === j || !sameSpot(q.el, o.el)))) {
        const each = sizes.map((q) => parseAmount(q.value, decimal));
        if (each.every((x) => x !== null)) out.total = round(each.reduce((sum: number, x) => sum + (x ?? 0), 0));
      }
    }
  }
  if (remainders.length > 0) {
    // The total is the sum of the buckets' totals when every bucket states one.
    if (remainders.every((r) => r.total !== null)) {
      out.total = round(remainders.reduce((sum, r) => sum + (r.total ?? 0), 0));
    }
    // ("<b>14.6GB</b> of 20GB data left" over "<strong>14.6GB</strong>data left": one figure shown
    // twice, its whole stated once, is the whole.)
    const wholes = new Set(remainders.filter((r) => /\b(?:of|out of)\b.*\b(?:left|remaining)\b/i.test(r.label)).map((r) => r.total).filter((t) => t !== null));
    // (Stated in words, "of 20GB data left": a part's row, "残り / 付与量 | 1.08GB / 4.00GB", is that part's whole.)
    const one = remainders[0]?.mb ?? 0;
    if (out.total === null && remainders.length >= 2 && remainders.every((r) => Math.abs(r.mb - one) < 0.01) && wholes.size === 1) {
      out.total = [...wholes][0] ?? null;
    }
    // A headline or a "合計" line that equals the sum of the other figures is not one more bucket.
    const all = remainders.reduce((sum, r) => sum + r.mb, 0);
    const sums = remainders.length >= 2 ? remainders.filter((r) => Math.abs(r.mb - (all - r.mb)) < 0.01) : [];
    const sumLine = sums.find((r) => SUM_LABEL.test(r.label)) ?? sums[0];
    const twice = sumLine ? undefined : sumShownTwice(remainders.map((r) => r.mb));
    out.remaining = sumLine ? sumLine.mb : (twice ?? round(all));
  }
  return out;
}

/**
 * A headline shown more than once ("残り 4.55GB" in a ring, "データ残量 4.55GB" beside it) over
 * figures that add up to it: that sum, or undefined. Each copy is the sum, not one more bucket.
 */
function sumShownTwice(figures: readonly number[]): number | undefined {
  const all = figures.reduce((sum, x) => sum + x, 0);
  return figures.find((x) => {
    const copies = figures.filter((y) => Math.abs(y - x) < 0.01).length;
    return copies >= 2 && figures.length > copies && Math.abs(all - (copies + 1) * x) < 0.01;
  });
}

/** What a remaining pair says is left (its first amount), or null. */
function leftIn(p: Pair, decimal: boolean): number | null {
  return parsePair(p.value, decimal)?.a ?? parseAmount(p.value, decimal);
}

/**
 * True when the expiry belongs to a bucket that holds nothing: the nearest ancestor holding a
 * remaining figure holds exactly one, and it is zero. Such a bucket does not keep the line alive.
 */
function emptyBucket(p: Pair, pairs: readonly Pair[], block: Element, decimal: boolean): boolean {
  let up = 0;
  for (let cur: Element | null = p.el; cur && block.contains(cur); cur = cur.parentElement, up += 1) {
    const here = pairs.filter((q) => q.kind === 'remaining' && cur.contains(q.el));
    if (here.length === 1) return leftIn(here[0] as Pair, decimal) === 0;
    if (here.length > 1 || cur === block) return false;
    // A package box of its own (no other date in it) whose unlabelled figure or status says it is
    // used up: "0MB / 1GB", "（已用完）". A box is a few levels around its date at most.
    if (up >= 6) continue;
    if (pairs.some((q) => q !== p && (q.kind === 'expiry' || q.kind === 'renews') && cur.contains(q.el))) return false;
    if (USED_UP.test(cur.textContent ?? '')) return true;
    // ("くりこしデータ 0.00GB | 有効期限 2026年12月31日": every figure in the box, unlabelled, is zero.)
    const figures = findAmounts(cur.textContent ?? '', decimal);
    if (figures.length > 0 && figures.every((f) => f.mb === 0)) return true;
  }
  return false;
}

/** A package's own words or figure for "nothing left". */
const USED_UP = /已用完|已用盡|已用尽|使い切り|使い切った|used up|(?<![\d.,])0(?:\.0+)?\s*(?:KB|MB|GB)\s*[/／]/i;

/** "1.36GB（2026年11月末まで）": bucket expiries written inside a remaining value. */
function bucketDates(p: Pair, ctx: ReadContext): number[] {
  const amounts = findAmounts(p.value, ctx.decimal);
  const out: number[] = [];
  amounts.forEach((a, i) => {
    const slice = p.value.slice(a.end, amounts[i + 1]?.start ?? p.value.length);
    if (a.mb === 0 || !/まで|迄|until|expires|有効期限|到期|有效期/i.test(slice)) return;
    const parsed = parseDate(slice, ctx);
    if (parsed && !parsed.relative) out.push(parsed.at);
  });
  return out;
}

/**
 * "套餐流量：10GB，剩余 <em>4.2GB</em>，… ｜ 加油包：3GB，剩余 <em>3GB</em>，…": the size of one of
 * several allowances written on one line, each with what is left of it, is not the line's total.
 */
function oneOfSeveral(p: Pair): boolean {
  if (!/[,，、]\s*(?:剩余|剩餘|残り|left|remaining)\s*$/i.test(p.value)) return false;
  const line = p.el.parentElement ?? p.el;
  return ((line.textContent ?? '').match(/剩余|剩餘|残り|\bleft\b|\bremaining\b/gi) ?? []).length >= 2;
}

type Instant = { at: number; zone: DateContext['zone'] };

/** 23:59:59 on its day in `zone`: what a date alone means. */
function endOfDay(at: number, zone: NonNullable<DateContext['zone']>): boolean {
  const { h, mi } = wallClock(at, zone);
  return h === 23 && mi === 59;
}

/**
 * The instant an expiry or renewal pair names: a stated date (the day before, for "renews on"),
 * or with `relative` a countdown ("残り 3 日間"). Null when it names none.
 */
function pairInstant(p: Pair, ctx: ReadContext, relative: boolean): Instant | null {
  const parsed = parseDate(ownDate(p.value, ctx), ctx) ?? (relative ? parseRelative(`${p.label} ${p.value}`, ctx) : null);
  if (!parsed || (!relative && parsed.relative)) return null;
  const zone = parsed.zone ?? ctx.zone;
  return { at: p.kind === 'renews' ? dayBefore(parsed, zone) : parsed.at, zone };
}

/**
 * "2026-12-27 18:42 · 订购于 2026-11-27 18:42": a date, then another field with a date of its own
 * after a separator. The value's own date is the first part (the last date of a value is its end
 * only within one field: "2026/11/01〜2026/12/31").
 */
function ownDate(value: string, ctx: DateContext): string {
  // ("2027/05/31 最近一次儲值:2026/12/02": or another field's label and colon, then its date.)
  const m = /\s*[·・|｜]\s*(?=[^\d\s·・|｜][^·・|｜]*\d)/.exec(value) ?? /\s+(?=[^\d\s:：]{2,12}[:：]\s*\d)/.exec(value);
  if (!m) return value;
  const head = value.slice(0, m.index);
  const rest = value.slice(m.index + m[0].length);
  if (!/\d/.test(head) || !/^[^\d]{1,12}\d/.test(rest)) return value;
  // (The other field holds a date as the date reader reads one, not a figure: "· 剩余 3 天" is no field of its own.)
  const other = parseDate(rest, ctx);
  return other !== null && !other.relative ? head : value;
}

const DATA_KINDS = new Set(['remaining', 'used', 'total']);

/** The largest element around `el` below `block` such that every step up `fits`. */
function grow(el: Element, block: Element, fits: (box: Element) => boolean): Element {
  let box = el;
  for (let cur = el.parentElement; cur && cur !== block && block.contains(cur) && fits(cur); cur = cur.parentElement) box = cur;
  return box;
}

/** How many of the pairs sit inside `el`. */
const holding = (pairs: readonly Pair[], el: Element) => pairs.filter((p) => el.contains(p.el)).length;

/**
 * Expiries that stand with the line's number and away from every data figure ("儲值卡號碼 …
 * 有效期至 …" in one box, a data pass with its own 到期時間 in another): the SIM's validity, when
 * another expiry sits with the data.
 */
function standingWithLine(pairs: readonly Pair[], block: Block): Pair[] {
  const line = block.line;
  if (!line) return [];
  const data = pairs.filter((p) => DATA_KINDS.has(p.kind));
  // (Not a term: "有効期間 | 7日間" in a price list is no other expiry.)
  const expiries = pairs.filter((p) => p.kind === 'expiry' && !/^\d+\s*(?:日間|days?|天|ヶ?月間?|か月間?|个月|個月)$/i.test(p.value.trim()));
  // ("データ有効期限 | 2026.12.20 15:00まで" beside the SIM's number is the data's end, not the SIM's.)
  const apart = expiries.filter((p) => {
    if (/データ|data|流量|數據|数据/i.test(p.label)) return false;
    const box = grow(p.el, block.el, (cur) => holding(data, cur) === 0);
    return holding(data, box) === 0 && (box.textContent ?? '').includes(line);
  });
  return apart.length < expiries.length && data.length > 0 ? apart : [];
}

function readExpiry(
  pairs: readonly Pair[],
  block: Element,
  ctx: ReadContext,
  relative: string | null,
  ownLine: readonly Pair[] = [],
): { at: number | null; allPast: boolean; zone: DateContext['zone']; tooFar?: boolean } {
  const found: Array<{ at: number; zone: DateContext['zone'] }> = [];
  let outOfRange: { at: number; zone: DateContext['zone'] } | null = null;
  // The SIM's own validity is the expiry only where the page states no other (lineValidity).
  pairs = pairs.filter((p) => !monthOfCycle(p, ctx));
  // "Renews on D" is the end only where no end is stated: beside "Service End Date" it is a reset.
  // (Beside the number's own validity, "Your number is safe until …", it still ends the data.)
  if (pairs.some((p) => p.kind === 'expiry' && !NUMBER_VALID.test(p.label))) pairs = pairs.filter((p) => p.kind !== 'renews');
  // ("号码有效期至 2027-05-31 | 剩余天数 180天": a count of days to the number's own end is the number's.)
  const lineDays = pairs.filter((p) => p.kind === 'expiry' && LINE_VALID.test(p.label)).map((p) => pairInstant(p, ctx, false)?.at);
  const countsToLine = (p: Pair) =>
    // (Both end that day: a date alone and a count of days each mean its last second.)
    lineDays.length > 0 && pairInstant(p, ctx, false) === null && lineDays.includes(pairInstant(p, ctx, true)?.at);
  const dataPairs = pairs.filter((p) => (p.kind === 'expiry' || p.kind === 'renews') && !LINE_VALID.test(p.label) && !ownLine.includes(p) && !countsToLine(p));
  // A countdown of the data ("剩余 2小时15分") goes before the card's own validity.
  const counts: Array<{ at: number; zone: DateContext['zone'] }> = [];
  for (const p of dataPairs.length > 0 || relative ? dataPairs : pairs) {
    if (p.kind !== 'expiry' && p.kind !== 'renews') continue;
    const named = pairInstant(p, ctx, true);
    if (!named) continue;
    const { at, zone } = named;
    if (emptyBucket(p, pairs, block, ctx.decimal) && pairs.some((q) => q !== p && q.kind === 'expiry')) continue;
    if (at < MIN_EXPIRY) outOfRange = { at, zone };
    else if (pairInstant(p, ctx, false) === null) counts.push({ at, zone });
    else found.push({ at, zone });
  }
  // ("Expires 14 Dec 2026, 18:30 (UTC+09:00)" with a chip "Expires in 12 days": the count names the
  // day the stated time already says, to the minute. A count goes only where no stated time of day
  // falls on its day.)
  const dayOf = (f: { at: number; zone: DateContext['zone'] }) => {
    const d = dateIn(f.at, f.zone ?? ctx.zone);
    return `${d.y}-${d.m}-${d.d}`;
  };
  const timed = found.filter((f) => !endOfDay(f.at, f.zone ?? ctx.zone)).map(dayOf);
  for (const c of counts) if (!timed.includes(dayOf(c))) found.push(c);
  if (found.length === 0) {
    for (const p of pairs) if (p.kind === 'remaining') for (const at of bucketDates(p, ctx)) found.push({ at, zone: ctx.zone });
  }
  if (found.length === 0 && outOfRange) return { at: outOfRange.at, allPast: false, zone: outOfRange.zone };
  if (found.length === 0 && relative) {
    const parsed = parseRelative(relative, ctx);
    if (parsed) found.push({ at: parsed.at, zone: ctx.zone });
  }
  const current = found.filter((f) => f.at >= ctx.now);
  // ("9999年12月31日" on one allowance beside real dates: a placeholder, not the latest end.)
  const near = current.filter((f) => f.at <= ctx.now + MAX_EXPIRY_YEARS * YEAR_MS);
  const best = (near.length > 0 ? near : current).sort((a, b) => b.at - a.at)[0];
  return { at: best?.at ?? null, allPast: found.length > 0 && current.length === 0, zone: best?.zone ?? ctx.zone, tooFar: near.length > 0 && near.length < current.length };
}

/** When the page says the SIM / number stays usable until: the latest current such date. */
function lineValidity(pairs: readonly Pair[], ctx: ReadContext, ownLine: readonly Pair[], notes: string[]): string | null {
  let best: { at: number; zone: DateContext['zone'] } | null = null;
  for (const p of pairs) {
    if (p.kind !== 'expiry' || !(LINE_VALID.test(p.label) || ownLine.includes(p))) continue;
    // ("ご利用期間 | 2026年12月1日～2026年12月31日" beside the number of a monthly plan: the month, not the SIM's end.)
    if (ctx.monthly === true && CYCLE.test(p.label) && !LINE_VALID.test(p.label)) continue;
    const parsed = parseDate(ownDate(p.value, ctx), ctx);
    if (!parsed || parsed.relative) continue;
    if (parsed.at > ctx.now + MAX_EXPIRY_YEARS * YEAR_MS) {
      notes.push(`the SIM's validity (${p.label}) is more than ${MAX_EXPIRY_YEARS} years ahead: dropped`);
      continue;
    }
    if (parsed.at < ctx.now) continue;
    if (!best || parsed.at > best.at) best = { at: parsed.at, zone: parsed.zone ?? ctx.zone };
  }
  return best ? toIso(best.at, best.zone) : null;
}

/** The largest element around `p` inside the block that holds no other remaining figure: its bucket. */
function bucketBox(p: Pair, others: readonly Pair[], block: Element): Element {
  return grow(p.el, block, (cur) => !others.some((q) => q !== p && q.el !== p.el && cur.contains(q.el)));
}

/** A word for a kind of allowance, alone: トッピング, ボーナス, Bonus, 赠送. */
const KIND_WORD = /^(?:データ)?(?:トッピング|ボーナス|クーポン|チャージ|追加|繰越|プレゼント|特典|無料|bonus|gift|free|top-?up|add-?on|coupon|赠送|贈送|免费|免費|加购|加購)$|^(?:your|my|current) (?:goodybag|plan|package|bundle)$/i;

/** A short title line: words (digits allowed), no figure of its own kind, not a label. */
function titleText(el: Element): string | null {
  const text = stripLead((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  if (text.length < 2 || text.length > 60 || classify(text) || ENDED.test(text) || /[:：]/.test(text)) return null;
  // A name says what it holds ("日本 8日 5GB 數據漫遊包", "繰越分"); a section heading ("データ") does not.
  if (!PLAN_WORD.test(text) && !BUCKET_WORD.test(text) && !BONUS.test(text)) return null;
  if (!/[a-zA-Z\u3040-\u9fff]{2}/.test(text) || el.querySelector('a,button,input,select')) return null;
  return text;
}

/**
 * Buckets laid out flat, one after another in one box ("<p>日本 8日 5GB 數據漫遊包</p><div>剩餘數據
 * 3.2GB / 5GB</div><div>到期時間 …</div><p>本地數據 1GB</p><div>…</div>"): each bucket's part runs from
 * the title just before its figure to the next bucket's title. Null unless every figure's box is a
 * child of one element.
 */
function flatRuns(boxes: readonly Element[]): Array<{ els: Element[]; title: string | null; grid?: boolean }> | null {
  const parent = boxes[0]?.parentElement;
  if (!parent || boxes.some((b) => b.parentElement !== parent)) return null;
  // A flat ARIA grid's cells: each bucket's part is its row.
  const grid = flatGridOf(boxes[0] as Element);
  if (grid && boxes.every((b) => grid.rows.some((r) => r.cells.includes(b)))) {
    return boxes.map((b) => ({ els: grid.rows.find((r) => r.cells.includes(b))?.cells ?? [b], title: null, grid: true }));
  }
  const kids = Array.from(parent.children);
  const starts = boxes.map((b) => {
    const before = b.previousElementSibling;
    return before && !boxes.includes(before) && titleText(before) !== null ? before : b;
  });
  return boxes.map((_, i) => {
    const from = kids.indexOf(starts[i] as Element);
    const next = starts[i + 1];
    const to = next ? kids.indexOf(next) : kids.length;
    const start = starts[i] as Element;
    return { els: kids.slice(from, to), title: start !== boxes[i] ? titleText(start) : null };
  });
}

/** A bucket's name: a title inside its box before its figure, or a remaining label that names it. */
/** Column headers of a package's name, and of its kind or source. */
const NAME_HEAD = /名稱|名称|name|流量包|パック|パッケージ|内訳|項目|项目|package|bundle/i;
const TYPE_HEAD = /類型|类型|類別|类别|type|種別|種類|区分|區分|來源|来源|kind|category/i;

/** The header text over a table cell's column, and every column's, or null (no table, no header row). */
function columnHead(el: Element): { own: string; all: string[] } | null {
  const flat = flatGridOf(el);
  if (flat) {
    const all = (flat.rows[0]?.cells ?? []).map((c) => c.textContent?.trim() ?? '');
    return flat.tr.el === flat.rows[0]?.el ? null : { own: all[flat.tr.cells.indexOf(flat.cell)] ?? '', all };
  }
  const grid = tableOf(el);
  const table = grid?.cell.closest('table');
  if (!grid || !table) return null;
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  // (A header row in <thead> may be drawn with <td>s: "<thead><tr><th>種別</th><td>残りデータ量</td>".)
  if (!head || head === grid.tr.el || (head.parentElement?.tagName.toUpperCase() !== 'THEAD' && Array.from(head.children).some((c) => c.tagName.toUpperCase() !== 'TH'))) return null;
  const all = Array.from(head.children, (c) => c.textContent?.trim() ?? '');
  return { own: all[grid.tr.cells.indexOf(grid.cell)] ?? '', all };
}

function bucketName(p: Pair, box: Element, segs: readonly Segment[], within: (el: Element) => boolean = (el) => box.contains(el)): string | null {
  let generic: string | null = null;
  for (const seg of segs) {
    if (!within(seg.el) || seg.el === p.el || seg.el.contains(p.el)) continue;
    // "/ 5GB" after the figure: a piece of its own value, not a name.
    if (p.value.includes(seg.text)) continue;
    const text = stripLead(seg.text);
    // "（翌月末までくりこし可能）": a note in brackets speaks of something else; it names nothing.
    if (/^[(（][^()（）]*[)）]$/.test(text)) continue;
    // "種類 | 残量 | 有効期限" over "月間データ容量 | 21.40GB / 35GB": the cell under a column of
    // names or kinds names its row, even in words a label uses.
    const head = columnHead(seg.el);
    const namesRow = head?.own && (NAME_HEAD.test(head.own) || (TYPE_HEAD.test(head.own) && !head.all.some((h) => NAME_HEAD.test(h))));
    if (namesRow && text.length >= 2 && text.length <= 60 && !ENDED.test(text) && /[a-zA-Z\u3040-\u9fff]{2}/.test(text)) {
      // "<td><span class=tag>贈送</span>本地數據 2GB</td>": a kind's tag opens the name, it is not all of it.
      const holder = seg.el.closest('td,th,[role=cell],[role=gridcell]');
      const cell = KIND_WORD.test(text) ? norm(holder?.textContent ?? '') : '';
      if (cell.startsWith(text) && cell.length > text.length && cell.length <= 60) return cell;
      // ("<td><span class=kind>主方案</span>日本 7天 10GB</td>": a badge before the name is no part of it.)
      const rest = holder && holder !== seg.el && /kind|tag|badge|pill|label|chip/i.test(seg.el.getAttribute('class') ?? '') ? norm(holder.textContent ?? '').slice(text.length).trim() : '';
      return holder && norm(holder.textContent ?? '').startsWith(text) && rest.length >= 2 && rest.length <= 60 ? rest : stripLead(seg.raw);
    }
    // ("<td rowspan=2>irumo（6GB）</td>" beside "月間データ量" and "1GB追加オプション": a cell that spans
    // several allowances' rows is the line's, the name of none of them.)
    if (Number(seg.el.closest('td,th')?.getAttribute('rowspan') ?? 1) > 1) continue;
    // "<h3>月間データ容量</h3>", "<h4>套餐流量</h4>": the box's own heading names it, even in the
    // words of a size label (not of what is left or when it ends).
    const heading = seg.el.closest('h2,h3,h4,h5,h6');
    const kind = classify(text);
    if (heading && box.contains(heading) && !/\d/.test(text) && text.length <= 20 && (kind === 'total' || kind === 'plan') && !ENDED.test(text)) {
      return stripLead(seg.raw);
    }
    // ("<h3>今月のデータ</h3><p>トクトクプラン2 月間データ容量</p>": the box's heading, its first text, names it
    // before the note under it.)
    if (heading && box.contains(heading) && kind === null && segs.find((s) => within(s.el)) === seg && !/\d/.test(text) && text.length >= 2 && text.length <= 20 && !ENDED.test(text) && /[a-zA-Z\u3040-\u9fff]{2}/.test(text)) {
      return stripLead(seg.raw);
    }
    // "套餐流量 | 剩余 31.26GB / 总量 50GB" beside "赠送流量 | …": the row's label names its allowance.
    // ("<div class=pk-hd><span>套餐内流量</span><span>生效中</span></div><div>剩余 7.15GB / 共 10GB</div>": or heads its box.)
    if (kind === 'total' && PACKAGE_DATA.test(text) && ((seg.el.parentElement?.contains(p.el) ?? false) || segs.find((s) => within(s.el)) === seg)) return stripLead(seg.raw);
    if (text.length < 2 || text.length > 60 || kind || ENDED.test(text)) continue;
    // "キャンペーン特典として無料でプレゼントしました": a sentence (a note's) is no name.
    if (SENTENCE_NAME.test(text)) continue;
    if (!/[a-zA-Z\u3040-\u9fff]{2}/.test(text) || /^[\d\s./:年月日-]+$/.test(text)) continue;
    // "毎月1日に4GBを付与": how the allowance recurs, not its name.
    if (/毎月|每月|every month|monthly on/i.test(text)) continue;
    // "23.61GB / 50GB": a figure is no name.
    if (/^[\d\s.,/]*(?:[KMGT]i?B|ギガ)?(?:\s*\/\s*[\d.,]+\s*(?:[KMGT]i?B|ギガ))?$/i.test(text)) continue;
    if (seg.el.closest('a,button,option,label')) continue;
    // Embedded state names its allowances by key (utils/extract/json.ts marks them).
    if (seg.el.closest('[data-name]') && box.contains(seg.el.closest('[data-name]'))) return stripLead(seg.raw);
    // "ご契約プランのデータ量 | 4.00GB" above the bucket's figure: another figure's label, not a title.
    const row = seg.el.closest('tr') ?? seg.el.closest('dt')?.nextElementSibling;
    if (row && !row.contains(p.el) && /\d/.test(row.textContent ?? '')) continue;
    // A table row's cells say what they are by their column's header: "流量包 | 类型 | …" names
    // the package in its first cell, the kind in the next ("月卡基础流量 | 基础套餐").
    if (head?.own && NAME_HEAD.test(head.own)) return stripLead(seg.raw);
    // "類別 | 服務名稱": where another column names the package, the kind's column does not.
    // ("回線番号 | プラン | パッケージ | 残り": where a column names the package, no other does.)
    if (head?.own && !NAME_HEAD.test(head.own) && head.all.some((h) => NAME_HEAD.test(h))) continue;
    if (!PLAN_WORD.test(text) && !BUCKET_WORD.test(text) && !BONUS.test(text)) continue;
    // "トッピング" over "データ追加20GB(30日間)": a kind's word is the name only where nothing names it.
    if (KIND_WORD.test(text)) {
      generic ??= stripLead(seg.raw);
      continue;
    }
    return stripLead(seg.raw);
  }
  if (generic) return generic;
  // "<p>繰越</p><table>…残量 1.52GB</table>": a caption right before the bucket's box names it.
  // (A row of a label and its value before the box, "status | ACTIVE", is no caption.)
  const before = box.previousElementSibling;
  const caption = before && before.children.length <= 1 ? stripLead(before.textContent?.replace(/\s+/g, ' ') ?? '') : '';
  // ("<dt>当月データ容量</dt><dd>残り 35.00GB / 35.00GB</dd>": a size label naming a kind of allowance captions it too.)
  const sizeCaption = classify(caption) === 'total' && BUCKET_WORD.test(caption) && /^(?:DT|TH)$/i.test(before?.tagName ?? '');
  if (caption.length >= 2 && caption.length <= 20 && !/\d/.test(caption) && (!classify(caption) || sizeCaption) && !ENDED.test(caption)) return caption;
  return BUCKET_WORD.test(p.label) || BONUS.test(p.label) ? p.label : null;
}

/** A name's bracket that says which figures follow it: "（残り / 容量）", "(remaining / total)". */
const FIGURE_WORD = '(?:残り|残量|残容量|容量|総量|購入量|使用量|利用量|合計|上限|remaining|left|total|used)';
const FIGURES_NOTE = new RegExp(`\\s*[（(]${FIGURE_WORD}(?:\\s*[/／]\\s*${FIGURE_WORD})+[)）]$`, 'i');

/**
 * Every separately-expiring allowance of the line: one per remaining figure in a box of its own,
 * with the expiry and total stated in that box. [] when the line shows one undivided amount, or
 * a headline that the figures below add up to.
 */
function readBuckets(pairs: readonly Pair[], segs: readonly Segment[], block: Element, ctx: ReadContext): ExtractedBucket[] {
  const strong = pairs.some((p) => p.kind === 'remaining' && !weak(p.label));
  let figures = pairs.filter(
    (p) => p.kind === 'remaining' && !(strong && weak(p.label) && !SUM_LABEL.test(p.label)) && leftIn(p, ctx.decimal) !== null,
  );
  // "残量 5.1GB" in a package's head and "残量 | 5.1GB" in its table: one figure shown twice, where
  // the smallest box holding both holds no other figure.
  const once = (p: Pair, i: number, all: readonly Pair[]) =>
    !all.slice(0, i).some((q) => {
      if (leftIn(q, ctx.decimal) !== leftIn(p, ctx.decimal)) return false;
      let common: Element | null = q.el;
      while (common && !common.contains(p.el)) common = common.parentElement;
      return common !== null && block.contains(common) && all.every((r) => !common?.contains(r.el) || leftIn(r, ctx.decimal) === leftIn(p, ctx.decimal));
    });
  figures = figures.filter(once);
  if (figures.length < 2) return [];
  const all = figures.reduce((sum, p) => sum + (leftIn(p, ctx.decimal) ?? 0), 0);
  // The figure that is the others' sum; a 合計 / total line first where two could be ("0GB + 1.26GB | 合計 1.26GB").
  // (A 合計 line may round: "目前可用流量合計 6.99 GB" over 3.5 + 3 + 0.5 GB.)
  const sums = figures.filter((p) => {
    const x = leftIn(p, ctx.decimal) ?? 0;
    const gap = Math.abs(x - (all - x));
    return gap < 0.01 || (SUM_LABEL.test(p.label) && gap <= Math.max(x * 0.01, 16));
  });
  const sumLine = sums.find((p) => SUM_LABEL.test(p.label)) ?? sums[0];
  const left = (p: Pair) => leftIn(p, ctx.decimal) ?? 0;
  const twice = sumLine ? undefined : sumShownTwice(figures.map(left));
  const own = figures.filter((p) => p !== sumLine && !(twice !== undefined && Math.abs(left(p) - twice) < 0.01));
  if (own.length < 2) return [];
  const boxes = own.map((p) => bucketBox(p, own, block));
  // Flat only when no figure's own box holds a date: boxes with their dates are buckets already.
  const dated = (box: Element) => pairs.some((q) => (q.kind === 'expiry' || q.kind === 'renews') && box.contains(q.el));
  const runs = boxes.some(dated) ? null : flatRuns(boxes);
  const listed = own.map((p, i) => {
    const box = boxes[i] as Element;
    const run = runs?.[i];
    const inPart = (el: Element) => (run ? run.els.some((e) => e.contains(el)) : box.contains(el));
    const pair = parsePair(p.value, ctx.decimal);
    const totalPair = pairs.find((q) => q.kind === 'total' && inPart(q.el));
    const expiries = pairs
      // (On a monthly plan a bucket's renewal, "次回更新日", is the month's cycle: no end of its data.)
      // ("当月データ容量 … ご利用期間 12月1日〜12月31日": nor does its month of use.)
      .filter((q) => (q.kind === 'expiry' || q.kind === 'renews') && !monthOfCycle(q, ctx) && inPart(q.el) && !LINE_VALID.test(q.label))
      // (A countdown to the minute, "残り 5時間30分", ends its bucket; a term, "24時間", does not.)
      .map((q) => pairInstant(q, ctx, COUNTDOWN.test(q.value)))
      .filter((x): x is Instant => x !== null && x.at >= MIN_EXPIRY);
    const inline = bucketDates(p, ctx);
    const expiry = expiries[0] ?? (inline[0] !== undefined ? { at: inline[0], zone: ctx.zone } : null);
    const boxText = run ? run.els.map((e) => e.textContent ?? '').join(' ') : (box.textContent ?? '');
    // The same ranges as the line's figures: what cannot be right is dropped, not guessed.
    const sane = (v: number | null) => (v !== null && Number.isFinite(v) && v >= 0 && v <= MAX_MB ? v : null);
    const total = sane(pair?.b ?? (totalPair ? parseAmount(totalPair.value, ctx.decimal) : sizeRow(segs, inPart, p.el, ctx)));
    const left = sane(leftIn(p, ctx.decimal));
    // (A grid row's name is in its name column, not in the figure's cell.)
    // ("Your £10 goodybag": the allowance is the goodybag, not whose it is.)
    // ("基本データ（残り / 容量）": the bracket says which figures follow, not which allowance.)
    const name =
      (p.head ? p.label : (bucketName(p, box, segs, run?.grid ? inPart : undefined) ?? run?.title ?? null))
        ?.replace(/^(?:your|my)\s+(?=\S*\d)/i, '')
        .replace(FIGURES_NOTE, '') ?? null;
    return {
      name,
      remainingMB: left !== null && total !== null && left > total + 0.5 ? null : left,
      totalMB: total,
      expiresAt: expiry && expiry.at <= ctx.now + MAX_EXPIRY_YEARS * YEAR_MS ? toIso(expiry.at, expiry.zone) : null,
      // A data allowance named as a bonus ("Bonus data") is one, whatever its box says besides.
      bonus: (BONUS.test(boxText) && !NOT_DATA.test(boxText)) || (name !== null && BONUS.test(name)),
    };
  });
  // An expired allowance is no bucket of the line any more (its figures are history): by its date,
  // or by its own short status ("双十一加油包（已失效）", "已于 2026-11-30 失效").
  const ended = own.map((p, i) => {
    const parts = runs?.[i]?.els ?? [boxes[i] as Element];
    // ("已於 20/11/2026 到期": an end on a day that has passed.)
    return parts.some((part) => leafTexts(part).some((t) => t.length <= 30 && (ITEM_ENDED.test(t.replace(DATE_LABEL_WORD, '')) || endedOn(t, ctx))));
  });
  const current = listed.filter((b, i) => !ended[i] && (b.expiresAt === null || Date.parse(b.expiresAt) >= ctx.now));
  return current.length > 1 ? current : [];
}

/** A data unit in a segment: "GB", "ギガ" (findAmounts' units). */
const UNIT_WORD = /[KMGT]i?B|ギガ|メガ|キロバイト/i;

/**
 * The rows (li, tr) inside `block` that show a data unit, in document order. Found by walking up
 * from the block's segments rather than over every element of the block: on a big page that walk
 * alone cost more than the rest of the read. (A row whose only amount is hidden is no candidate.)
 */
function rowsWithUnits(segs: readonly Segment[], block: Element): Array<{ el: Element; at: number }> {
  const rows: Array<{ el: Element; at: number }> = [];
  const seen = new Set<Element>();
  segs.forEach((s, at) => {
    if (!UNIT_WORD.test(s.text)) return;
    const up: Element[] = [];
    // (Or a row of a run of its class: a chart's legend, "<div class=graph_legend>■ 基本データ容量 4,014MB</div>" ×3.)
    const kinRow = (e: Element) => e.className !== '' && (e.previousElementSibling?.className === e.className || e.nextElementSibling?.className === e.className);
    for (let e: Element | null = s.el; e && e !== block; e = e.parentElement) if (e.localName === 'li' || e.localName === 'tr' || (e.localName === 'div' && kinRow(e))) up.push(e);
    // Outer rows first: the order querySelectorAll would give.
    for (const el of up.reverse()) {
      if (seen.has(el)) continue;
      seen.add(el);
      rows.push({ el, at });
    }
  });
  return rows;
}

/** The segments inside `el`, one of which is `segs[at]`: a run in document order around it. */
function segsAround(segs: readonly Segment[], el: Element, at: number): readonly Segment[] {
  let from = at;
  let to = at + 1;
  while (from > 0 && el.contains((segs[from - 1] as Segment).el)) from -= 1;
  while (to < segs.length && el.contains((segs[to] as Segment).el)) to += 1;
  return segs.slice(from, to);
}

/**
 * "データ残量 6.25GB" beside "繰越分 1.25GB（2026年12月末まで）/ 当月分 5.00GB（2027年01月末まで）": a
 * list or a table whose rows each hold one amount, and whose amounts add up to the line's one
 * remaining figure, breaks that figure down: each row is a bucket, whatever its column is called
 * ("区分 | データ量 | 有効期限"). The sum is what makes a row's amount a remainder, not its label.
 */
function breakdown(pairs: readonly Pair[], segs: readonly Segment[], block: Element, remaining: number, ctx: ReadContext): ExtractedBucket[] {
  const figures = pairs.filter((p) => p.kind === 'remaining' || p.kind === 'used' || p.kind === 'total');
  const groups = new Map<Element, Array<{ el: Element; at: number; mb: number; text: string }>>();
  for (const { el, at } of rowsWithUnits(segs, block)) {
    const parent = el.parentElement;
    if (!parent) continue;
    // (Its texts spaced apart: "<span>有効期限：2026/12/31</span><span>1,740MB</span>" with no space
    // between is no "311,740MB".)
    const text = segsAround(segs, el, at).map((s) => s.text).join(' ');
    const amounts = findAmounts(text, ctx.decimal);
    if (amounts.length !== 1) continue;
    const list = groups.get(parent) ?? [];
    list.push({ el, at, mb: (amounts[0] as { mb: number }).mb, text });
    groups.set(parent, list);
  }
  for (const [parent, rows] of groups) {
    if (rows.length < 2 || Math.abs(rows.reduce((sum, r) => sum + r.mb, 0) - remaining) > 0.5) continue;
    const siblings = Array.from(parent.children).filter((c) => c.tagName === rows[0]?.el.tagName && /\S/.test(c.textContent ?? ''));
    if (rows.length !== siblings.length) continue;
    // A header row, or a row holding the line's own figure, is not one of its parts, and a list
    // with one is no breakdown. (Tested here, on the one list that adds up, not on every row of a
    // big page: same outcome, since such a row among the siblings fails the count above.)
    if (rows.some((r) => r.el.closest('thead') || figures.some((p) => r.el.contains(p.el) && leftIn(p, ctx.decimal) === remaining))) continue;
    const buckets = rows.map((r): ExtractedBucket => {
      const own = segsAround(segs, r.el, r.at);
      // (As the page writes it: "追加データ（データチャージ）", its brackets full-width.)
      const name = own.find(({ text: t }) => t.length >= 2 && t.length <= 30 && findAmounts(t, ctx.decimal).length === 0 && !/\d{4}|\d[/月]\d/.test(t) && !ENDED.test(t))?.raw.replace(/\s+/g, ' ').trim() ?? null;
      const dated = pairs.filter((q) => q.kind === 'expiry' && r.el.contains(q.el)).map((q) => pairInstant(q, ctx, false)).find((x) => x !== null);
      const shown = dated ?? (() => {
        const parsed = parseDate(r.text.slice(r.text.search(/\d[\d.,]*\s*(?:[KMGT]i?B|ギガ)/i)), ctx);
        return parsed && !parsed.relative ? { at: parsed.at, zone: parsed.zone ?? ctx.zone } : null;
      })();
      return {
        name,
        remainingMB: r.mb,
        totalMB: null,
        expiresAt: shown && shown.at >= MIN_EXPIRY && shown.at <= ctx.now + MAX_EXPIRY_YEARS * YEAR_MS ? toIso(shown.at, shown.zone) : null,
        bonus: BONUS.test(r.text) && !NOT_DATA.test(r.text),
      };
    });
    if (rows.some((r) => ITEM_ENDED.test(r.text))) return [];
    const current = buckets.filter((b) => b.expiresAt === null || Date.parse(b.expiresAt) >= ctx.now);
    return current.length > 1 ? current : [];
  }
  return [];
}

/**
 * "繰越データ量 | 5.00GB" in a bucket's own table beside its "残りデータ量": a row naming the bucket's
 * data amount in words no label of ours has is its size. Only inside one bucket: on its own,
 * "…データ量" says nothing of what it measures.
 */
function sizeRow(segs: readonly Segment[], inPart: (el: Element) => boolean, figure: Element, ctx: ReadContext): number | null {
  // (A label cell of its own: "基本データ容量 | 5.00GB" as a row's first td under a 残容量 column
  // names the bucket, and its figure is what is left.)
  // ("追加データ容量（0.5GB×1回）": a note in brackets after the label is the label's.)
  // (Or a row's first cell of two: "<div class=row><span>チャージ量</span><span>1.00GB（…）</span></div>".)
  const caption = (el: Element) => el.closest('th,dt') !== null || (el.parentElement?.children.length === 2 && el.parentElement.firstElementChild === el);
  const k = segs.findIndex((s) => inPart(s.el) && SIZE_ROW.test(s.text.trim().replace(/\s*[(（][^()（）]{1,20}[)）]$/, '')) && !classify(s.text.trim()) && caption(s.el));
  const label = segs[k];
  const next = segs[k + 1];
  const row = label?.el.closest('tr,div');
  if (!label || !next || !row?.contains(next.el) || !inPart(next.el) || next.el.contains(figure) || figure.contains(next.el)) return null;
  return parseAmount(next.text, ctx.decimal);
}

/** Hours (and minutes) left, said as left: "残り 5時間30分", "剩余 2小时15分", "5 h 30 min left". */
/** A countdown in its element's whole text: "剩餘 17小時42分", "残り 5時間30分". */
const WHOLE_COUNTDOWN = /^(?:残り|あと|剩余|剩餘|还剩|還剩)\s*\d+\s*(?:時間|小[时時])\s*(?:\d+\s*(?:分|分鐘|分钟))?$/;
const COUNTDOWN = /^(?:残り|あと|剩余|剩餘|还剩|還剩)\s*\d+\s*(?:時間|小[时時]|日|天)|\d+\s*(?:h|hrs?|hours?)\b.*\b(?:left|remaining)$/i;

/** A bucket's amount named by its kind: 繰越データ量, 基本データ量, 有料データ量, 前月からの繰越, 当月付与, 購入分. */
const SIZE_ROW = /^[^\d\s]{1,6}データ(?:量|容量)$|^前月から(?:の)?繰り?越し?データ(?:量|容量)$|^(?:前月から(?:の)?)?繰り?越し?(?:分|量)?$|^(?:当月|今月)?付与(?:分|量)?$|^(?:ご?購入|追加)(?:分|量)$|^チャージ(?:量|容量)$/;

/** A sentence where a name could be ("…プレゼントしました。"). */
const SENTENCE_NAME = new RegExp(`${POLITE_ENDING}[。.]?$`);

/** "失効日", "到期时间", "Expiry date": the word of a date's label, not a status. */
const DATE_LABEL_WORD = /(?:失効|失效|到期)(?:日|時|时|予定)|expir\w*\s+(?:date|time)/gi;

/** The short texts of an element's leaves. */
const leafTexts = (el: Element) => {
  const texts = [el, ...Array.from(el.querySelectorAll('*'))].filter((e) => e.children.length === 0).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
  // (And each line of text between elements: "残量 0.31GB / 1.00GB<br>2026年11月28日 に期限切れ".)
  for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
    if (e.children.length === 0) continue;
    for (const n of Array.from(e.childNodes)) if (n.nodeType === 3 && n.textContent?.trim()) texts.push(n.textContent.replace(/\s+/g, ' ').trim());
  }
  return texts;
};

/** A label that names the plan itself (not a course, pack or type of SIM). */
const PLAN_LABEL = /プラン|plan|套餐|方案|計劃|计划|資費|资费|goodybag/i;

/** The page's own header (its banner), not a card's <header> inside an article, a section or a component. */
function siteHeader(el: Element, line: string | null): boolean {
  const header = el.closest('header');
  const holder = header?.parentElement;
  if (!header || !holder) return Boolean(header);
  if (holder.closest('article,section,main') || holder.tagName.includes('-')) return false;
  // ("<div class=esim-card><header><h3>日本 docomo 10GB / 15天</h3>…</header><p>ICCID：…": a card's
  // own header, with the line's id in the card and no menu in it.)
  return !(line && (holder.textContent ?? '').includes(line) && !header.querySelector('nav,ul,a'));
}

/** A class that marks a site's own name: "brand", "logo", "site-name", "navbar-brand". */
const BRAND_CLASS = /(?:^|[\s_-])(?:brand|logo|site-?(?:name|title))(?:$|[\s_-])/i;

/** The site's name in its bar: the element, or one of the two above it, is classed as the brand or logo. */
function brandName(el: Element): boolean {
  let e: Element | null = el;
  for (let up = 0; e && up < 3; e = e.parentElement, up += 1) if (BRAND_CLASS.test(e.getAttribute('class') ?? '')) return true;
  return false;
}

/** A size or a term in a name ("Japan 15GB · 15 days", "ギガプラン 10GB"). */
const SIZED = /\d\s*(?:GB|MB|ギガ|days?|日間|天)/i;

/**
 * The value of a field in a grid of captions and values, each caption before its value, all one
 * tag ("<span>Coverage</span><span>Japan</span><span>Activation policy</span><span>Starts…</span>"),
 * whose own caption names no plan or product.
 */
function fieldValue(el: Element): boolean {
  const kids = Array.from(el.parentElement?.children ?? []);
  const at = kids.indexOf(el);
  if (kids.length < 4 || kids.length % 2 !== 0 || at % 2 !== 1 || kids.some((k) => k.tagName !== el.tagName || k.children.length > 0)) return false;
  const captions = kids.filter((_, i) => i % 2 === 0).map((k) => norm(k.textContent ?? ''));
  const own = captions[(at - 1) / 2] ?? '';
  return captions.every((c) => c.length > 0 && c.length <= 24 && !/\d/.test(c)) && !PLAN_LABEL.test(own) && classify(own) !== 'plan' && !/product|商品|产品|產品|製品/i.test(own);
}

/** Words of an English sentence that names seldom have. */
const ENGLISH_PROSE = /\b(?:when|the|to|is|are|will|can|you|your|it|after|before|once|until|if)\b/gi;

function planOf(pairs: readonly Pair[], segs: readonly Segment[], line: string | null): string | null {
  // (A figure alone is no name: "Base plan | 31.25 GB remaining of 50 GB" is a bucket's row.)
  // (Nor is a label: "ご契約中のプラン" over "料金プラン | Rakuten最強プラン" heads a section of fields.)
  const named = pairs.filter(
    (p) => p.kind === 'plan' && p.value.length <= 80 && !/^\d+$/.test(p.value) && !/^[\d.,]+\s*(?:[KMGT]i?B|ギガ)(?:\s+(?:remaining|left|of|残)\b.*)?$/i.test(p.value) &&
      // ("料金プラン | 合理的みんなのプラン" in a row of its own two cells: a name that reads like a label is the field's value.)
      (classify(p.first) !== 'plan' || (p.row.children.length === 2 && p.row.contains(p.el) && p.row.lastElementChild?.contains(p.el) === true)) &&
      // ("合理的みんなのプラン | <span>12.95GB</span><span>内訳は下記…</span>": the plan's name as a label, a figure as its value.)
      !/^[\d.,]+\s*(?:[KMGT]i?B|ギガ)$/i.test(p.first.trim()) &&
      // ("Plan | 1GB / 1Day (Max 23:59) | 500 yen | Select": an offer in a price list, not the line's.)
      // ("+44 7700 900318 | giffgaff | 半年保号服务 | £4.20 | 2027-01-18": the line's own row, with its balance, is no offer.)
      !(p.column === true && MONEY.test(Array.from(p.row.children, (c) => c.textContent ?? '').join(' ').replace(p.value, '')) && !(line !== null && (p.row.textContent ?? '').includes(line))),
  );
  // "コース | デュアルタイプ（Dプラン）" then "プラン | マイピタ 5GB": a plan label names the plan; a
  // course, pack or type label (the SIM's network or kind) only when no plan label does.
  // ("ご利用プラン | デュアルタイプ（Dプラン）" beside "ご契約コース | マイピタ 5GB": a value that names the
  // SIM's type or network is its kind, whatever its label, where another value names the plan.)
  const plans = named.some((p) => !SIM_KIND.test(p.value)) ? named.filter((p) => !SIM_KIND.test(p.value)) : named;
  const labelled = plans.find((p) => PLAN_LABEL.test(p.label)) ?? plans[0];
  // ("日本无限流量 月卡 热销": a badge beside the name in its cell is no part of it.)
  // ("Product | : | VISITOR SIM 5GB/21days": a separator shown first is no part of the name.)
  if (labelled) return (/[\p{L}\p{N}]/u.test(labelled.first) ? labelled.first : labelled.value.replace(/^[\s:：|｜-]+/, '')).replace(TRAILING_BADGE, '');
  for (const found of segs) {
    // ("日本 8日 10GB 數據卡 · 已啟用": the status after the name is no part of it.)
    const seg = IN_USE_TAIL.test(found.text) ? { ...found, text: found.text.replace(IN_USE_TAIL, ''), raw: found.raw.replace(IN_USE_TAIL, '') } : found;
    const text = stripLead(seg.text);
    if (text.length < 2 || text.length > 60 || !PLAN_WORD.test(text) || classify(text)) continue;
    // ("eSIM状态", "我的 eSIM 詳情": a page's or a section's title, what it shows of the SIM.)
    if (/(?:状态|狀態|状況|ステータス|status|详情|詳情|詳細|details?)$/i.test(text)) continue;
    if (seg.el.closest('a,button,nav,footer,option,label,title,[role=link],[role=button]') || siteHeader(seg.el, line)) continue;
    // ("<span class=brand>飛躍 eSIM</span>", "<span class=logo>旅日 eSIM 小舖</span>": the site's own name in its bar.)
    if (brandName(seg.el)) continue;
    // ("首頁 › 帳務與服務 › 國際漫遊 › 已申辦的漫遊上網方案": a breadcrumb says where the page is.)
    if ((text.match(/\s[›>＞»/]\s/g) ?? []).length >= 2 || seg.el.closest('[class*=crumb],[class*=Crumb],[aria-label*=breadcrumb i]')) continue;
    // A page's title names the page ("マイページ", "My eSIMs"); it names the plan only with a size or a term.
    if (seg.el.closest('h1') && !SIZED.test(text)) continue;
    // "Japan 3GB · 7 days | $6.50": an offer with its price, not what the line has.
    const row = seg.el.parentElement?.textContent ?? '';
    if (row.length <= 100 && MONEY.test(row.replace(seg.text, ''))) continue;
    // "<div><small>Data</small>Unlimited Data Plan (…)</div>": the value of a field that is not
    // the plan (its own caption says what it is).
    const caption = seg.el.firstElementChild;
    const captionText = norm(caption?.textContent ?? '');
    if (caption && caption.nextSibling?.nodeType === 3 && captionText.length > 0 && captionText.length <= 20 && !PLAN_LABEL.test(captionText)) continue;
    // "<span>Activation policy</span><span>Starts when the eSIM connects…</span>": the value of a
    // field beside its own caption, in a grid of captions and values.
    if (fieldValue(seg.el)) continue;
    // "Starts when the eSIM connects to a supported network": an English sentence, not a name.
    if (!/\d/.test(text) && (text.match(ENGLISH_PROSE) ?? []).length >= 2) continue;
    // "Thank-you bonus 2GB": free data beside the plan is not the plan; nor an option it does not have.
    if (BONUS.test(text) || NOT_SUBSCRIBED.test((seg.el.closest('tr,li,dl') ?? seg.el.parentElement)?.textContent ?? '')) continue;
    // "【期間限定】データチャージ 1GB が 20%OFF！": a campaign banner names no plan.
    if (/[!！]|\d\s*%|%\s*off/i.test(text)) continue;
    if (/^\d/.test(text) && findAmounts(text).length > 1) continue;
    // "of 20 GB", "（共 8GB）": the whole a figure is part of, no name.
    if (TOTAL_CLAUSE.test(text)) continue;
    // "Your £10 goodybag": the line's own plan, its price or size named.
    if (/^(?:your|my|current)\s+\S*\d/i.test(text) && !NOT_CURRENT.test(text)) return stripLead(seg.raw).replace(/^(?:your|my|current)\s+/i, '');
    // "Last goodybag", "前回のプラン": what the line had before is not its plan.
    // ("過去3日間の利用データ量", "最近7天用量": a history's heading, likewise.)
    if (/^(?:last|previous|past|prior)\s|^(?:前回|前月|先月|上次|上期|上月|過去|过去|最近)/i.test(text)) continue;
    // Headings over a list ("已訂購數據套餐", "ご利用中のトッピング", "Your packages") name no plan.
    // "データeSIM", "音声SIM", "Data-only eSIM": the kind of SIM, not the plan.
    if (/^(?:(?:データ|音声|SMS付き?|音声通話|data(?:[- ]only)?|voice)\s*)?e?SIM(?:カード| card)?$/i.test(text)) continue;
    // ("Packages", "Data packs": a list's heading, the plural of what it lists, names none of them.)
    if (/^(?:(?:data\s+)?(?:packages|plans|bundles|packs|passes)|add-?ons|top-?ups|e?sims)$/i.test(text)) continue;
    // ("套餐信息", "Plan details": a section's title over the plan's fields.)
    if (/^(?:your|my|current|ご利用中|ご契約中|現在の|我的|已訂購|已订购|已購買|已购买|目前|當前|当前)|中$|一覧$|列表$|清單$|清单$|(?:信息|資訊|资讯|详情|詳情|情報|概要|details|information|info)$/i.test(text)) continue;
    if (line && seg.text.includes(line)) continue;
    // ("<p>Japan SIM · Voice + Data · Short-term (30 days)</p><h2>Unlimited Data Plan</h2>": a kicker
    // over the heading that names the plan.)
    const next = seg.el.nextElementSibling;
    if (next && /^H[2-6]$/.test(next.tagName.toUpperCase()) && PLAN_WORD.test(norm(next.textContent ?? '')) && !seg.el.closest('h1,h2,h3,h4,h5,h6')) continue;
    // "Japan · Data-only eSIM": a list of attributes, not a name ("Japan eSIM · 60 days" names a size or term).
    if (/\s[·・|｜]\s/.test(seg.text) && findAmounts(seg.text).length === 0 && !/\d\s*(?:days?|日|天)/i.test(seg.text)) continue;
    // A bucket's name in a row of its figures ("主方案流量 | 6.25GB | 15GB | …") is not the plan's.
    if (pairs.some((p) => p.column && (p.kind === 'remaining' || p.kind === 'expiry') && p.row.contains(seg.el) && !p.el.contains(seg.el))) continue;
    // A piece of another label's value ("of 3 GB" after "Data balance 1.2 GB") is not a name.
    if (pairs.some((p) => p.kind !== 'plan' && p.kind !== 'line' && p.value.includes(seg.text))) continue;
    // Prices of a catalogue, fragments of a sentence, and amounts alone are not plan names.
    if (/\d\s*円|[¥￥]\s*\d|:|：|。|^[·・,、]|\S\s+\S+\s+\S.*[.!?]$/.test(seg.text) || !/[a-zA-Z\u3040-\u9fff]{2}/.test(text.replace(/\d+(?:\.\d+)?\s*(?:GB|MB|ギガ|days?|日間|日|天)/gi, ''))) continue;
    return stripLead(seg.raw);
  }
  return null;
}

/** A status after a name and a separator: "· 已啟用", "・利用中", "| Active". */
const IN_USE_TAIL = /\s*[·・|｜]\s*(?:使用中|利用中|ご利用中|已啟用|已启用|已激活|已開通|已开通|開通済み?|有効|active|in use)$/i;

/** A badge after a plan's name, in the name's cell: "热销", "おすすめ", "Best value". */
const TRAILING_BADGE = /\s+(?:おすすめ|オススメ|人気|NEW|HOT|推荐|推薦|热销|熱銷|热卖|熱賣|人气|人氣|best value|popular)$/i;

/** An advert or an ended allowance: a campaign banner or an expired topping is no status of the line. */
const NOT_CURRENT = /期限切れ|expired|已过期|已過期|已失效|セール|キャンペーン|お得|期間限定|実施中|\bsale\b|\boffer\b|限时|限時|优惠|優惠|活动|活動/i;

/** An element's text with its child nodes spaced apart ("<b>Unlimited</b>minutes" → "Unlimited minutes"). */
const spaced = (el: Element | null) => (el ? Array.from(el.childNodes, (n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() : '');

/** An item's own status saying it is over ("状態 期間終了", "Expired on …"). */
const ITEM_ENDED = /期間終了|終了しました|利用終了|期限切れ|失効|expired|ended|已过期|已過期|已失效|已结束|已結束|已到期/i;

/** A folded section of what has ended: "終了したトッピング（1件）", "Expired packages". */
const ENDED_SECTION = /終了した|過去の|期限切れ|期限が切れた|expired|ended|past |已结束|已結束|已过期|已過期|已到期|已失效|历史|歷史/i;

/** The widest ancestor of `el` that is still one small item (a card, a row): ≤ 300 characters. */
function itemOf(el: Element): Element {
  let item = el;
  // A few levels at most: an item is small, and a deep page must not cost a walk to its root.
  let up = 0;
  for (let p = el.parentElement; p && up < 8 && (p.textContent ?? '').length <= 300; p = p.parentElement, up += 1) item = p;
  return item;
}

/**
 * The item holding `el` shows a short status saying it is over ("状態 | 期間終了", "2026年11月21日
 * 終了" when that day has passed), not a sentence that mentions an end.
 */
/** The heading just before `el` among its siblings ("<h2>有効期限が切れたトッピング</h2>"), or ''. */
function headingBefore(el: Element): string {
  const prev = el.previousElementSibling;
  return prev && /^H[1-6]$/i.test(prev.tagName) && (prev.textContent ?? '').length <= 40 ? (prev.textContent ?? '') : '';
}

/** A short text that says something ended on a day that has passed: "已於 20/11/2026 到期", "Expired 20 Nov 2026". */
function endedOn(t: string, ctx: ReadContext): boolean {
  if (!/(?:終了|到期|失效|過期|过期)$|\bended$|^expired\b/i.test(t)) return false;
  const at = parseDate(t, ctx)?.at;
  return at !== undefined && at < ctx.now;
}

const itemEnded = (el: Element, ctx: ReadContext) =>
  // "有効期限 … 午後9:14（終了）" in the item's own text, or the item under "終了したトッピング".
  /[（(](?:終了|期限切れ|expired|ended|已过期|已過期|已结束|已結束)[)）]/i.test(itemOf(el).textContent ?? '') ||
  ENDED_SECTION.test(el.closest('details')?.querySelector('summary')?.textContent ?? '') ||
  // ("<h2>有効期限が切れたトッピング</h2><div>データ使い放題(24時間) … に終了しました</div>": under a heading of ended ones.)
  ENDED_SECTION.test(headingBefore(itemOf(el))) ||
  Array.from(itemOf(el).querySelectorAll('*')).some((e) => {
    const t = e.children.length === 0 ? (e.textContent ?? '').trim() : '';
    if (t.length === 0 || t.length > 24) return false;
    if (ITEM_ENDED.test(t)) return true;
    if (!/終了$|\bended$/i.test(t)) return false;
    const at = parseDate(t, ctx)?.at;
    return at === undefined || at < ctx.now;
  });

/** Unlimited: said by the plan, or by a short status text beside other status of the line. */
function unlimitedIn(segs: readonly Segment[], plan: string | null, hasStatus: boolean, ctx: ReadContext): boolean {
  if (plan && UNLIMITED.test(plan) && !NOT_DATA.test(plan)) return true;
  return hasStatus && segs.some(
    (s, k) =>
      // ("Unlimited Data (includes 7GB of high speed data per calendar month)": a longer text that starts with it.)
      (s.text.length <= 60 || (s.text.length <= 100 && /^(?:unlimited|無制限|使い放題|吃到飽|吃到饱|无限|無限)/i.test(s.text))) &&
      UNLIMITED.test(s.text) &&
      // "節約モードON中は…使い放題。現在の設定：OFF": a sentence explains a mode, it states no status.
      // ("使い放題のプランはありますか？", "Q：有吃到飽方案嗎？": a question asks, it states nothing.)
      // ("もっと使うなら eximo！データ無制限※で…": a "！" inside Japanese or Chinese text is a sentence's too.)
      !/[。！？]|[.!?]\s|[!?]$|[!?](?=[\u3040-\u30ff\u4e00-\u9fff])/.test(s.text) &&
      // A campaign banner sells another plan: "<aside class=banner aria-label=キャンペーン>".
      !s.el.closest('[class*=banner],[class*=campaign],[class*=promo],[aria-label*=キャンペーン],[aria-label*=Campaign],[aria-label*=campaign]') &&
      // ("VISITOR SIM has no unlimited data plan.": an English sentence, and one that says no.)
      !(/\.$/.test(s.text) && s.text.split(/\s+/).length >= 4) &&
      !/\b(?:no|not|without|never)\b(?:\s+\S+){0,3}\s+unlimited|(?:無制限|使い放題)(?:では|じゃ)(?:ありません|ない)|(?:無制限|使い放題)(?:オプション|プラン)?(?:なし|無し)$|(?:没有|沒有|不提供)(?:无限|無限|不限量|吃到飽|吃到饱)/i.test(s.text) &&
      !NOT_CURRENT.test(s.text) &&
      // "Minutes | Unlimited": the label before the word says what is unlimited.
      !((segs[k - 1]?.text.length ?? 99) <= 20 && NOT_DATA.test(`unlimited ${segs[k - 1]?.text}`)) &&
      // "<b>Unlimited</b><small>minutes</small>": the word's neighbours say what is unlimited.
      !NOT_DATA.test(s.text) &&
      // ("<b>Unlimited</b>minutes": the pieces of the parent, spaced.)
      !(spaced(s.el.parentElement).length <= 40 && NOT_DATA.test(spaced(s.el.parentElement))) &&
      // (Only where the word is its element's whole text: "<div><span>Data</span>Unlimited…</div>" is a
      // cell of its own, and the next cell, "Calls | Free incoming calls", is another field.)
      // (Nor a list's value, "<dd>無制限</dd>", whose next element is the next field's label, "<dt>通話オプション</dt>".)
      !((s.el.textContent ?? '').replace(/\s+/g, ' ').trim() === s.raw && !/^(?:DD|TD)$/.test(s.el.tagName.toUpperCase()) && NOT_DATA.test(`unlimited ${s.el.nextElementSibling?.textContent ?? ''}`)) &&
      !/円|¥|\$|£|購入|追加|buy|add|トッピング|オプション|option/i.test(s.text) &&
      // (In a list of terms the price would be its own row's: "国内データ | 高速データ無制限" beside "料金目安 | 2,178円".)
      !/\d\s*円|[¥$£]\s*\d/.test(ownRowText(s.el)) &&
      !s.el.closest('a,button,option,label,nav,li') &&
      // "<h3>使い放題</h3><p>現在利用中のトッピングはありません</p>": a heading over nothing in use.
      !NOTHING_IN_USE.test(segs[k + 1]?.text ?? '') &&
      // "データ使い放題（24時間）… 状態 期間終了": an ended topping's name says nothing of now.
      !itemEnded(s.el, ctx) &&
      // "パケット放題 Plus（…使い放題） | 未加入 | 申し込む": an option the line does not have.
      !NOT_SUBSCRIBED.test((s.el.closest('tr,li,dl') ?? s.el.parentElement)?.textContent ?? ''),
  );
}

/** The text of the row `el` stands in: a term with its caption in a list of terms, else its parent's. */
function ownRowText(el: Element): string {
  const dd = el.closest('dd');
  if (dd) return `${dd.previousElementSibling?.tagName === 'DT' ? (dd.previousElementSibling.textContent ?? '') : ''} ${dd.textContent ?? ''}`;
  // "<div><span>Data</span>Unlimited…</div>": an element holding its caption and the text is the row.
  if (el.children.length > 0) return el.textContent ?? '';
  // ("<section><div>090-…</div><div>プラン</div><span>データ高速無制限</span><div>…料金 2,178円</div>…":
  // a parent of many fields that names the line is the line's card, not a row; the badge is a row
  // of its own. A shop's item, "<div>人気 | データ使い放題(24時間) | 330円 | 購入する</div>", names none.)
  const parent = el.parentElement;
  if (parent && parent.children.length > 3 && lineIdIn(parent.textContent ?? '') !== null) return el.textContent ?? '';
  return el.parentElement?.textContent ?? '';
}

/** An option's status saying the line does not have it. */
const NOT_SUBSCRIBED = /未加入|未契約|未申込|未申し込み|お申し込みなし|未申请|未申請|未办理|未辦理|未开通|未開通|未订购|未訂購|未订阅|未訂閱|not (?:subscribed|added|active)/i;

/** A section that says it holds nothing: "現在利用中のトッピングはありません", "暂无", "None in use". */
const NOTHING_IN_USE = /(?:ありません|ございません|なし)[。.]?$|^(?:暂无|暫無|none|nothing)(?:$|[\s。.,，:：])|^no (?:active |current )?\w+(?: in use)?\.?$/i;

const STATUS_KINDS = new Set(['remaining', 'expiry', 'renews', 'used', 'total']);

/**
 * One step of an order's progress bar ("已付款 | 已发货 | 已签收 | 已激活 | 已到期"): three or more
 * short words of one tag side by side. Its last step is where the order may go, not where it is.
 */
function progressStep(el: Element): boolean {
  const row = el.parentElement;
  if (!row) return false;
  const steps = Array.from(row.children);
  return steps.length >= 3 && steps.every((c) => c.tagName === el.tagName && c.children.length === 0 && /^\D{1,10}$/.test((c.textContent ?? '').trim()));
}

/**
 * An "expired" badge ends the line when it stands over all of the line's status; a badge inside
 * one part of it (an expired package beside current ones) only takes that part out. Returns the
 * pairs and text still current, or null when the line has ended.
 */
function withoutEnded(block: Block, pairs: readonly Pair[], segs: readonly Segment[]) {
  const badge = (s: Segment) =>
    s.text.length <= 40 &&
    // "已過期 (1)": a count makes it a filter tab's label, not a badge.
    !/[（(]\d+[)）]/.test(s.text) &&
    // ("已取消・已退款": two statuses, each an end.)
    s.text
      .replace(/[（(][^)）]*[)）]/g, '')
      .replace(/[()（）【】[\]]/g, '')
      .split(/\s*[・·/|｜、]\s*/)
      .every((part) => ENDED.test(part.trim())) &&
    !s.el.closest('a,button,option,nav,[role=tab],[role=button],select,label') &&
    !progressStep(s.el);
  let live = { pairs, segs };
  // "2026/09/02 | データ3GBチャージ | 期限切れ" in a history table: a badge in one of several rows
  // that holds none of the line's status speaks for that row's record, not for the line.
  const ownRow = (s: Segment) => {
    const row = s.el.closest('tr,li');
    const siblings = row?.parentElement ? Array.from(row.parentElement.children).filter((c) => c.tagName === row.tagName).length : 0;
    return row !== null && siblings >= 2 && !pairs.some((p) => STATUS_KINDS.has(p.kind) && row.contains(p.el));
  };
  /** Parts already taken out: a second badge in one ("已过期" then "已失效") says nothing more. */
  const out: Element[] = [];
  const badges = segs.filter((s) => badge(s) && !ownRow(s));
  // ("<card>… ● Active</card><card>… Disconnected</card>": an ended badge's part stops short of a
  // box that also says in use.)
  const inUse = badges.length > 0 ? segs.filter((s) => s.text.length <= 20 && IN_USE.test(stripDecor(s.text)) && !s.el.closest('a,button,option,nav,[role=tab],select,label')) : [];
  const apart = (cur: Element) => !inUse.some((u) => cur.contains(u.el));
  for (const b of badges) {
    if (out.some((o) => o.contains(b.el))) continue;
    // "<details><summary>已到期的 eSIM（1）</summary>…狀態 | 已到期": a badge in a folded section of
    // what has ended speaks for that section (withoutPast leaves its pairs out).
    const folded = b.el.closest('details');
    if (folded && ENDED_SECTION.test(folded.querySelector('summary')?.textContent ?? '')) {
      out.push(folded);
      continue;
    }
    // "<div>已失效</div><div class=pkg>流量加油包 1GB | 已过期 …</div>": a status word over a section
    // whose items carry badges of their own titles them; each item's own badge takes it out.
    const next = b.el.nextElementSibling;
    if (next && badges.some((o) => o !== b && next.contains(o.el))) continue;
    // The badge's own part: the largest box around it that holds one data figure at most.
    const figures = live.pairs.filter((p) => p.kind === 'remaining');
    // ("<article class=card>…</article><article class=card past>… 期限切れ</article>": nor past the
    // box that holds it among items of its kind, where no item shows a figure.)
    let box = grow(b.el, block.el, (cur) => holding(figures, cur) <= 1 && apart(cur) && !itemAmongKin(cur, b.el));
    const status = live.pairs.filter((p) => STATUS_KINDS.has(p.kind));
    let inside = holding(status, box);
    if (inside === 0) {
      // Flat rows (embedded JSON, a list of label: value lines): the badge's part is everything up
      // to the element that holds the whole line.
      box = grow(box, block.el, (cur) => holding(status, cur) < status.length && apart(cur));
      inside = holding(status, box);
    }
    // "<div>历史套餐</div><div>日本 SoftBank 7天 5GB | 已过期</div>": a badge under a title of past
    // packages speaks for that record, not for the line.
    const record = pastRecord(b.el, block.el);
    if (record && (inside === 0 || holding(status, record) === 0)) {
      out.push(inside === 0 ? box : record);
      continue;
    }
    // ("<div class=svc>…Active…</div><div class=svc><h3>…</h3>Cancelled…</div>": a badge in a card
    // of no status, where another card of its kind holds the line's, speaks for its own card.)
    // (Not in a line of several parts, whose later cards may be another record's: it is read as one.)
    const card = inside === 0 && !block.members ? kinCard(b.el, block.el) : null;
    if (card && Array.from(card.parentElement?.children ?? []).some((c) => c !== card && kinKey(c) === kinKey(card) && holding(status, c) > 0)) {
      out.push(card);
      continue;
    }
    // A badge beside the line's name or number (its part holds no figure) speaks for the line.
    if (inside === 0 || inside === status.length) return null;
    out.push(box);
    live = { pairs: live.pairs.filter((p) => !box.contains(p.el)), segs: live.segs.filter((s) => !box.contains(s.el)) };
  }
  return live;
}

/**
 * An item's kind, where it is a card (an article, a section, a list item, or a box with a heading
 * of its own; not a row of a label and its value): its tag and first class ("card-x3", "card-x3 past").
 */
function kinKey(el: Element): string | null {
  if (!/^(?:LI|ARTICLE|SECTION)$/i.test(el.tagName) && !el.querySelector('h2,h3,h4,h5,h6')) return null;
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
}

/** The card around `el`, inside `block`, that is one of several cards of its kind side by side; or null. */
function kinCard(el: Element, block: Element): Element | null {
  for (let x: Element | null = el; x && x !== block; x = x.parentElement) {
    const key = kinKey(x);
    if (key !== null && x.parentElement && Array.from(x.parentElement.children).some((c) => c !== x && kinKey(c) === key)) return x;
  }
  return null;
}

/** The child of `box` that holds `el` is one of several items of its kind there. */
function itemAmongKin(box: Element, el: Element): boolean {
  let child: Element | null = el;
  while (child && child.parentElement !== box) child = child.parentElement;
  const key = child ? kinKey(child) : null;
  return key !== null && Array.from(box.children).some((c) => c !== child && kinKey(c) === key);
}

/** A title over past records: 历史套餐, 過去のトッピング, Past packages, Expired eSIMs. */
const PAST_TITLE = /^(?:历史|歷史|過去の?|以前の?|終了した|期限切れの?|有効期限が切れた|past|previous|expired|ended|已结束的?|已結束的?|已过期的?|已過期的?)\s*\S{0,12}$|(?:履歴|history|记录|紀錄|記錄)$/i;

/**
 * The record `el` is in, where the nearest title before it (a preceding sibling of it or of an
 * ancestor inside `block`) names past records; else null. (Records before it of its own kind are passed over: "<h3>Package history</h3>
 * <div class=pkg>…Active</div><div class=pkg>…Expired</div>".)
 */
function pastRecord(el: Element, block: Element): Element | null {
  for (let x: Element | null = el; x && x !== block; x = x.parentElement) {
    let title = x.previousElementSibling;
    while (title && title.tagName === x.tagName && title.className === x.className && x.className) title = title.previousElementSibling;
    // ("<div class=row><span>状態</span><span>有効期限切れ</span></div>": the value's own label is no title.)
    if (title && x.parentElement?.children.length === 2 && x.parentElement.firstElementChild === title) continue;
    const text = title ? norm(title.textContent ?? '') : '';
    if (text && text.length <= 20 && !/\d/.test(text)) return PAST_TITLE.test(text) ? x : null;
  }
  return null;
}

/**
 * An allowance whose own expiry has passed (an ended topping below current ones): its box, the
 * largest around the date holding one data figure, is history. The line's other figures stay.
 */
function withoutPast(pairs: readonly Pair[], block: Element, ctx: ReadContext): readonly Pair[] {
  const figures = pairs.filter((p) => p.kind === 'remaining');
  // A folded section of what has ended ("<details><summary>有効期限が切れたトッピング（1件）"): history.
  let out = pairs.filter((p) => !ENDED_SECTION.test(p.el.closest('details')?.querySelector('summary')?.textContent ?? ''));
  for (const p of pairs) {
    const at = p.kind === 'expiry' ? pairInstant(p, ctx, false)?.at : undefined;
    if (at === undefined || at >= ctx.now) continue;
    const box = grow(p.el, block, (cur) => holding(figures, cur) <= 1);
    const rest = out.filter((q) => !box.contains(q.el));
    if (holding(figures, box) > 0 && rest.some((q) => q.kind === 'remaining')) out = rest;
  }
  return out;
}

/** A line's status before its first use: bought, not yet activated. */
const NOT_YET = /^(?:開通手続き待ち|開通待ち|未開通|開通前|利用開始前|未激活|待激活|未啟用|待啟用|未启用|待启用|not (?:yet )?activated|pending activation|awaiting activation)$/i;

/** "データ量の内訳", "Breakdown": a heading that says the figures under it are the parts of the one above it. */
// ("内訳を表示", "Show breakdown": the toggle that opens it says so too.)
const BREAKDOWN_HEAD = /^(?:[^\d\s]{0,10}の)?(?:内訳|明細|明细)(?:を(?:表示|見る|確認)(?:する)?)?$|^(?:(?:show|view|see)\s+)?(?:data\s+)?breakdown$|^(?:查看|展开|展開)(?:明细|明細)$/i;

/** The one remaining figure above a breakdown heading with more figures under it, or null. */
function headlineOverParts(pairs: readonly Pair[], segs: readonly Segment[], decimal: boolean): number | null {
  const head = segs.find((s) => s.text.length <= 24 && BREAKDOWN_HEAD.test(s.text.replace(/[\s:：]+$/, '')));
  if (!head) return null;
  const figures = pairs.filter((p) => p.kind === 'remaining' && leftIn(p, decimal) !== null);
  const above = figures.filter((p) => p.index < head.index);
  return above.length === 1 && figures.length > above.length ? leftIn(above[0] as Pair, decimal) : null;
}

export function readBlock(block: Block, allPairs: readonly Pair[], allSegs: readonly Segment[], ctx: ReadContext): BlockResult {
  const live = withoutEnded(block, allPairs, allSegs);
  if (!live) return { kind: 'ended' };
  const segs = live.segs;
  const pairs = withoutPast(live.pairs, block.el, ctx);
  const notes: string[] = [];
  const amounts = readAmounts(pairs, ctx.decimal);
  const ownLine = standingWithLine(pairs, block);
  const expiry = readExpiry(pairs, block.el, ctx, amounts.relative, ownLine);
  if (expiry.allPast) return { kind: 'ended' };
  // "070-… [開通手続き待ち] | データ容量 5GB／月（開通後に付与されます） | データ残容量 ―": a line not yet
  // activated, with nothing left to show and no end, is nothing to watch yet.
  if (amounts.remaining === null && expiry.at === null && segs.some((s) => s.text.length <= 24 && NOT_YET.test(stripDecor(s.text)) && !s.el.closest('a,button,option,select,label'))) {
    return { kind: 'none', notes: [] };
  }
  const plan = planOf(pairs, segs, block.line);
  const planNote = pairs.find((p) => p.kind === 'plan')?.value ?? '';
  const hasStatus = expiry.at !== null || amounts.remaining !== null || amounts.total !== null || amounts.used !== null;
  const unlimited =
    amounts.unlimited || (UNLIMITED.test(planNote) && !NOT_DATA.test(planNote)) || unlimitedIn(segs, plan, hasStatus, ctx);

  let { remaining, total, used } = amounts;
  // (An allowance read as a size is one in the buckets too: "基本データ量 | 今月のご利用可能データ量 20.00GB".)
  const left = pairs.map((p) => (amounts.allowances.includes(p) ? { ...p, kind: 'total' as const } : p));
  let buckets = readBuckets(left, segs, block.el, ctx);
  if (buckets.length === 0 && remaining !== null) buckets = breakdown(left, segs, block.el, remaining, ctx);
  // The figure over a "内訳" heading is the line's, whatever the parts read below it add up to
  // (one part may not have been read): their sum is no figure of the line, nor are they its buckets.
  const headline = headlineOverParts(pairs, segs, ctx.decimal);
  if (headline !== null && remaining !== null && Math.abs(headline - remaining) >= 0.01) {
    notes.push('the parts under the breakdown do not add up to the figure above it: parts not read');
    remaining = headline;
    buckets = [];
  }
  // (The sum of what is left in every allowance read, an ended one's too ("已於 20/11/2026 到期"), is
  // the sum of those still current.)
  if (buckets.length > 1 && remaining !== null && buckets.every((b) => b.remainingMB !== null)) {
    const current = round(buckets.reduce((sum, b) => sum + (b.remainingMB ?? 0), 0));
    const read = round(pairs.reduce((sum, p) => sum + (p.kind === 'remaining' ? (leftIn(p, ctx.decimal) ?? 0) : 0), 0));
    if (current < remaining - 0.5 && Math.abs(read - remaining) < 0.01) remaining = current;
  }
  // Several buckets that each state a total: the line's total is their sum (a table's first row is not it).
  if (buckets.length > 1 && buckets.every((b) => b.totalMB !== null)) {
    total = round(buckets.reduce((sum, b) => sum + (b.totalMB ?? 0), 0));
  } else if (buckets.some((b) => b.totalMB === total)) total = null; // one bucket's own total is not the line's
  // ("今月のデータ容量 | 17.30GB" in a breakdown read as buckets: that row is what one bucket holds.)
  else if (total !== null && buckets.length > 1 && buckets.some((b) => b.totalMB === null && b.remainingMB === total)) total = null;

  const plausible = (name: string, v: number | null): number | null => {
    if (v === null) return null;
    if (v < 0 || v > MAX_MB || !Number.isFinite(v)) {
      notes.push(`${name} data is out of range (${v < 0 ? 'negative' : 'too large'}): dropped`);
      return null;
    }
    return v;
  };
  remaining = plausible('remaining', remaining);
  total = plausible('total', total);
  used = plausible('used', used);
  if (remaining === null && used !== null && total !== null && total >= used) remaining = round(total - used);
  if (remaining !== null && total !== null && remaining > total + 0.5) {
    // One of them is not what it seems (a plan's monthly size beside a remainder with carry-over):
    // which one cannot be told, so neither is kept.
    notes.push('remaining data is more than the total: both dropped');
    remaining = null;
    total = null;
  }

  let expiresAt: string | null = null;
  if (expiry.tooFar) notes.push(`an expiry more than ${MAX_EXPIRY_YEARS} years ahead was dropped`);
  if (expiry.at !== null) {
    if (expiry.at < MIN_EXPIRY || expiry.at > ctx.now + MAX_EXPIRY_YEARS * YEAR_MS) {
      notes.push('expiry out of range (before 2000 or more than 10 years ahead): dropped');
    } else expiresAt = toIso(expiry.at, expiry.zone);
  }
  // The line's data lasts as long as its last bucket that still holds some ("expires 31 December"
  // on a bonus beside a goodybag that renews on the 15th).
  const lastFull = buckets
    .filter((b) => b.expiresAt !== null && (b.remainingMB ?? 0) > 0)
    .sort((a, b) => Date.parse(b.expiresAt as string) - Date.parse(a.expiresAt as string))[0];
  if (lastFull?.expiresAt && expiresAt !== null && Date.parse(lastFull.expiresAt) > Date.parse(expiresAt)) expiresAt = lastFull.expiresAt;
  // ("繰越データ量 0GB（12/31まで）" over "基本データ量 9.40GB", no other end): the one end the page
  // states is an emptied bucket's; nothing the line still holds ends then.
  const dated = buckets.filter((b) => b.expiresAt !== null);
  if (
    expiresAt !== null &&
    dated.length > 0 &&
    dated.every((b) => b.remainingMB === 0 && Date.parse(b.expiresAt as string) === Date.parse(expiresAt as string)) &&
    buckets.some((b) => b.expiresAt === null && (b.remainingMB ?? 0) > 0)
  ) {
    expiresAt = null;
  }
  // An unlimited plan name alone (a catalogue) is not status: it needs a figure of this line.
  // (What a line of known number used this period is status too: "080-… | 今月の利用量 1.84GB" on a
  // plan billed by use.)
  const status = expiresAt !== null || remaining !== null || total !== null || amounts.unlimited || (used !== null && (unlimited || block.line !== null));
  if (!status) return { kind: 'none', notes };
  return {
    kind: 'reading',
    reading: {
      line: block.line,
      plan,
      expiresAt,
      remainingMB: remaining,
      totalMB: total,
      usedMB: used,
      unlimited,
      buckets,
      lineValidUntil: lineValidity(pairs, ctx, ownLine, notes),
    },
    notes,
  };
}
