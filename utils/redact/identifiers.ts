/**
 * Personal identifiers found by their shape alone: EIDs, ICCIDs, card numbers, phone numbers
 * (Japan, +81, Hong Kong, mainland China) and e-mail addresses. Longest shapes first, so an ICCID
 * is never half-read as a card number. Sources for the shapes: /work/shared/teach-mode-notes.md §4.
 *
 * A match becomes a placeholder of the same shape. Its digits are zeros, except:
 * - the class prefix, which says what kind of number it is and no more: a phone's trunk and
 *   mobile / IP prefix (090, 080, 070, 050, 020, UK 07), a country code (+81, +852, +86), a
 *   mainland mobile's network prefix (138), an ICCID's or EID's leading 89;
 * - a running number in the last digits, one per distinct identifier on the page, so two lines
 *   stay two lines ("080-1000-2000" and "080-1000-4000" → "080-0000-0001" and "080-0000-0002")
 *   and an identifier shown twice gets the same placeholder both times.
 * The reader recognises a line by that prefix and tells lines apart by their digits; the
 * placeholder carries no more than that.
 */

export type IdentifierKind = 'eid' | 'iccid' | 'card' | 'phone' | 'email';

export interface Found {
  kind: IdentifierKind;
  /** Range in the normalised text. */
  from: number;
  to: number;
  /** Digits of the match that stay as they are (the class prefix), counted from its first digit. */
  keep: number;
}

const EID = /(?<!\d)\d(?:[\s-]?\d){31}(?!\d)/g;
const ICCID = /(?<!\d)89(?:[\s-]?\d){17,18}(?!\d)/g;
/** 13–19 digits in one run, or grouped as cards print them (4-4-4-…, 4-6-5). */
const CARD = /(?<!\d)(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5})(?!\d)/g;
/** Japanese numbers (0 + 9–10 digits, or +81), and other trunk-0 numbers of that length (UK, Taiwan). */
const PHONE_JP = /(?<![\d+])(?:\+\s?81[\s-]?(?:\(0\))?|\(?0)\d{1,4}\)?[\s-]?\d{1,4}[\s-]?\d{3,4}(?!\d)/g;
/**
 * Hong Kong: 8 digits. With +852 any number; without it, a mobile (5, 6, 7, 9: 8 is not used
 * alone to spare 8-digit dates like 20261215) or a 4 + 4 group starting 4–9.
 */
const PHONE_HK = /(?<![\d+])(?:\+\s?852[\s-]?[2-9]\d{3}[\s-]?\d{4}|[5679]\d{7}|[4-9]\d{3}[\s-]\d{4})(?!\d)/g;
/** Mainland China mobiles: 1[3-9]x xxxx xxxx, optionally +86. */
const PHONE_CN = /(?<![\d+])(?:\+\s?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;
/** Any other country's number written with its code: "+44 7700 900812", "+1 201-555-0147" (8–15 digits). */
const PHONE_INTL = /(?<![\d+])\+\s?[1-9]\d{0,2}(?:[\s-]?\(?\d{1,5}\)?){2,5}(?!\d)/g;
/**
 * What a provider already masked shows its last digits: "xxxx-xxxx-xxxx-1234", "090-****-5678".
 * Those digits get a placeholder too (the reader still tells such lines apart by them).
 */
const MASKED_CARD = /(?:[*xX•●]{4}[\s-]?){2,3}[*xX•●]{0,4}[\s-]?\d{4}(?!\d)/g;
const MASKED_PHONE = /(?<![\d+])0[5789]0[\s-]?[*xX•●×]{4}[\s-]?\d{4}(?!\d)/g;
/** WHATWG "valid email address", plus the masks providers already show ("t***@example.com"). */
const EMAIL =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+/g;

/** "banner@2x.png" is an image, not an address. */
const FILE_NAME = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|json|html?|pdf)$/i;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** How many leading digits of a phone number only name its class. */
function phonePrefix(match: string): number {
  const d = digitsOf(match);
  const country = /^\+\s?(81|852|86)/.exec(match)?.[1] ?? '';
  const national = d.slice(country.length);
  if (country === '81' || (!country && d.startsWith('0'))) {
    // Japan (+81 / 0…): the mobile, IP and M2M classes are three digits; a fixed line keeps its 0.
    const trunk = country ? 0 : 1;
    const rest = national.slice(trunk);
    if (/^[2-9]0/.test(rest)) return country.length + trunk + 2;
    if (!country && rest.startsWith('7') && d.length === 11) return 2; // UK mobile 07…
    return country.length + trunk;
  }
  if (country === '852' || (!country && d.length === 8)) return country.length + 1; // Hong Kong: mobile or fixed.
  return country.length + 3; // Mainland China: the network prefix (138, 150…).
}

function all(re: RegExp, text: string, kind: IdentifierKind, accept: (m: string) => boolean, keep: (m: string) => number): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    if (accept(m[0])) out.push({ kind, from: m.index, to: m.index + m[0].length, keep: keep(m[0]) });
  }
  return out;
}

const overlaps = (a: Found, list: readonly Found[]) => list.some((b) => a.from < b.to && b.from < a.to);

/** Every identifier in a normalised text, longest shapes first, none overlapping another. */
export function findIdentifiers(text: string): Found[] {
  if (!/\d|@/.test(text)) return [];
  const found: Found[] = [];
  const add = (list: Found[]) => {
    for (const f of list) if (!overlaps(f, found)) found.push(f);
  };
  const starts89 = (m: string) => (digitsOf(m).startsWith('89') ? 2 : 0);
  add(all(EID, text, 'eid', () => true, starts89));
  add(all(ICCID, text, 'iccid', () => true, () => 2));
  add(all(CARD, text, 'card', () => true, () => 0));
  add(
    all(PHONE_JP, text, 'phone', (m) => /^0\d{9,10}$/.test(digitsOf(m).replace(/^81/, m.includes('+') ? '0' : '81')), phonePrefix),
  );
  add(all(PHONE_CN, text, 'phone', () => true, phonePrefix));
  add(all(PHONE_HK, text, 'phone', () => true, phonePrefix));
  // (Its country code only names where it is from.)
  add(all(PHONE_INTL, text, 'phone', (m) => digitsOf(m).length >= 8 && digitsOf(m).length <= 15, (m) => Math.min(3, /^\+\s?(\d+)/.exec(m)?.[1]?.length ?? 0)));
  add(all(MASKED_PHONE, text, 'phone', () => true, () => 3));
  add(all(MASKED_CARD, text, 'card', () => true, () => 0));
  add(all(EMAIL, text, 'email', (m) => !FILE_NAME.test(m), () => 0));
  return found.sort((a, b) => a.from - b.from);
}

/**
 * Placeholders for one page: the same identifier always gets the same one, and different
 * identifiers different ones.
 */
export class Placeholders {
  private readonly seen = new Map<string, number>();

  /** The digits that replace `digits` (all of a match's digits, in order), keeping `keep` of them. */
  digitsFor(digits: string, keep: number): string {
    let n = this.seen.get(digits);
    if (n === undefined) {
      n = this.seen.size + 1;
      this.seen.set(digits, n);
    }
    const masked = digits.length - keep;
    if (masked <= 0) return digits;
    const counter = String(n).slice(-masked).padStart(masked, '0');
    return digits.slice(0, keep) + counter;
  }
}
