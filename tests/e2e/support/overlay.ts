import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * Page object for the checkout overlay. Its shadow root is closed, so neither page scripts nor
 * Playwright's locators can see inside; the tests look in through the DevTools protocol, which
 * pierces closed roots (DOM.getDocument with pierce). The page's own view is checked separately.
 */

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

export const HOST = 'kigen-checkout';

/** The few extension APIs the tests call inside the service worker (functions run there). */
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

function text(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Overlay {
  constructor(private readonly page: Page) {}

  private async tree() {
    const cdp = await this.page.context().newCDPSession(this.page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, (n) => n.localName === HOST);
    return { cdp, host, shadow: host?.shadowRoots?.[0] ?? null };
  }

  /** The shadow root's mode as the browser reports it, or null when there is no overlay. */
  async rootType(): Promise<string | null> {
    const { cdp, shadow } = await this.tree();
    await cdp.detach();
    return shadow?.shadowRootType ?? null;
  }

  /** All text in the overlay (styles left out), whitespace collapsed. */
  async text(): Promise<string> {
    const { cdp, shadow } = await this.tree();
    await cdp.detach();
    return shadow ? text(shadow).replace(/\s+/g, ' ').trim() : '';
  }

  /** The border box of the first element matching `selector` inside the overlay. */
  async box(selector = '.panel'): Promise<Box | null> {
    const { cdp, shadow } = await this.tree();
    try {
      if (!shadow) return null;
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
      if (!nodeId) return null;
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
      const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.border;
      return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
    } catch {
      return null;
    } finally {
      await cdp.detach();
    }
  }

  async attribute(selector: string, name: string): Promise<string | null> {
    const { cdp, shadow } = await this.tree();
    try {
      if (!shadow) return null;
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
      if (!nodeId) return null;
      const { attributes } = (await cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
      const i = attributes.indexOf(name);
      return i >= 0 ? (attributes[i + 1] ?? null) : null;
    } finally {
      await cdp.detach();
    }
  }

  async click(selector: string): Promise<void> {
    const b = await this.box(selector);
    if (!b) throw new Error(`no ${selector} in the overlay`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** True when the page, at the panel's centre, hits the overlay (nothing covers or hides it). */
  async isOnTop(): Promise<boolean> {
    const b = await this.box();
    if (!b || b.width === 0 || b.height === 0) return false;
    return this.page.evaluate(
      ({ x, y, host }) => document.elementFromPoint(x, y)?.localName === host,
      { x: b.x + b.width / 2, y: b.y + b.height / 2, host: HOST },
    );
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The extension's service worker. */
export async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

/** Every record of an IndexedDB store of the extension (read-only, through the worker). */
export async function records<T>(context: BrowserContext, store: 'readings' | 'renewals' | 'lines'): Promise<T[]> {
  return (await worker(context)).evaluate(async (name) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'kigen')) return [];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('kigen');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction(name).objectStore(name).getAll();
        get.onsuccess = () => {
          resolve(get.result as T[]);
          db.close();
        };
        get.onerror = () => reject(get.error);
      };
    });
  }, store);
}

/** Moves a stored renewal's purchase time back (the test's stand-in for "minutes later"). */
export async function backdateRenewals(context: BrowserContext, ms: number): Promise<void> {
  await (await worker(context)).evaluate(
    (by) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kigen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('renewals', 'readwrite');
          const store = tx.objectStore('renewals');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const r of all.result as Array<{ at: number }>) store.put({ ...r, at: r.at - by });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ms,
  );
}

export async function notifications(context: BrowserContext): Promise<string[]> {
  return (await worker(context)).evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Sets the UI language override, writing the whole settings object as the options page does. */
export async function setLanguage(context: BrowserContext, language: string, defaults: Record<string, unknown>): Promise<void> {
  await (await worker(context)).evaluate(
    async ({ lang, base }) => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = typeof settings === 'object' && settings !== null ? settings : {};
      await chrome.storage.local.set({ settings: { ...base, ...current, language: lang } });
    },
    { lang: language, base: defaults },
  );
}
