/**
 * Labels whose value is personal: names, addresses, birthdays, contact addresses, and the numbers
 * that point at a person or their orders (customer, member, contract, order, enquiry); their
 * values are masked whole. Apart from them, the labels of a line's id (電話番号, 卡号, ICCID…):
 * only their values' numbers are replaced, since the reader reports a line id as shown. Matched
 * on NFKC text, as whole labels only: "Name" is one, "Plan name" and "eSIM name" are not.
 */

const NAME =
  '(?:ご?契約者|ご?利用者|ご?名義人?|申込者|購入者)(?:様)?(?:の)?(?:氏名|お名前|名前|名義|名)?|(?:会員|お客様|お客さま)(?:の)?(?:氏名|お名前|名前|名義|名)|氏名|お名前|名前|フリガナ|ふりがな|カナ|セイ|メイ|姓|名|姓名|名字|联系人|聯絡人|收件人|收货人|收貨人|持卡人|机主(?:姓名)?|機主(?:姓名)?|用户名|用戶名|客户(?:姓名|名称)|客戶(?:姓名|名稱)|会员名|會員名|账户名|帳戶名|' +
  '(?:full |first |last |given |family |middle |your |customer |account |contact |user |card ?holder |holder |subscriber |recipient )?name|surname|account holder|card ?holder|contract holder|subscriber|username|customer|recipient';
const ADDRESS =
  'ご?住所|ご?自宅住所|送付先(?:住所)?|配送先(?:住所)?|お届け先(?:住所)?|請求先住所|郵便番号|所在地|地址|住址|收货地址|收貨地址|通讯地址|通訊地址|邮寄地址|郵寄地址|邮编|郵遞區號|邮政编码|郵政編碼|' +
  '(?:billing |shipping |home |street |postal |mailing |delivery )?address(?: line ?\\d)?|post ?code|zip(?: code)?|postal code';
const BIRTH = '生年月日|誕生日|お誕生日|出生日期|出生年月日|生日|date of birth|birth ?date|birthday|dob';
const CONTACT = 'メールアドレス|メール|連絡先(?:メールアドレス)?|電子郵件|电子邮件|电子邮箱|邮箱|郵箱|e-?mail(?: address)?';
const NUMBER =
  'ご?注文番号|注文ID|オーダー番号|受付番号|ご?購入番号|お?申込番号|お申し?込み番号|お問い?合わせ番号|問い?合わせ番号|お客様番号|お客さま番号|お客様ID|顧客番号|会員番号|会員ID|ご?契約番号|契約ID|管理番号|受注番号|予約番号|取引番号|決済番号|伝票番号|追跡番号|ログインID|ユーザーID|' +
  'mio ?ID|d ?アカウント|au ?ID|楽天会員ID|' +
  '订单号|订单编号|訂單編號|訂單號碼|订单号码|交易编号|交易編號|交易号|交易號|流水号|參考編號|参考编号|会员号|會員編號|会员编号|客户编号|客戶編號|合同号|合約編號|合约编号|账号|帳號|身份证号|身分證字號|证件号码|證件號碼|護照號碼|护照号码|' +
  'order (?:number|no\\.?|id|#|code|reference|ref\\.?)|order#|receipt (?:number|no\\.?|#)|(?:transaction |payment )?reference(?: number| no\\.?)?|transaction (?:id|number)|confirmation (?:number|code|no\\.?)|booking (?:reference|number)|' +
  '(?:customer|account|contract|member(?:ship)?|invoice|receipt|passport|id) (?:number|no\\.?|id)|passport|customer id|user id|login id';

const LABEL_SOURCE = `(?:${NAME}|${ADDRESS}|${BIRTH}|${CONTACT}|${NUMBER})`;

/**
 * Labels of a line's own id (a card or SIM number a reseller prints, "JP88120047"): its value's
 * numbers are identifiers whatever their shape, so their digits become placeholders while the
 * letters and separators stay (the reader reports the line id as shown: only its digits change).
 */
const ID_SOURCE =
  '(?:ご?利用)?(?:携帯)?(?:電話番号|回線番号|ご利用番号|SIM番号|製造番号|携帯番号)|ICCID|EID|IMEI|IMSI|MSISDN|(?:SIM ?|流量|上网|上網|数据|數據)?卡(?:号|號|号码|號碼|片编号|片編號)|手机号码?|手機號碼?|电话号码|電話號碼|门号|門號|号码|號碼|编号|編號|' +
  '(?:phone|mobile|line|sim|card|esim|serial)(?: number| no\\.?)|number';
const ANY_LABEL = new RegExp(LABEL_SOURCE, 'i');

