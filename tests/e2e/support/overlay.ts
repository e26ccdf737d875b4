import type { Box, Driver, ShadowView, TestPage } from './driver';

/**
 * Page object for the checkout overlay. Its shadow root is closed, so neither page scripts nor
 * the drivers' selectors can see inside; the tests look in through the browser's automation
 * protocol (Chromium: DevTools with pierce; Firefox: WebDriver BiDi's shadow-tree serialisation),
 * behind the driver's `page.shadow()`. The page's own view is checked separately.
 */

export const HOST = 'kigen-checkout';

export class Overlay {
  private readonly view: ShadowView;
  constructor(private readonly page: TestPage) {
    this.view = page.shadow(HOST);
  }

  /** The shadow root's mode as the browser reports it, or null when there is no overlay. */
  rootType(): Promise<string | null> {
    return this.view.mode();
  }

  /** All text in the overlay (styles left out), whitespace collapsed. */
  text(): Promise<string> {
    return this.view.text();
  }

  /** The border box of the first element matching `selector` inside the overlay. */
  box(selector = '.panel'): Promise<Box | null> {
    return this.view.box(selector);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.view.attribute(selector, name);
  }

  click(selector: string): Promise<void> {
    return this.view.click(selector);
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

/** Every record of an IndexedDB store of the extension (read-only, from an extension context). */
export async function records<T>(driver: Driver, store: 'readings' | 'renewals' | 'lines'): Promise<T[]> {
  return driver.ext(async (_api, name) => {
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

/**
 * Moves a stored renewal's purchase time back (the test's stand-in for "minutes later"). Written
 * behind the background's back, so the popup's first-paint copy, which holds renewals, goes too.
 */
export async function backdateRenewals(driver: Driver, ms: number): Promise<void> {
  await driver.ext(
    (api, by) =>
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
            api.storage.local.remove('firstPaint').then(resolve, reject);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ms,
  );
}

/**
 * The union box (viewport coordinates) of the page elements each selector finds, or null when
 * none is rendered: what the overlay must leave uncovered (a pay button, a total's label and
 * price). Found by the test's own selectors, not by the overlay's guesses.
 */
export async function pageBox(page: TestPage, selectors: readonly string[]): Promise<Box | null> {
  return page.evaluate((all) => {
    const rects = all
      .flatMap((s) => [...document.querySelectorAll(s)])
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return null;
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, selectors);
}
