import type { Box } from './driver';

/**
 * The read-only questions both drivers ask inside a page, as one function sent by source
 * (page.evaluate): both browsers answer them with the same DOM code, so a spec's reads mean the
 * same thing in Chromium and Firefox.
 */

export interface Query {
  selector: string;
  what: 'count' | 'text' | 'texts' | 'innerText' | 'attribute' | 'value' | 'visible' | 'box';
  name?: string;
}

export type Answer = number | string | string[] | boolean | Box | null;

export function pageQuery({ selector, what, name }: Query): Answer {
  const all = [...document.querySelectorAll(selector)];
  const first = all[0] as HTMLElement | undefined;
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  switch (what) {
    case 'count':
      return all.length;
    case 'texts':
      return all.map((e) => clean(e.textContent));
    case 'text':
      return first ? clean(first.textContent) : null;
    case 'innerText':
      return first ? first.innerText : null;
    case 'attribute':
      return first?.getAttribute(name ?? '') ?? null;
    case 'value':
      return first && 'value' in first ? String((first as HTMLInputElement).value) : null;
    case 'visible': {
      if (!first) return false;
      const r = first.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(first).visibility !== 'hidden';
    }
    case 'box': {
      if (!first) return null;
      const r = first.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
  }
}

/** Index of the element an action targets: the `nth` match, or the first containing `hasText`. */
export function pickTarget({ selector, hasText, nth }: { selector: string; hasText?: string; nth?: number }): number {
  const all = [...document.querySelectorAll(selector)];
  if (hasText === undefined) return (nth ?? 0) < all.length ? (nth ?? 0) : -1;
  const hits = all.map((e, i) => ((e.textContent ?? '').includes(hasText) ? i : -1)).filter((i) => i >= 0);
  return hits[nth ?? 0] ?? -1;
}
