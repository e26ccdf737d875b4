import type { Box } from './driver';

/**
 * The questions both drivers ask inside a page, as one function sent by source (page.evaluate):
 * both browsers answer them with the same DOM code, so a spec's reads mean the same thing in
 * Chromium and Firefox.
 *
 * Selectors are CSS, plus `label=Text`: the form control whose `<label>` reads exactly Text (its
 * own words, the control's options left out) or whose aria-label is Text, as a user finds it. Such controls are tagged with
 * `data-e2e-label` so the drivers' native actions can find them by CSS (`toCss`).
 */

export interface Query {
  selector: string;
  what: 'count' | 'text' | 'texts' | 'innerText' | 'attribute' | 'value' | 'visible' | 'box' | 'pick';
  name?: string;
  /** For 'pick': the first element whose text contains this. */
  hasText?: string;
  /** For 'pick': the nth match (after hasText). */
  nth?: number;
}

export type Answer = number | string | string[] | boolean | Box | null;

/** The CSS the drivers hand to their own locators. */
export function toCss(selector: string): string {
  return selector.startsWith('label=') ? `[data-e2e-label=${JSON.stringify(selector.slice(6))}]` : selector;
}

export function pageQuery({ selector, what, name, hasText, nth }: Query): Answer {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  let css = selector;
  if (selector.startsWith('label=')) {
    const wanted = selector.slice(6);
    css = `[data-e2e-label=${JSON.stringify(wanted)}]`;
    for (const label of document.querySelectorAll('label')) {
      const own = label.cloneNode(true) as HTMLElement;
      own.querySelectorAll('select, input, textarea, button').forEach((e) => e.remove());
      if (clean(own.textContent) !== wanted) continue;
      const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
      control?.setAttribute('data-e2e-label', wanted);
    }
    for (const control of document.querySelectorAll('input, select, textarea')) {
      if (control.getAttribute('aria-label') === wanted) control.setAttribute('data-e2e-label', wanted);
    }
  }
  const all = [...document.querySelectorAll(css)];
  const first = all[0] as HTMLElement | undefined;
  switch (what) {
    case 'pick': {
      const hits = all.map((e, i) => (hasText === undefined || (e.textContent ?? '').includes(hasText) ? i : -1)).filter((i) => i >= 0);
      return hits[nth ?? 0] ?? -1;
    }
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

/** Source of a function call for `evaluate(string)`: runs past the page's CSP, awaits promises. */
export function callSource(fn: (...args: never[]) => unknown, first: string, arg: unknown): string {
  return `(${fn.toString()})(${first}, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})`;
}
