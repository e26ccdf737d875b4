import { findIdentifiers, type Placeholders } from './identifiers';
import { honorificNames, idTokens, inlineIds, inlineValues, mayHoldLabel } from './labels';
import { Edits, normalize, sourceRange } from './shape';

/**
 * How much of a text is known to be personal:
 * - `text`: nothing yet, only what its own labels and the identifier shapes show;
 * - `ids`: it is a line id's value (after "卡号", "電話番号"): its numbers too;
 * - `whole`: it is a personal label's value: all of it.
 */
export type Known = 'text' | 'ids' | 'whole';

/** A code (an order's, a customer's): one token of Latin letters, digits and separators, with a digit; no date. */
const CODE = /^(?=[^\d]*\d)(?!\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$)[A-Za-z0-9#._/-]{4,40}$/;

/**
 * One piece of page text (a text node, an attribute value, a JSON string) with its personal
 * data replaced: values after a personal label in the same text, a name before an honorific, a
 * line id's numbers, then every identifier shape. Identifiers get their placeholders even inside
 * a masked value, so the same number reads the same everywhere.
 */
export function redactText(original: string, placeholders: Placeholders, known: Known = 'text'): string {
  if (!/[\p{L}\p{N}]/u.test(original)) return original;
  const nfkc = original.normalize('NFKC');
  if (known === 'text' && !/[\d@]/.test(nfkc) && !mayHoldLabel(nfkc)) return original;
  const n = normalize(original);
  const edits = new Edits(original);
  const number = (from: number, to: number, keep: number) => {
    const [a, b] = sourceRange(n, from, to);
    edits.digits(a, b, placeholders.digitsFor(n.text.slice(from, to).replace(/\D/g, ''), keep));
  };
  // A masked code's digits are a running number too ("订单号 YT202611280417" → "xx000000000001"):
  // two orders on a page stay two orders, and one order's number reads the same everywhere.
  const masked = (from: number, to: number) => {
    const [a, b] = sourceRange(n, from, to);
    edits.mask(a, b);
    if (CODE.test(n.text.slice(from, to).trim())) number(from, to, 0);
  };
  if (known === 'whole') masked(0, n.text.length);
  else {
    for (const [from, to] of [...inlineValues(n.text), ...honorificNames(n.text)]) masked(from, to);
    for (const [from, to] of known === 'ids' ? idTokens(n.text) : inlineIds(n.text)) number(from, to, 0);
  }
  for (const f of findIdentifiers(n.text)) {
    if (f.kind === 'email') edits.mask(...sourceRange(n, f.from, f.to));
    else number(f.from, f.to, f.keep);
  }
  return edits.toString();
}
