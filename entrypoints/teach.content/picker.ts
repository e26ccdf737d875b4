import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging/content';
import type { TeachSession } from '@/utils/messaging/protocol';
import { candidates, describe, labelOf, valueElementAt, valueText } from '@/utils/teach/locator';
import { PICKER_MESSAGE, type PickedValue, type ToPage, type ToPanel } from '@/utils/teach/picker-protocol';
import { readWithRecipe } from '@/utils/teach/read';
import { type FieldName, type PageRecipe, SHAPE_OF, pathPatternOf, recipeIdOf } from '@/utils/teach/recipe';

/**
 * The picker's page half. It draws the highlights, takes the clicks (while a field is armed, no
 * click reaches the page), and builds the recipe from the elements the user picked. Its panel is
 * an extension page in a frame; both sit in a closed shadow root on <html>. All state lives in
 * this closure; cancel or close removes everything, and nothing is stored unless the user saves.
 */

const Z_TOP = '2147483647';
const BLOCKED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'];
const MAX_CANDIDATES = 40;

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: ${Z_TOP} !important; pointer-events: none !important; display: block !important; }
.box { position: fixed; pointer-events: none; border: 2px solid #0b57d0; background: rgba(11, 87, 208, 0.12); border-radius: 3px; display: none; }
.box.miss { border-color: #b3261e; background: rgba(179, 38, 30, 0.1); border-style: dashed; }
.picked { position: fixed; pointer-events: none; border: 2px solid #1a7f37; border-radius: 3px; }
.picked span { position: absolute; top: -2px; left: calc(100% + 4px); font: 12px/1.4 system-ui, sans-serif; background: #1a7f37; color: #fff; padding: 0 5px; border-radius: 3px; white-space: nowrap; }
iframe { position: fixed; right: 12px; bottom: 12px; width: min(380px, calc(100vw - 24px)); height: min(520px, calc(100vh - 24px)); border: 0; border-radius: 12px; box-shadow: 0 6px 28px rgba(0, 0, 0, 0.35); pointer-events: auto; color-scheme: normal; background: transparent; }
iframe.left { right: auto; left: 12px; }
`;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function startPicker(ctx: ContentScriptContext): Promise<void> {
  const session: TeachSession | null = await sendToBackground('getTeachSession', undefined).catch(() => null);
  if (!session || !ctx.isValid) return;

  const picked: Partial<Record<FieldName, Element>> = {};
  let armed: FieldName | null = null;
  let listed: Element[] = [];
  let names: Partial<Record<FieldName, string>> = {};
  let port: MessagePort | null = null;

  const host = document.createElement('kigen-picker');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const box = document.createElement('div');
  box.className = 'box';
  const marks = document.createElement('div');
  const token = randomToken();
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/picker.html')}#${token}`;
  frame.title = 'Kigen';
  shadow.append(style, marks, box, frame);

  const post = (message: ToPanel) => port?.postMessage(message);
  const shapeOf = (field: FieldName) => SHAPE_OF[field];
  const valueOf = (field: FieldName, el: Element): PickedValue => ({ text: valueText(el, shapeOf(field)), label: labelOf(el, shapeOf(field)).label });

  const place = (target: HTMLElement, el: Element) => {
    const r = el.getBoundingClientRect();
    Object.assign(target.style, { left: `${r.left - 3}px`, top: `${r.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px`, display: 'block' });
  };
  const drawPicked = () => {
    marks.replaceChildren();
    for (const [field, el] of Object.entries(picked) as Array<[FieldName, Element]>) {
      const mark = document.createElement('div');
      mark.className = 'picked';
      const tag = document.createElement('span');
      tag.textContent = names[field] ?? field;
      mark.append(tag);
      place(mark, el);
      marks.append(mark);
    }
  };
  const pick = (field: FieldName, el: Element) => {
    picked[field] = el;
    box.style.display = 'none';
    drawPicked();
    post({ type: 'picked', field, value: valueOf(field, el) });
  };

  /** The page element under the pointer (the panel's own frame excluded). */
  const pageTarget = (e: Event): Element | null => {
    const target = e.composedPath()[0];
    return target instanceof Element && target !== host ? target : null;
  };
  const onMove = (e: MouseEvent) => {
    if (!armed) return;
    const target = pageTarget(e);
    if (!target) return;
    const el = valueElementAt(target, shapeOf(armed), true) ?? target;
    box.classList.toggle('miss', el === target && !valueElementAt(target, shapeOf(armed), true));
    place(box, el);
  };
  const onClick = (e: MouseEvent) => {
    if (!armed || e.composedPath().includes(host)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const target = pageTarget(e);
    const el = target && valueElementAt(target, shapeOf(armed), true);
    if (el) pick(armed, el);
    else post({ type: 'miss', field: armed });
  };
  const onBlocked = (e: Event) => {
    if (!armed || e.composedPath().includes(host)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      void finish(true);
    }
  };
  const onScroll = () => {
    drawPicked();
    box.style.display = 'none';
  };

  const listeners: Array<[string, EventListener]> = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ...BLOCKED.map((type): [string, EventListener] => [type, onBlocked]),
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn, true);
  window.addEventListener('scroll', onScroll, true);
  window.addEventListener('resize', onScroll);

  let closed = false;
  async function finish(cancelled: boolean): Promise<void> {
    if (closed) return;
    closed = true;
    for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
    window.removeEventListener('scroll', onScroll, true);
    window.removeEventListener('resize', onScroll);
    port?.close();
    host.remove();
    if (cancelled) await sendToBackground('endTeach', undefined).catch(() => undefined);
  }
  ctx.onInvalidated(() => void finish(false));

  const save = async (message: Extract<ToPage, { type: 'save' }>) => {
    const now = Date.now();
    const fields: PageRecipe['fields'] = {};
    for (const [field, el] of Object.entries(picked) as Array<[FieldName, Element]>) {
      const unit = message.units[field] ?? null;
      fields[field] = { locator: describe(el, document, shapeOf(field), unit !== null), unit };
    }
    const site = location.origin;
    const path = pathPatternOf(location.href);
    const recipe: PageRecipe = {
      id: recipeIdOf(site, path),
      site,
      path,
      provider: session.provider,
      fields,
      zone: message.zone,
      lineKind: message.lineKind,
      createdAt: now,
      updatedAt: now,
    };
    // Read the page with the recipe before keeping it: a label that names two values cannot anchor.
    const check = readWithRecipe(document, new Date(now), recipe);
    if (!check.ok) return post({ type: 'saved', ok: false, reason: check.reason });
    const stored = await sendToBackground('saveRecipe', { recipe }).catch((e: unknown) => ({ saved: false, reason: String(e) }));
    if (!stored.saved) return post({ type: 'saved', ok: false, reason: stored.reason });
    await sendToBackground('submitTaught', { recipeId: recipe.id, reading: check.reading, failure: '' }).catch(() => undefined);
    post({ type: 'saved', ok: true });
  };

  const onPanel = (message: ToPage) => {
    switch (message.type) {
      case 'names':
        names = message.names;
        drawPicked();
        return;
      case 'arm':
        armed = message.field;
        box.style.display = 'none';
        if (armed) {
          listed = candidates(document, shapeOf(armed), true).slice(0, MAX_CANDIDATES);
          post({ type: 'candidates', field: armed, values: listed.map((el) => valueOf(armed as FieldName, el)) });
        }
        return;
      case 'choose': {
        const el = listed[message.index];
        if (!el) return;
        el.scrollIntoView({ block: 'center' });
        pick(message.field, el);
        return;
      }
      case 'widen': {
        const parent = picked[message.field]?.parentElement;
        const wider = parent && valueElementAt(parent, shapeOf(message.field), true) === parent ? parent : null;
        if (wider) pick(message.field, wider);
        return;
      }
      case 'clear':
        delete picked[message.field];
        drawPicked();
        return;
      case 'save':
        void save(message);
        return;
      case 'cancel':
        void finish(true);
        return;
      case 'close':
        void finish(false);
        return;
    }
  };

  frame.addEventListener('load', () => {
    if (port || !frame.contentWindow) return;
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (e: MessageEvent<ToPage>) => onPanel(e.data);
    frame.contentWindow.postMessage({ type: PICKER_MESSAGE, token }, new URL(frame.src).origin, [channel.port2]);
    post({ type: 'init', site: session.site, provider: session.provider, zone: session.zone });
  });
  document.documentElement.append(host);
}
