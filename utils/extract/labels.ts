import type { ReadingHints } from '../providers/types';
import { stripDecor, unanchored } from './text';

/**
 * Labels in Japanese, Chinese and English, and what their values mean. Order matters: a label
 * is tested against `decoy` first (a login time is never an expiry), then `used` before
 * `remaining` only where the label says usage without saying "left".
 */

export const LABEL_KINDS = ['expiry', 'renews', 'remaining', 'used', 'total', 'line', 'plan'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

const DECOY =
  /ログイン|購入日|注文日|申込日|お申込|申し込み日|請求|キャンペーン|エントリー|お知らせ|ニュース|更新日時|時点|発行日|開始日|利用開始|開通|契約日|解約日|登録日|注册|註冊|下单|下單|订单|訂單|支払|価格|金額|金额|購買日|购买日|最終|前回|延长至|延長至|\b(?:log(?:ged)? ?in|signed in|billing|invoice|campaign|promotion|news|start(?:ed|s)?|activated|activation|cancel(?:led)?|order|payment|price|last)\b/i;
const REMAINING =
  /残量|残容量|残り.{0,6}(?:量|容量|データ|ギガ)|^残り?$|残りのデータ|利用可能|剩余流量|剩餘流量|剩余数据|剩餘數據|剩余|剩餘|可用流量|尚余|尚餘|(?:數據|数据|流量)(?:餘量|余量)|remaining|data left|left\b|available data|balance/i;
const USED =
  /利用量|利用データ量|使用データ量|データ使用|使用量|使用済|利用済|通信量|用量|已用|已使用|使用流量|使用數據|使用数据|used|usage|consumed|consumption/i;
const TOTAL =
  /^(?:総|合計|月間|(?:当月|今月)の?データ容量|契約|ご契約データ|プラン容量|ご?(?:購入|追加)データ量$)|^データ容量$|^data allowance$|総容量|総データ|データ容量合計|容量合計|付与(?:データ)?(?:量|容量)|每[日天].{0,4}(?:流量|數據|数据)|total|allowance|总流量|總流量|总量|總量|总数据|總數據|总容量|總容量|套餐流量|套餐內|套餐内|plan data/i;
const RENEWS = /次回更新|更新予定日|次回リセット|リセット日|renews|will renew|next renewal|resets? on|下次重置|重置日|下次更新/i;
const EXPIRY =
  /有効期限|有効期間|利用期限|使用期限|期限|満了|終了日|終了予定|利用期間|使用期間|利用可能期間|残り期間|残り日数|残日数|残り時間|剩余时间|剩餘時間|有效期|效期|有效日期|有效时间|有效時間|到期|截止|失效|剩余天|剩餘天|有效天|expir|valid until|valid through|valid till|valid to\b|good until|good through|(?:safe|kept|active) until|\buse (?:it |them )?(?:by|before)\b|validity|(?:plan|service) period|end date|ends on|^ends$|^(?:valid )?until$|service end|plan ends|days left|time left|time remaining|結束|结束|終了/i;
const LINE =
  /電話番号|卡號|卡号|sim ?卡號|编号|編號|回線番号|ご利用番号|携帯番号|携帯電話番号|SIM番号|iccid|(?<![a-z])phone|mobile number|line number|msisdn|號碼|号码|門號|门号|e?sim ?(?:name|名|label|nickname|暱稱|昵称|別名|别名)|回線名|^(?:[✎✏✐]\s*)?(?:e?sim\s*)?(?:备注名称?|備註名稱?|别名|別名|自訂名稱|自定义名称|自定義名稱|custom name|暱稱|昵称)\s*[✎✏✐]?$|^(?:设备|設備)(?:备注|備註|名称|名稱)$|^device (?:name|nickname|label)$|^e?sim$/i;
/** Plan labels are generic words; a plan's own name ("Rakuten最強プラン") is not one. */
const PLAN =
  /^(?:[ぁ-んァ-ヶ一-龠]{0,6}の|ご契約|ご利用中の|ご利用|現在の|契約|料金|お申込み|月額|基本|ベース)*(?:パケット)?(?:料金)?(?:プラン|コース|パック|チャージプラン)(?:名)?$|^(?:(?:active|monthly|current|data|your|mobile|my|selected|tariff|rate|base|basic|main)\s+){0,2}(?:plan|package|bundle|product)(?:\s+name)?$|^goodybag$|^(?:服務|服务|當前|当前|我的|目前|數據|数据|流量|漫遊|漫游|上網|上网|已訂購|已订购|已購買|已购买|儲值卡|储值卡|儲值|储值|預付卡|预付卡)*(?:套餐|方案|计划|計劃|资费|資費|课程|課程)(?:名称|名稱)?$|^service plan$/i;

/** The word every PLAN label contains (PLAN itself, unanchored, backtracks at every position). */
const PLAN_WORD = /プラン|コース|パック|plan|package|bundle|product|goodybag|套餐|方案|计划|計劃|资费|資費|课程|課程/i;

/** The top-level alternatives of a pattern's source: "a|(?:b|c)d|e" → a, (?:b|c)d, e. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, source.slice(from)];
}

/**
 * Text that could hold a label: every kind's words with their anchors dropped, so it matches
 * wherever a kind matches part of the text. Most text on a big page is none; it is let go after
 * one test instead of a dozen. The words are two patterns: those with a Latin letter (tested with
 * case folding, and only on text with a letter) and those with a Japanese or Chinese character
 * (tested without, only on text with such a character); a word with both is in both.
 */
const MAYBE_WORDS = [REMAINING, USED, TOTAL, RENEWS, EXPIRY, LINE, PLAN_WORD].flatMap((re) => alternatives(unanchored(re.source)));
const MAYBE_LATIN = new RegExp(MAYBE_WORDS.filter((w) => /[a-z]/i.test(w.replace(/\\[a-z]/gi, ''))).join('|'), 'i');
const MAYBE_CJK = new RegExp(MAYBE_WORDS.filter((w) => /[^\x00-\x7f]/.test(w)).join('|'));

/** True when `text` may contain a label of ours (false: it certainly holds none). */
export function mayHoldLabel(text: string, extras?: LabelExtras): boolean {
  if ((/[^\x00-\x7f]/.test(text) && MAYBE_CJK.test(text)) || (/[a-z]/i.test(text) && MAYBE_LATIN.test(text))) return true;
  if (!extras) return false;
  return extras.usage.some((w) => w && text.includes(w)) || LABEL_KINDS.some((k) => has(extras.byKind[k], text));
}

/** Extra labels from a provider profile, as plain substrings. */
export interface LabelExtras {
  byKind: Partial<Record<LabelKind, string[]>>;
  usage: string[];
}

export function extrasFrom(hints: ReadingHints | undefined): LabelExtras {
  const l = hints?.labels ?? {};
  return {
    byKind: { expiry: l.expiry, remaining: l.remaining, used: l.used, total: l.total, line: l.line, plan: l.plan },
    usage: hints?.usageLabels ?? [],
  };
}

const has = (list: string[] | undefined, text: string) => Boolean(list?.some((w) => w && text.includes(w)));

/**
 * Store credit, points, vouchers and codes to redeem: their balances and ends are the shop's, not the
 * line's ("Airmoney expires Dec 1, 2027", "兌換期限", "コード入力期限", "增值券"). Not a prepaid SIM's
 * own credit ("餘額有效期" can be the number's life), nor a coupon of data (IIJmio's クーポン).
 */
const CREDIT =
  /airmoney|wallet|\bpoints?\b|\brewards?\b|cashback|gift ?cards?|vouchers?|(?:coupon|promo|recharge|top-?up) codes?|redeem|ポイント|ギフト(?:券|カード|コード)|コード入力|(?:チャージ|リチャージ|クーポン|プロモーション|ギフト)コード|引き?換え?期限|積分|积分|錢包|钱包|點數|点数|[優优]惠[券碼码]|代金券|[增充儲储]值券|[兌兑][換换]|禮品卡|礼品卡|[充儲储]值[碼码]|[凭憑]证|憑證|票券/i;

/**
 * The last day to install or start a SIM not in use yet ("安裝期限", "请于 … 前激活", "Activate by"):
 * no end of a line in use.
 */
const START_BY =
  /安[裝装](?:期限|截止)|[啟启]用期限|激活(?:期限|截止)|(?:開通|开通)(?:期限|截止)|最[晚迟遲](?:啟用|启用|激活|安[裝装]|開通|开通)|利用開始期限|開通手続き?期限|有効化期限|アクティベーション期限|(?:install|activat\w*|start)\s+(?:by|before|deadline)|last (?:day to )?(?:install|activat\w*)/i;

/** What a label names, or null when it is not one of ours (or is a decoy). */
export function classify(rawLabel: string, extras?: LabelExtras): LabelKind | null {
  const label = stripDecor(rawLabel);
  if (!label || label.length > 48) return null;
  if (DECOY.test(label) || CREDIT.test(label) || START_BY.test(label)) return null;
  // "有効期限の翌月末": a date related to the expiry, not the expiry.
  if (/(?:期限|期間|残量)の|の(?:翌|前)|までに/.test(label)) return null;
  if (extras && has(extras.usage, label)) return 'used';
  if (extras) {
    for (const kind of LABEL_KINDS) if (has(extras.byKind[kind], label)) return kind;
  }
  if (RENEWS.test(label)) return 'renews';
  const remaining = REMAINING.test(label);
  if (remaining && !/利用可能(?:期間|期限|日)|残り期間|残り日数|残り時間|剩余天|剩餘天|剩余时间|剩餘時間|剩余有效|剩餘有效|有效时间|有效時間|days left|time left|time remaining/i.test(label)) {
    return USED.test(label) && !/残|剩|left|remaining|利用可能|available/i.test(label) ? 'used' : 'remaining';
  }
  // "前月からの繰越データ量（残り）": an amount whose brackets say it is what is left.
  if (/(?:データ|ギガ|容量|流量|數據|数据|data)[^()]{0,4}\((?:残り|残量|剩余|剩餘|remaining|left)\)?$/i.test(label)) return 'remaining';
  if (EXPIRY.test(label)) return 'expiry';
  // 總用量 beside 剩餘用量 (Hong Kong pages): the allowance, not what was used.
  if (/^(?:總|总)(?:用量|數據量|数据量)$/.test(label)) return 'total';
  // "Recent usage", 利用履歴, 使用记录: a log of past use, not this period's.
  // (So is last month's: "前月のご利用量", "上月用量", "Last month's usage".)
  // (And yesterday's, or the last few days': "昨日のご利用量", "直近3日間のご利用量", "近7天用量".)
  if (USED.test(label)) {
    return /recent|history|履歴|明細|明细|记录|記錄|紀錄|过去|過去|前月|先月|上月|上个月|上個月|last month|previous month|昨日|前日|直近|昨天|近\d+天|yesterday|last \d+ days/i.test(label) ? null : 'used';
  }
  if (TOTAL.test(label)) return 'total';
  // ("日本实体号码 保号月租套餐": a plan's name that mentions the number, not the number's label.)
  // ("eSIM 暱稱 / 方案" still heads both: a line's and a plan's.)
  // ("日本实体号码 保号月租套餐", "日本門號保號方案 365天": a plan's name that mentions the number, its term after it.)
  // ("日本号码保号套餐（月付）": with how it is paid after it.)
  // ("合約編號 | SM-2611-04821", "契約番号": a contract's or an order's number is no line's id.)
  // ("統一編號 00000000", "营业执照编号": a company's registration number, in a shop's footer.)
  // (The last of several pieces is the label: "旅行上網小舖 · 統一編號".)
  if (LINE.test(label) && /^(?:ご?契約|合約|合约|合同|訂單|订单|ご?注文|受付|申込|contract|order|receipt|統一|统一|營業|营业|公司|稅籍|税号|稅號|會員|会员|預訂|预订|予約|booking|reservation)/i.test(label.split(/\s*[·・|｜]\s*/).pop() ?? label)) return null;
  if (LINE.test(label)) return /^[^/／|｜]*[^\s/／|｜]\s*(?:套餐|方案|プラン|plan)(?:\s*[（(][^()（）]{1,8}[)）]?)?(?:\s*\d+\s*(?:天|日|日間|days?|個月|个月|ヶ月|か月|months?|年))?$/i.test(label) ? null : 'line';
  if (PLAN.test(label)) return 'plan';
  return null;
}

/** Words that mark a plan or a value as unlimited data. */
export const UNLIMITED = /使い放題|無制限|無限|无限|不限量|吃到飽|吃到饱|unlimited/i;

/** Badges that mark a line as no longer current. */
export const ENDED =
  /^(?:ご?解約済み?|解約|期限切れ|有効期限切れ|利用終了|終了|停止中|利用停止|休止中|expired|archived|cancelled|canceled|terminated|inactive|deactivated|disconnected|ended|已过期|已過期|已失效|已到期|已停用|已終止|已终止|已停机|已停機|停机|停機|已注销|已註銷|已销号|已銷號|已销户|已銷戶|已作废|已作廢|suspended|refunded|已退款|已退費|返金済み?|已取消|キャンセル済み?)$/i;

/**
 * Splits "有効期限：2026/12/31" or "データ残量 7.3GB" into label and inline value. A label is a
 * short lead of text before a colon, or before the first digit.
 */
export function splitLabel(text: string): { label: string; value: string } {
  // A colon between digits is a time ("23:59"), not the end of a label.
  const colon = /[:：](?!\d{2})|(?<!\d)[:：]/.exec(text);
  if (colon && colon.index > 0 && colon.index <= 40) {
    return { label: text.slice(0, colon.index).trim(), value: text.slice(colon.index + 1).trim() };
  }
  // "Plan expires (GMT+8, Hong Kong time)": a zone note in the label's brackets is the label's own.
  if (/[（(][^()（）]*(?:GMT|UTC|JST|HKT|时间|時間|\btime\b)[^()（）]*[)）]\s*$/i.test(text) && !/\d/.test(text.replace(/[（(][^()（）]*[)）]\s*$/, ''))) {
    return { label: text, value: '' };
  }
  const digit = /[-+]?\d/.exec(text);
  if (!digit) return { label: text, value: '' };
  if (digit.index === 0 || digit.index > 40) return { label: '', value: text };
  // Words that belong to the value: an era, a month name, "あと", a currency sign, an id's
  // capital letters ("卡号 JP88120047").
  const lead = VALUE_LEAD.exec(text.slice(0, digit.index)) ?? /(?<=\s)[A-Z]{2,4}$/.exec(text.slice(0, digit.index));
  const cut = lead ? lead.index : digit.index;
  return { label: text.slice(0, cut).trim(), value: text.slice(cut).trim() };
}

const VALUE_LEAD =
  /(?:令和|平成|あと|还剩|還剩|約|约|共|¥|￥|HK\$|US\$|\$|£|\b[RH]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*$/i;
