import type { Segment, SegmentList } from './dom';
import { unanchored } from './text';
import type { PageKind } from './types';

/**
 * What a page is, from its content: its title (a FAQ, a price list, a history names itself) and,
 * wherever its path is, shop pages: a confirmation says an order went through
 * in its heading; a checkout has a pay button and a picked product or a total. Shared by the page
 * reader (extractPage), the account content script (which then asks for the overlay) and the
 * overlay itself.
 */

const COMPLETE =
  /(?:注文|購入|チャージ|お申し?込み|手続き|お?支払い|決済|受付)が?完了|(?:お申し?込み|ご注文|ご依頼)を受け付けました|ご(?:購入|注文)(?:いただき)?(?:、)?(?:誠に|まことに)?ありがとうございま(?:した|す)|thank(?:s| you) for your (?:purchase|order)|(?:order|purchase|charge|recharge|top-?up|refill)(?:'s| is| has been)? (?:complete|completed|confirmed|successful|received)|payment (?:was |is |has been )?(?:successful|complete|completed|received)|payment went through|you(?:'|’| a)re all set|(?:购买|購買|支付|付款|充值|增值|交易|加值|儲值|储值|续费|續費)成功|[訂订][單单]已?完成|感[謝谢]您的[購购][買买]|(?:充值|支付|付款)完成|has been (?:extended|renewed|topped up)|(?:charge|payment|order|purchase|top-?up|refill) has been (?:completed|processed|confirmed)|(?:refill|top-?up) (?:is )?(?:successful|complete)|voucher (?:has been |was |is )?(?:redeemed|applied)|(?:兌換|兑换)成功|(?:ご?注文|ご?購入|お申し?込み|ご?予約)が確定しました|(?:booking|reservation) (?:is |has been )?(?:confirmed|complete|completed)|(?:預訂|预订|訂購|订购)(?:成功|已確認|已确认)/i;
/**
 * A step of a progress bar ("トッピング選択 › 購入内容の確認 › 購入完了") names where the flow
 * goes, not where the user is: only the current step speaks for the page.
 */
function futureStep(el: Element): boolean {
  const step = el.closest('li');
  return step !== null && !step.matches('[aria-current],[class*=active],[class*=current]');
}

/**
 * The text says a purchase went through: "支付成功后发送…" / "購入完了後に…" / "once payment is
 * complete" speak of what will happen after it, not of a purchase made.
 */
function completes(text: string): boolean {
  const m = COMPLETE.exec(text);
  if (!m) return false;
  // ("付款成功但到期时间没变？", "Payment successful but no data?": a question asks of a purchase, it completes none.)
  if (/[?？]\s*$/.test(text)) return false;
  const after = text.slice(m.index + m[0].length);
  return !/^\s*(?:后|後|之后|之後|以后|以後|时|時|次第|すると|したら|しましたら|する(?:前|まで)|after)/i.test(after) && !/(?:once|after|when|as soon as|until|before)\s+(?:the\s+|your\s+)?$/i.test(text.slice(0, m.index));
}

/** "ご購入ありがとうございました" and no status label: the page confirms a purchase. */
export function completedPurchase(segs: readonly Segment[]): boolean {
  // A short text, or a longer one that opens with it ("Thanks for your order. We've sent…").
  const completed = segs.some((s) => (s.text.length <= 60 || (s.text.length <= 160 && COMPLETE.exec(s.text)?.index === 0)) && completes(s.text) && !futureStep(s.el));
  if (!completed) return false;
  // A status label beside it is an account page's note of a purchase, unless the page gives the
  // purchase's own number (受付番号, 注文番号): then it is the receipt, whatever else it shows.
  return receiptOrNoStatus(segs);
}

/** No status label on the page, or the purchase's own number or the sum it paid in a cell of its own. */
function receiptOrNoStatus(segs: readonly Segment[]): boolean {
  // (Or the sum it paid: "お支払い金額 | 550円（税込）" under "データチャージが完了しました。".)
  return (
    !segs.some((s) => STATUS_LABEL.test(s.text) && s.text.length < 20) ||
    segs.some((s) => s.text.length <= 24 && RECEIPT.test(s.text.trim())) ||
    segs.some((s, i) => s.text.length <= 20 && PAID.test(s.text.trim()) && MONEY.test(segs[i + 1]?.text ?? ''))
  );
}

