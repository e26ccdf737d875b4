/**
 * Text normalisation shared by the readers: full-width digits and letters become ASCII (NFKC),
 * every kind of space and newline becomes one space, so "２０２６年　１２月" reads as "2026年 12月".
 */
export function norm(text: string): string {
  let s = text;
  // (Each step only where it changes something: most text of a big page is plain, and a test
  // builds no new string.)
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFKC');
    if (/[\u200b-\u200d\ufeff]/.test(s)) s = s.replace(/[\u200b-\u200d\ufeff]/g, '');
    if (/[‐‑‒–—―−ー]\d/.test(s)) s = s.replace(/[‐‑‒–—―−ー](?=\d)/g, (m, offset: number, t: string) => (/\d/.test(t[offset - 1] ?? '') ? '-' : m));
  }
  return collapseSpaces(s);
}

/** Every run of spaces and newlines as one space, none at the ends ("  a \n b " → "a b"). */
export function collapseSpaces(text: string): string {
  return /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Trims punctuation that decorates labels: "■ 有効期限：" → "有効期限". */
export function stripDecor(text: string): string {
  return text
    .replace(/^[\s■□●○◆◇▶►▼・※*【[「『(|｜]+/u, '')
    .replace(/[\s:：】\]」』)=＝]+$/u, '')
    .trim();
}

/** A number written with grouping commas or spaces: "1,234.5" → 1234.5. */
export function toNumber(raw: string): number {
  return Number(raw.replace(/[,\s]/g, ''));
}

/**
 * Trims only leading decoration: "■ データ追加3GB(30日間)" → "データ追加3GB(30日間)", and a flag or
 * other emoji before a name: "🇯🇵 日本 8日 6GB" → "日本 8日 6GB".
 */
export function stripLead(text: string): string {
  return text.replace(/^[\s■□●○◆◇▶►▼・※*·\u{1F1E6}-\u{1F1FF}\p{Extended_Pictographic}\uFE0F\u200D]+/u, '').trim();
}

/** A Japanese sentence's polite verb ending ("…しました", "…できます"): what ends in one is prose, not a label or a name. */
export const POLITE_ENDING = '(?:ました|ません|ます|です|ください)';

/** A pattern's source without its ^ and $ assertions (outside classes): it matches wherever the anchored one does. */
export function unanchored(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i += 1;
    } else if (inClass) {
      inClass = c !== ']';
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c !== '^' && c !== '$') out += c;
  }
  return out;
}
