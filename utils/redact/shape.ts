/**
 * Matching on normalised text, masking the original. Patterns run over NFKC text (full-width
 * digits become ASCII, "＠" becomes "@") with every dash variant as "-"; the masks are written
 * back over the characters as shown, so a full-width "０９０" stays full-width ("０９０" → "０００").
 */

/** Dash variants pages write between digits ("090‐1234‐5678", "０９０ー１２３４ー５６７８"). */
const DASHES = new Set(['‐', '‑', '‒', '–', '—', '―', '−', 'ー', '－', '﹣']);

/** A string in matching form, with the way back to the original. */
export interface Normalized {
  /** NFKC, dashes as "-": what the patterns run over. */
  text: string;
  /** For each character of `text`, where its source character starts in the original. */
  start: number[];
  /** For each character of `text`, where its source character ends in the original. */
  end: number[];
}

/** Normalises one code point at a time, so every output character knows its source. */
export function normalize(original: string): Normalized {
  if (/^[\x00-\x7f]*$/.test(original)) return { text: original, start: [], end: [] };
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < original.length; ) {
    const ch = String.fromCodePoint(original.codePointAt(i) as number);
    const n = DASHES.has(ch) ? '-' : ch.normalize('NFKC');
    for (let k = 0; k < n.length; k += 1) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += n;
    i += ch.length;
  }
  return { text, start, end };
}

/** A range of the normalised text as a range of the original. */
export function sourceRange(n: Normalized, from: number, to: number): [number, number] {
  // ASCII is its own normal form: no map was built.
  if (n.start.length === 0) return [from, to];
  if (to <= from) return [n.start[from] ?? 0, n.start[from] ?? 0];
  return [n.start[from] as number, n.end[to - 1] as number];
}

const FULL_WIDTH_ZERO = 0xff10;

/** One character's mask: digit → 0, Latin letter → x, other letters (kana, kanji, hangul) → 〇. */
export function maskChar(ch: string, digit = '0'): string {
  const n = ch.normalize('NFKC');
  const wide = n !== ch;
  if (/^\d$/.test(n)) return wide ? String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)) : digit;
  if (/^[A-Za-z]$/.test(n)) return wide ? 'ｘ' : 'x';
  if (/^\p{L}$/u.test(n) || /^\p{L}$/u.test(ch)) return '〇';
  return ch;
}

/**
 * An edit plan over one original string: ranges masked by shape, and digits replaced one by one
 * (an identifier's placeholder). Later edits win where they overlap.
 */
export class Edits {
  private readonly out: string[];

  constructor(private readonly original: string) {
    this.out = [];
  }

  /** Every letter and digit in [from, to) masked by shape. */
  mask(from: number, to: number): void {
    for (let i = from; i < to; ) {
      const ch = String.fromCodePoint(this.original.codePointAt(i) as number);
      this.out[i] = maskChar(ch);
      i += ch.length;
    }
  }

  /** The digits in [from, to), in order, become `digits` (same count); the rest stays as shown. */
  digits(from: number, to: number, digits: string): void {
    let k = 0;
    for (let i = from; i < to && k < digits.length; ) {
      const ch = String.fromCodePoint(this.original.codePointAt(i) as number);
      if (/^\d$/.test(ch.normalize('NFKC'))) {
        this.out[i] = maskChar(ch, digits[k]);
        k += 1;
      }
      i += ch.length;
    }
  }

  get changed(): boolean {
    return this.out.length > 0;
  }

  toString(): string {
    if (!this.changed) return this.original;
    let s = '';
    for (let i = 0; i < this.original.length; ) {
      const ch = String.fromCodePoint(this.original.codePointAt(i) as number);
      s += this.out[i] ?? ch;
      i += ch.length;
    }
    return s;
  }
}