/** A label of the line's status: what is left, when it ends ("剩餘 3.25GB / 5GB", "到期日 31/12/2026"). */
const STATUS_LABEL = /有効期限|残量|remaining data|data left|剩余|剩餘|到期日|有效期至|有效期限/i;

/** The label of the sum a purchase paid, alone in its cell: "お支払い金額", "Amount paid", "实付金额". */
const PAID = /^(?:お?支払い?金額|ご?請求金額|決済金額|amount paid|total paid|you paid|实付(?:金额|款)?|實付(?:金額|款)?|支付金额|支付金額|付款金额|付款金額)\s*(?:[（(]税込[)）])?\s*[:：]?$/i;

/** The label of a purchase's own number, alone in its cell. */
const RECEIPT = /^(?:ご?注文番号|受付番号|お?申込番号|ご?購入番号|order (?:number|no\.?|id|code|reference)|receipt (?:no\.?|number)|订单号|订单编号|訂單編號|訂單號碼|交易编号|交易編號)\s*[:：]?$/i;

/** The completion message as the page's heading or status: "ご購入ありがとうございました" as h1. */
export function completionHeading(segs: readonly Segment[]): boolean {
  // ("<div role=status>トッピングの購入が完了しました（注文番号 …）</div>" over the line's 残量 and
  // 有効期限: a toast on the account page, unless the page is the purchase's receipt.)
  return segs.some(
    (s) =>
      s.text.length <= 60 &&
      completes(s.text) &&
      (s.el.closest('h1,h2,h3,title,[role=heading]') !== null || (s.el.closest('[role=status],[role=alert]') !== null && receiptOrNoStatus(segs))),
  );
}

