/**
 * The page body as the user sees it now, for the pure readers. They read form state from
 * attributes (`checked`, `selected`), as a saved page has it; in a live page the user's clicks
 * change only the properties, so the readers would keep seeing the page's default choice.
 *
 * The copy lives in an inert document: no scripts run and no images load from it, and the page
 * itself is never touched.
 */
export function liveBody(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(body, true);
  const state = 'input[type="radio"], input[type="checkbox"], option';
  const live = body.querySelectorAll(state);
  const copied = copy.querySelectorAll(state);
  if (live.length !== copied.length) return copy;
  live.forEach((el, i) => {
    const twin = copied[i];
    if (!twin) return;
    const on = el instanceof HTMLOptionElement ? el.selected : el instanceof HTMLInputElement && el.checked;
    const attr = el instanceof HTMLOptionElement ? 'selected' : 'checked';
    if (on) twin.setAttribute(attr, '');
    else twin.removeAttribute(attr);
  });
  inert.body.replaceWith(copy);
  return copy;
}