/** False when `text` (NFKC) certainly holds no personal label or honorific: most page text is let go after one test. */
export function mayHoldLabel(text: string): boolean {
  return ANY_LABEL.test(text) || /様|さま|さん/.test(text);
}

/** One label at the start of a text, with what decorates it. */
const LEADING = new RegExp(`^${LABEL_SOURCE}(?![A-Za-z])[\\s/・,、]*`, 'i');
const LEADING_ID = new RegExp(`^(?:${ID_SOURCE})(?![A-Za-z])[\\s/・,、]*`, 'i');
const DECOR_START = /^[\s■□●○◆◇▶►▼・※*＊【[「『]+/u;
const DECOR_END = /[\s:：】\]」』=＝*＊]+$/u;
/** A note after a label: "氏名（カナ）", "Address (required)". */
const NOTE = /[(（][^()（）]{0,20}[)）]/g;

/** True when the whole of `text` is labels matched by `leading` (with their decoration and notes). */
function onlyLabels(text: string, leading: RegExp): boolean {
  let rest = text.replace(NOTE, ' ').replace(DECOR_START, '').replace(DECOR_END, '');
  if (!rest || rest.length > 40) return false;
  for (let guard = 0; guard < 4 && rest; guard += 1) {
    const m = leading.exec(rest);
    if (!m || m[0].length === 0) return false;
    rest = rest.slice(m[0].length);
  }
  return rest.length === 0;
}

/** True when the whole text is personal labels ("氏名", "訂單編號 Order No.", "■ お名前（カナ）："). */
export function isPersonalLabel(text: string): boolean {
  return onlyLabels(text, LEADING);
}

/** "…Your order number is" / "ご注文番号は" before the value's own element: a label in a sentence. */
const TRAILING = new RegExp(`(?:^|[\\s。！!.,、])(?:your\\s+)?${LABEL_SOURCE}\\s*(?:\\bis|は|为|為|是)\\s*[:：]?\\s*$`, 'i');

/** True when the text ends with a personal label and "is" / は: its value follows in the next element. */
export function endsWithPersonalLabel(text: string): boolean {
  return TRAILING.test(text.slice(-60));
}

/** True when the whole text labels a line's id ("卡号", "電話番号", "ICCID"). */
export function isIdLabel(text: string): boolean {
  return onlyLabels(text, LEADING_ID);
}

/**
 * "氏名：山田 太郎", "注文番号 40100000000018872", "…！订单号：CN2026…": a label at the start or
 * after punctuation, then a colon (or, at the very start, a space before a value starting with a
 * digit, or in a short CJK "label value" text). The value runs to the next sentence or list
 * separator.
 */