const ORDER_HEAD = /^(?:订单号|订单编号|訂單編號|訂單號碼|注文番号|ご?注文番号|受付番号|order (?:no\.?|number|id|#)|order)$/i;
// ("付款金額", "お支払い金額": the sum's word with what it is.)
const MONEY_HEAD = /^(?:(?:付款|支付|订单|訂單|お?支払い?|ご?購入|ご?注文)?(?:金额|金額)|实付|實付|价格|價格|料金|価格|ご?請求額|amount|price|total|paid)$/i;
const WHEN_HEAD = /^(?:下单|下單|订购|訂購|ご?注文|購入|申込|order|purchase)?\s*(?:时间|時間|日時|日期|日|date|time)$/i;
const STATUS_HEAD = /剩余|剩餘|残量|残り|remaining|left|到期|有効期限|有效期|expir/i;

/**
 * A table of orders: its header names an order number, an amount and when it was ordered, and
 * no column of what is left or when it ends ("订单号 | 商品 | 号码 | 金额 | 下单时间 | 状态").
 */
export function ordersTable(root: ParentNode): boolean {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const head = table.querySelector('thead tr') ?? table.querySelector('tr');
    const cells = Array.from(head?.children ?? [], (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (cells.some((c) => ORDER_HEAD.test(c)) && cells.some((c) => MONEY_HEAD.test(c)) && cells.some((c) => WHEN_HEAD.test(c)) && !cells.some((c) => STATUS_HEAD.test(c))) return true;
  }
  return false;
}

/**
 * Order history: rows of past orders, each "注文完了", is no confirmation of a purchase just made;
 * nor is a list of orders each with its own number, one of them "已续费成功".
 */
export function listsOrders(root: ParentNode): boolean {
  return titleKind(root) === 'order-history' || listsOrderNumbers(root);
}

/** The button that pays: "購入する", "Pay now", "确认支付". */
const PAY_ACTION =
  /^(?:購入する|購入を確定する?|注文を確定する?|注文する|お申し?込み(?:する)?|申し込む|お支払いへ進む|支払う|決済する|チャージする|pay(?: now)?|charge(?: \S+ (?:yen|円))?|top up now|place (?:your )?order|complete (?:order|purchase|payment)|confirm (?:and )?(?:pay|buy)|confirm (?:extension|renewal|top-?up|purchase)|extend now|renew now|proceed to payment|buy now|确认支付|立即支付|去支付|付款|提交订单|提交訂單|確認付款|確認並付款|确认并付款|確認並支付|确认并支付|立即付款|前往付款|(?:前往|去)?(?:结算|結帳|结账|結算)|proceed to checkout|go to checkout|checkout|(?:支付宝|支付寶|微信|银联|銀聯|云闪付|雲閃付)支付|立即购买|立即購買|确认购买|確認購買|马上支付|馬上支付|(?:確認|确认|立即)(?:儲值|储值|加值|充值))(?![a-z])/i;
/**
 * "この内容で申し込む", "スワイプして購入を確定する →": a Japanese pay verb ends the button.
 * ("上記に同意して購入する（2,400円）": the sum it pays may follow, in brackets.)
 */
const PAY_ENDING =
  /(?:(?:購入|注文|申込み?|申し込み|支払い|決済|チャージ|加入)(?:を確定)?する|申し込む|(?:支払|払)う)\s*(?:[（(][^()（）]{1,16}[)）])?\s*[→>›»]*$/;
const TOTAL = /合計|お支払い?金額|お支払い?予定(?:金)?額|ご請求金額|ご請求額|ご?請求予定(?:金)?額|^total|order total|^to pay\b|合计|總計|总计|合共|应付|應付|实付|實付/i;
/** The label of a single price ("料金", "Price"): what is paid where the page shows nothing else. */
const PRICE_ROW = /^(?:料金|金額|価格|代金|お支払い?料金|ご?請求額|price|amount|价格|價格|金额|費用|费用)$/i;
/**
 * Every word a shop page's tests start from, unanchored: text without any of them makes no page a
 * checkout or a confirmation. A pay action ("購入する", "Buy goodybag") may be a link; a completed
 * purchase, a total or a price is the page's own text. The reader's first question
 * (utils/extract/gate.ts) asks only these.
 */
export const PAY_WORDS = new RegExp([PAY_ACTION, PAY_ENDING, /\bbuy\b/].map((re) => unanchored(re.source)).join('|'), 'i');
export const SHOP_WORDS = new RegExp([COMPLETE, TOTAL, PRICE_ROW].map((re) => unanchored(re.source)).join('|'), 'i');

/** A sum of money: "2,700円", "¥550", "£15.00", "165 元", "500 yen". */
export const MONEY = /\d\s*(?:円|元|日圓|日幣|日币|[Yy]en\b|JPY|CNY|HKD|TWD|USD|GBP|EUR)|[¥￥$£€]\s*\d/;

/** A button that takes a purchase on to its next step: "確認画面へ", "Continue", "Buy goodybag", "決定", "この内容で変更を確定する". */
const NEXT_STEP = /^(?:確認画面へ(?:進む)?|次へ(?:進む)?|(?:決済|お支払い|支払い?|カード)(?:情報)?(?:入力|手続き|方法)?(?:画面)?へ(?:進む)?(?:\s*[＞>›»→])?|決定(?:する)?|(?:この内容で)?(?:[^\s。]{1,8}を)?確定(?:する)?|(?:内容を)?確認する|購入手続きへ(?:進む)?|レジに進む|continue(?: to (?:payment|checkout))?|next|review order|confirm|checkout|buy \S+|下一步|继续|繼續|去结算|去結算)$/i;
/** A product choice names data, a term or a price ("3GB（660円）", "£15 · 35GB data"). */
const PRODUCT_TERMS = /\d\s*(?:[GMT]B|ギガ|日|天|days?\b|時間|小时|小時|hours?\b|ヶ月|か月|个月|個月|months?\b)/i;

/** The product the user picked (a checked radio or radio card, a selected option that names one). */
function pickedProduct(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('input[type="radio"][checked], [role=radio][aria-checked="true"], [role=option][aria-selected="true"], select option[selected], uni-radio[checked]:not([checked="false"])')).some((el) => {
    const text = (el.closest('label,li,tr,[role=radio],[role=option]') ?? el.parentElement ?? el).textContent ?? '';
    return PRODUCT_TERMS.test(text) || MONEY.test(text);
  });
}

/**
 * The page is the step that confirms an order before it is placed: its progress bar's current step
 * says so ("お申し込み内容の確認", "Review order"), or its lead does ("以下の内容でお申し込みします").
 */
function confirmStep(root: ParentNode, segs: readonly Segment[]): boolean {
  // ("<div id=steps><span>1. Select</span> » <span class=now>2. Confirm &amp; Pay</span>": a step bar of spans.)
  const current = root.querySelector(
    'li[aria-current], li[class*=current], li[class*=active], li.now, li.on, [class*=step][aria-current], [class*=step][class*=current], [id*=step] > .now, [class*=step] > .now, [id*=step] > .on, [class*=step] > .on',
  );
  if (current && /確認|confirm|review|確定|确认|確認訂單/i.test(current.textContent ?? '')) return true;
  if (segs.some((s) => s.text.length <= 80 && /^以下の内容で(?:お?申し?込み|購入|注文|チャージ|ご?契約)/.test(s.text))) return true;
  // ("<h2>儲值內容確認</h2>", "<h2>ご注文内容の確認</h2>": a heading that asks to confirm the order.)
  // ("パケットチャージ　お申し込み内容の確認": what is bought may come first, apart by a space.)
  return Array.from(root.querySelectorAll('h1,h2')).some((h) => /^(?:[^\s]{0,10}\s*)?(?:[^\s]{0,8}(?:內容|内容|訂單|订单|注文|お?申し?込み|購入|儲值|储值|加值|充值|チャージ)の?)(?:確認|确认)$|^(?:review|confirm) (?:your )?order$/i.test((h.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Inside a button (`closest('button,[role=button]')`, walked: this runs for every short text). */
function inButton(el: Element): boolean {
  for (let x: Element | null = el; x; x = x.parentElement) {
    // A tab ("<button role=tab>お申込み</button>" over a FAQ's questions) opens a panel; it pays for nothing.
    if (x.getAttribute('role') === 'tab') return false;
    // (A framework's own button element: uni-app's <uni-button>, Vant's <van-button>, <ion-button>.)
    if (x.tagName === 'BUTTON' || x.getAttribute('role') === 'button' || /^(?:UNI|VAN|ION|MWC|SL|MD)-BUTTON$/i.test(x.tagName)) return true;
  }
  // ("<span class="btn">Confirm</span>": an element styled as a button, not a link to elsewhere.)
  return el.tagName !== 'A' && el.closest('a') === null && BUTTON_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * A selected product, a total and a pay action: the page is about to take payment. The total is
 * one of money ("データ残量合計 5.55GB" on an account page is none). The first step of a purchase
 * form is one too: a picked product, a total of money and a button that takes the order on.
 */
/** A Japanese phone number or an ICCID: what a select that picks the line shows. */
export const LINE_NUMBER = /(?<!\d)0[25-9]0-?\d{4}-?\d{4}(?!\d)|(?<!\d)89\d{17,18}(?!\d)/;

export function looksLikeCheckout(segs: readonly Segment[], root: ParentNode): boolean {
  // Looked up only when a test needs it: a query over every element is the costliest step here.
  // ("<select name=selectedLineNo><option selected>090-…（マイピタ 5GB）": the line shown, no product picked.)
  let pickedMemo: Element | null | undefined;
  const picked = () => {
    if (pickedMemo === undefined) {
      pickedMemo =
        // (uni-app's own radio: <uni-radio checked="true">.)
        Array.from(root.querySelectorAll('input[type="radio"][checked], select option[selected], [aria-checked="true"], [aria-selected="true"], uni-radio[checked]:not([checked="false"])')).find(
          // (A tab shown, "<button role=tab aria-selected=true>データ通信", picks no product either.)
          (el) => !(el.localName === 'option' && LINE_NUMBER.test(el.textContent ?? '')) && el.getAttribute('role') !== 'tab',
        ) ?? null;
    }
    return pickedMemo;
  };
  // ("お支払い金額（税込） | 2,400<small>円</small>": the figure and its currency apart.)
  const bare = (i: number) => /^\d[\d,.]*$/.test(segs[i]?.text ?? '') && MONEY.test(`${segs[i]?.text}${segs[i + 1]?.text ?? ''}`);
  const total = segs.some((s, i) => s.text.length <= 20 && TOTAL.test(s.text) && (MONEY.test(`${s.text} ${segs[i + 1]?.text ?? ''}`) || bare(i + 1)));
  // ("<input type="submit" value="決定">": a form's submit input is a button whose text is its value;
  // the shown ones, gathered by segmentsOf, else looked up once, when a test needs it.)
  let submits: Element[] | undefined;
  const button = (test: (text: string, el: Element) => boolean) =>
    segs.some((s) => s.text.length <= 30 && test(s.text.trim(), s.el) && inButton(s.el)) ||
    (submits ??= (segs as Partial<SegmentList>).submits ?? Array.from(root.querySelectorAll('input[type="submit"][value]'))).some((el) =>
      test((el.getAttribute('value') ?? '').trim(), el),
    );
  if (total && button((t) => NEXT_STEP.test(t)) && (pickedProduct(root) || confirmStep(root, segs))) return true;
  // "料金 | 275円（税込）" on the step that confirms an order: the one price there is what is paid.
  // ("金額 | <span>500</span>日圓（含稅）": the figure and its currency apart.)
  const moneyAt = (i: number) => MONEY.test(segs[i]?.text ?? '') || bare(i);
  // ("確認儲值" under "儲值內容確認": a pay action there too.)
  if (!total && segs.some((s, i) => PRICE_ROW.test(s.text) && moneyAt(i + 1)) && button((t) => NEXT_STEP.test(t) || PAY_ACTION.test(t) || PAY_ENDING.test(t)) && confirmStep(root, segs)) return true;
  // "Buy goodybag": a form's submit button that buys the picked choice.
  const pay = button((t, el) => PAY_ACTION.test(t) || PAY_ENDING.test(t) || (/^buy \S+$/i.test(t) && el.closest('form button') !== null && picked() !== null));
  if (pay && (total || picked() !== null)) return true;
  if (!total) return false;
  // "<a class="btn">確認付款</a>", "<span class="go">提交订单</span>": a pay action that is no button
  // element counts beside both a picked product and a total.
  const payText = segs.some(
    // ("<p><span class="btn-confirm">Confirm Extension</span></p>": an element styled as a button, in a paragraph.)
    (s) => s.text.length <= 20 && PAY_ACTION.test(s.text.trim()) && (!s.el.closest('p,li,label,h1,h2,h3,h4,title,option,td,th,dt,dd') || BUTTON_CLASS.test(s.el.getAttribute('class') ?? '')),
  );
  if (payText && picked() !== null && pickedProduct(root)) return true;
  // ("<div class=paybtn>確認並付款 HK$118</div>", "<div class=submit><span>提交订单</span></div>": the
  // action alone, with the sum it pays at most, in a box classed as a button: a pay button.)
  return segs.some((s) => {
    const t = s.text.trim();
    const action = PAY_ACTION.exec(t);
    if (!action || t.length > 24 || !/^\s*(?:(?:HK|NT|US)?\$|[¥￥]|\d|$)/.test(t.slice(action[0].length))) return false;
    return [s.el, s.el.parentElement].some((el) => el !== null && PAY_CLASS.test(el.getAttribute('class') ?? ''));
  });
}

/** A class that styles a box as the pay action: "paybtn", "submit", "pay-button", "checkout-btn". */
const PAY_CLASS = /btn|button|submit|pay|checkout/i;

/** A class that styles an element as a button: "btn", "btn-confirm", "pay-button". */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i;

/**
 * A page at a guessed confirmation path that holds a pay action, a total and no word of a
 * completed purchase is the order's last step before payment ("/order/summary", "COMPLETE ORDER").
 */
export function beforePayment(segs: readonly Segment[], root: ParentNode): boolean {
  return looksLikeCheckout(segs, root) && !completedPurchase(segs);
}

const KIND_WORDS: Array<[PageKind, RegExp]> = [
  ['order-history', /注文履歴|購入履歴|申し?込み?履歴|チャージ履歴|order history|top-?up history|recharge history|充值记录|充值記錄|儲值紀錄|加值紀錄|purchase history|past orders|订单记录|订单历史|購買紀錄|購買記錄|訂單紀錄|訂單記錄|訂單查詢|订单查询|(?:订单|訂單)(?:管理|列表)|^(?:my |your )?orders(?=\s*[|｜–—-]|\s*$)/i],
  ['usage-history', /利用履歴|使用履歴|(?:利用|使用|通信)量の履歴|利用状況の履歴|データ利用量照会|通信量の履歴|日別|過去\d+日間|daily usage|usage history|data usage history|用量明细|用量明細|使用记录|使用紀錄|流量明细|用量(?:紀錄|记录|記錄)/i],
  ['help', /よくある(?:ご)?質問|FAQ|ヘルプ|Q&A|help cent(?:er|re)|常见问题|常見問題|帮助中心|幫助中心|支援中心|支持中心|說明中心|说明中心|(?:安裝|安装|設定|设置|使用|開通|开通)(?:教學|教学|教程|說明|说明|指南)|設定ガイド|設定方法|(?:installation|setup|set-up|activation) guide|使い方|ご利用ガイド|お客様サポート|確認方法|(?:の|手続き)方法(?:$|[\s｜|])|how to (?:check|use|install|top up)|user guide|(?:^|\s)(?:教學|教学|教程|tutorial)(?:$|[\s｜|:：])|如何(?:查詢|查询|使用|安裝|安装|設定|设置|加購|加购)|support cent(?:er|re)|\bhelp\b(?!\s+(?:us|me|you))|(?:^|\s)(?:how|what|why|when|where|can i|do i|does)\b[^?？]{3,80}[?？]|(?:ですか|ますか|嗎|吗)[?？]|(?:什麼|什么|怎麼|怎么|為什麼|为什么|如何|哪裡|哪里|哪些|多久)[^?？]{0,40}[?？]|客服中心|客戶服務中心|客户服务中心/i],
  // (A bill names its month's sum: "2026年11月ご利用分のご請求金額", "料金明細", "帳單明細".)
  ['other', /ご請求金額|請求明細|料金明細|ご利用料金の確認|账单|帳單|賬單|\b(?:your )?(?:bill|invoice)s?\b(?! ?(?:date|day|cycle))|報道発表|ニュースリリース|press release|新闻稿|新聞稿|キャンペーン\s*[|｜]|\bcampaign\s*[|｜–—]|お知らせ一覧|[|｜]\s*お知らせ\s*[|｜]|ニュース|キャンペーン一覧|キャンペーン」?を実施|^news\b|promotions?\b|优惠活动|新闻|新聞|最新消息|公告/i],
  ['catalogue', /料金プラン|月額料金|料金・割引|[\s\u3000の]料金(?=$|[\s\u3000｜|])|プラン一覧|トッピング一覧|料金表|price list|our plans|(?:choose|pick|find|select) (?:a|your|the) (?:plan|package|goodybag|bundle|data plan)s?\b|sim[- ]only deals|商品一覧|商品列表|套餐列表|资费|資費|價格表|价格表|價目表|价目表|方案(?:總覽|总览|一覽|一览|列表)|(?:方案|套餐)(?:(?:與|与|和|及|&)\s*)?(?:價格|价格|資費|资费)|plans? (?:&|and) pric(?:es|ing)|compare plans|store|(?:^|[\s:：|｜])rates(?=$|[\s|｜])/i],
];

/** The kind whose words come first in the text: a price list with a FAQ section below is a price list. */
function kindIn(text: string): PageKind | null {
  let best: { kind: PageKind; at: number } | null = null;
  for (const [kind, re] of KIND_WORDS) {
    const at = re.exec(text)?.index;
    if (at !== undefined && (best === null || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? null;
}

/** The page's title and main headings, as one text. */
function headText(root: ParentNode, segs?: SegmentList): string {
  const title = ((root as Document).head ?? root).querySelector('title');
  const h1s = segs?.h1s ?? [...root.querySelectorAll('h1')];
  return [...(title ? [title] : []), ...h1s].slice(0, 3).map((e) => e.textContent ?? '').join(' ');
}

/** What the page says it is in its title and main heading ("よくある質問", "注文履歴"), or null. */
export function titleKind(root: ParentNode, segs?: SegmentList): PageKind | null {
  return kindIn(headText(root, segs));
}

/**
 * A sign-in page whose password step is not on screen yet ("マイページにログイン", an ID field and
 * "次へ"), or one that resets the password ("パスワードの再設定"): its title or main heading says so
 * and it asks for something in a form.
 */
export function loginTitled(root: ParentNode, segs?: SegmentList): boolean {
  const text = headText(root, segs);
  return /ログイン(?!中|情報|履歴)|\b(?:log ?in|sign ?in)\b(?! (?:history|details))|登录|登入|登錄|パスワード(?:の)?再設定|password reset|reset (?:your )?password|forgot (?:your )?password|忘[记記]密[码碼]|重[设設置]密[码碼]/i.test(text) && root.querySelector('form input[type=text], form input[type=email], form input:not([type])') !== null;
}

/** A notice or a message about the account ("お知らせ詳細", "通知", "Notice"), not the account's page. */
export function noticeTitled(root: ParentNode, segs?: SegmentList): boolean {
  return /お知らせ|メッセージ|notice|notification|message|公告|通知|消息|訊息/i.test(headText(root, segs));
}

/** What a page without plan status is, from its title and headings, else from its offers. */
export function otherKind(root: ParentNode): PageKind {
  const heads = [...root.querySelectorAll('title,h1,h2')].slice(0, 6).map((e) => e.textContent ?? '').join(' ');
  return titleKind(root) ?? kindIn(heads) ?? (listsOrderNumbers(root) || ordersTable(root) ? 'order-history' : offerCards(root) >= 3 ? 'catalogue' : 'other');
}

/** An order's number after its label: "订单号 RK2612011833072", "注文番号：A-10293", "Order #HF-558291". */
const ORDER_WITH_ID = /(?:订单号|订单编号|訂單編號|訂單號碼|ご?注文番号|order (?:no\.?|number|#)|order#)\s*[:：#]?\s*((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{5,})/gi;

/** Two or more orders, each with its own number: a list of orders (to pay, paid, cancelled), no checkout. */
export function listsOrderNumbers(root: ParentNode): boolean {
  const text = ((root as Document).body ?? root).textContent ?? '';
  const ids = new Set<string>();
  for (const m of text.matchAll(ORDER_WITH_ID)) {
    ids.add((m[1] ?? '').toUpperCase());
    if (ids.size >= 2) return true;
  }
  return false;
}

/** An action that buys the offer it sits in: "立即购买", "BUY NOW", "申し込む", "Select". */
const BUY_ACTION =
  /^(?:立即|马上|馬上)?(?:购买|購買|订购|訂購|下单|下單|選購|选购|申辦|申办|辦理|办理)$|^(?:今すぐ)?(?:購入|申し?込)(?:する|む|み)?$|^buy(?: now| this plan)?$|^(?:select|choose)(?: this)?(?: plan| package)?$|^add to (?:cart|bag)$|^加入(?:购物车|購物車)$|^get (?:this )?(?:plan|it)$/i;
const OFFER_PRICE = /[¥￥$£€]\s*\d|\d\s*(?:円|元|yen\b|usd\b|jpy\b|hkd\b|twd\b)/i;

/**
 * How many offers the page shows: boxes each holding a price and an action that buys it (a shop's
 * plan cards, "日本eSIM 3GB 5天 | ¥19.9元 | 立即购买"). Three or more make a price list, whatever its title.
 */
export function offerCards(root: ParentNode): number {
  const cards = new Set<Element>();
  for (const action of Array.from(root.querySelectorAll('a,button'))) {
    if (!BUY_ACTION.test((action.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    for (let box = action.parentElement, up = 0; box && up < 4; box = box.parentElement, up += 1) {
      const text = box.textContent ?? '';
      if (text.length > 400) break;
      if (OFFER_PRICE.test(text)) {
        cards.add(box);
        break;
      }
    }
  }
  return cards.size;
}