const INLINE = new RegExp(`[■●※・*]?\\s*${LABEL_SOURCE}(?:(?<=#)|(?![A-Za-z]))\\s*(?:[(（][^()（）]{0,20}[)）])?(\\s*[:：]\\s*|\\s+|(?<=#))`, 'iy');
/** Where an inline label may start: the start of the text, or after a sentence or list separator. */
const AFTER_SEPARATOR = /[。！？!?|｜、，,；;)）】」』]\s*/g;
const VALUE_END = /[。；;｜|！？!?、\n]|,(?=\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Ranges (in `text`) of values that follow a personal label inside the same text. */
export function inlineValues(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = [0, ...Array.from(text.matchAll(AFTER_SEPARATOR), (m) => m.index + m[0].length)];
  for (const at of starts) {
    if (out.length > 0 && at < (out[out.length - 1] as [number, number])[1]) continue;
    INLINE.lastIndex = at;
    const m = INLINE.exec(text);
    if (!m) continue;
    const sep = m[1] ?? '';
    const from = at + m[0].length;
    const rest = text.slice(from);
    if (!/[:：]/.test(sep)) {
      // Without a colon, only at the very start, before a number ("Order #HF884213": the # says one
      // follows), or in a short CJK "label value".
      if (at !== 0 || !(/^[\d#]/.test(rest) || /#$/.test(m[0]) || (CJK.test(m[0]) && text.length <= 30))) continue;
    }
    const end = VALUE_END.exec(rest);
    const to = from + (end ? end.index : rest.length);
    if (to > from) out.push([from, to]);
  }
  // "Your NipponRoam receipt #NR-2026-118342" (a subject line, a title): anywhere in a text, the #
  // after an order's or a receipt's word says an order's own code follows.
  for (const m of text.matchAll(HASH_ID)) {
    const from = m.index + m[0].length - (m[1] ?? '').length;
    const to = m.index + m[0].length;
    if (!out.some(([a, b]) => from < b && to > a)) out.push([from, to]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const HASH_ID = /\b(?:order|receipt|invoice|booking|confirmation|transaction|注文|订单|訂單)\s*#\s*([A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*)/gi;

/**
 * A name before an honorific, as account pages greet their user: "楽天 花子 様", "ログイン中：ahamo
 * 太郎 様", "ようこそ、Taro さん". Only where the name starts the text or follows a colon, comma
 * or ようこそ, and the honorific ends it or a clause. Words that are no one's name ("お客様",
 * "ご契約者様", "皆様") stay.
 */
const HONORIFIC = /(?:^|(?<=[:：、,]\s*)|(?<=ようこそ\s*))(\p{L}[\p{L}\s・･.]{0,24}?)\s*(?:様|さま|さん)(?=\s*(?:$|[、,。!！]))/gu;
const NOT_A_NAME = /^(?:[おご]|皆|各位|会員|利用者|契約者|本人|家族|ようこそ)/;

/** Ranges (in `text`) of names before an honorific. */
export function honorificNames(text: string): Array<[number, number]> {
  if (!/様|さま|さん/.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(HONORIFIC)) {
    const name = m[1] ?? '';
    const from = m.index + m[0].indexOf(name);
    if (!NOT_A_NAME.test(name.trim())) out.push([from, from + name.length]);
  }
  return out;
}

/** A token of an id value (split at spaces and list dots), and the dates that are no id. */
const TOKEN = /[^\s·・|｜,、/]+/g;
const DATE_LIKE = /\d{4}[-/.年]\d{1,2}|\d{1,2}[-/.月]\d{1,2}日?$|\d{1,2}:\d{2}/;
const INLINE_ID = new RegExp(`[■●※・*]?\\s*(?:${ID_SOURCE})(?![A-Za-z])\\s*(?:[(（][^()（）]{0,20}[)）])?\\s*[:：]?\\s*`, 'iy');

/** Tokens of `text` holding 4 digits or more that are not dates: a line id's numbers. */
export function idTokens(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    // ("JPS2026-0931": letters before the digits make an id, not a date.)
    if ((m[0].match(/\d/g)?.length ?? 0) >= 4 && (!DATE_LIKE.test(m[0]) || /^[A-Za-z]{2,}\d/.test(m[0]))) out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

/** "卡号 JP88120047 · 日本流量卡": the first token after a line-id label at the start or after a separator. */
export function inlineIds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = [0, ...Array.from(text.matchAll(AFTER_SEPARATOR), (m) => m.index + m[0].length)];
  for (const at of starts) {
    INLINE_ID.lastIndex = at;
    const m = INLINE_ID.exec(text);
    if (!m || m[0].length === 0) continue;
    const from = at + m[0].length;
    const token = new RegExp(TOKEN.source, 'y');
    token.lastIndex = from;
    const t = token.exec(text);
    if (t) out.push(...idTokens(text, from, from + t[0].length));
  }
  return out;
}

/**
 * Object keys of embedded JSON whose values are personal (compared lower-case without `_` and
 * `-`): names, addresses, contacts, birthdays, and the numbers that point at a person.
 */
const PERSONAL_KEY =
  /^(?:(?:first|last|full|family|given|middle|customer|contractor|holder|cardholder|user|display|account|owner|subscriber|contact|recipient|member|kana)?name(?:kana|kanji)?|kana|furigana|nicknames?|address\d?|addressline\d?|street(?:address)?|zip(?:code)?|postcode|postalcode|(?:e)?mail(?:address)?|birth(?:day|date)|dateofbirth|dob|(?:customer|contract|member|account|order|inquiry|receipt|transaction|user|login|mio)(?:id|no|number|code)|iccid|eid|imei|imsi|msisdn|phone(?:no|number)?|tel(?:no)?|mobile(?:no|number)?|card(?:no|number)|pan|passport(?:no|number)?|idnumber|servicecode|token|csrf(?:token)?|session(?:id)?|accesstoken|refreshtoken|apikey|password|secret)$/;
/** Containers whose `name` and `id` are a person's, not a plan's or a product's. */
const PERSON_CONTAINER = /customer|user|member|contractor|holder|owner|profile|billing|shipping|person|subscriber|recipient|account|contact/;

const keyOf = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

/** True when a JSON value under `key` (inside `parents`) is personal. */
export function isPersonalKey(key: string, parents: readonly string[]): boolean {
  const k = keyOf(key);
  if (k === 'name' || k === 'id') return parents.some((p) => PERSON_CONTAINER.test(keyOf(p)));
  return PERSONAL_KEY.test(k);
}
