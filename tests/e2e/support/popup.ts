import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Driver, TestPage } from './driver';

/** Seeding the extension's IndexedDB, settings and the axe-core scan, for the popup spec (both browsers). */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ROOT = path.resolve(import.meta.dirname, '../../..');
/** axe-core's source; evaluated by the driver past the page's CSP (the extension's CSP blocks script tags). */
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Seed {
  lines: Array<Record<string, unknown>>;
  readings: Array<Record<string, unknown>>;
  renewals: Array<Record<string, unknown>>;
}

export function reading(lineId: string, over: Record<string, unknown>): Record<string, unknown> {
  return {
    lineId,
    at: 0,
    expiresAt: null,
    remainingMB: null,
    totalMB: null,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://example.invalid/',
    source: 'page',
    ...over,
  };
}

export function pageLine(id: string, provider: string, lineId: string | null, now: number): Record<string, unknown> {
  return { id, provider, lineId, label: null, manual: false, createdAt: now - 40 * DAY, settings: { muted: false } };
}

/** The last millisecond of `now`'s day in a zone `offsetHours` east of UTC. */
function endOfDay(now: number, offsetHours: number): number {
  return Math.floor((now + offsetHours * HOUR) / DAY) * DAY - offsetHours * HOUR + DAY - 1;
}

/**
 * Four provider lines in different states, relative to `now`, for a browser whose zone is
 * `zoneOffsetHours` east of UTC (the popup specs run in Asia/Shanghai, +8, no summer time).
 */
export function seedData(now: number, zoneOffsetHours = 8): Seed {
  // End of the JST day ten days from now (a date-only expiry, as povo's pages state it).
  const jstMidnight = Math.floor((now + 9 * HOUR) / DAY) * DAY - 9 * HOUR;
  const povoExpiry = jstMidnight + 11 * DAY - 1;
  return {
    lines: [
      pageLine('povo:09011112222', 'povo', '090-1111-2222', now),
      pageLine('b-mobile:08033334444', 'b-mobile', '080-3333-4444', now),
      pageLine('mineo:07055556666', 'mineo', '070-5555-6666', now),
      pageLine('rakuten-mobile:08077778888', 'rakuten-mobile', '080-7777-8888', now),
    ],
    readings: [
      // Fresh, with history for the chart and a run-out forecast before the expiry.
      ...[
        [3 * DAY, 3072],
        [2 * DAY, 2700],
        [DAY, 2400],
        [HOUR, 2048],
      ].map(([ago, mb]) =>
        reading('povo:09011112222', { at: now - ago!, expiresAt: povoExpiry, remainingMB: mb, totalMB: 3072, plan: 'データ追加3GB（30日間）' }),
      ),
      // A prepaid SIM expiring today in the browser's zone (the SIM itself is at stake): halfway
      // between now and that day's end, so "today" holds whatever the hour the test runs at.
      reading('b-mobile:08033334444', { at: now - 2 * HOUR, expiresAt: now + Math.floor((endOfDay(now, zoneOffsetHours) - now) / 2), remainingMB: 7475.2, totalMB: 10240 }),
      // Stale: last read twelve days ago (monthly plan, no expiry).
      reading('mineo:07055556666', { at: now - 12 * DAY, remainingMB: 4096, totalMB: 10240 }),
      // Unlimited.
      reading('rakuten-mobile:08077778888', { at: now - 3 * HOUR, unlimited: true }),
    ],
    renewals: [
      {
        lineId: 'povo:09011112222',
        at: now - 20 * DAY,
        orderNumber: '40100000000000000',
        amount: 990,
        currency: 'JPY',
        product: 'データ追加3GB（30日間）',
        method: 'checkout',
        note: null,
        status: 'confirmed',
        paid: true,
        expiresBefore: null,
        remainingBefore: null,
        expectDays: 30,
        expectMB: 3072,
      },
    ],
  };
}

/** A page of the extension (a driver's TestPage, or a Playwright page for the bench). */
interface ExtensionPage {
  evaluate(fn: (records: Seed) => Promise<void>, arg: Seed): Promise<void>;
}

/**
 * Writes records into the extension's database, which the background (Dexie) has created. Written
 * behind the background's back, they are not in the popup's first-paint copy (utils/store/first-paint.ts),
 * so the copy goes too: the popup reads IndexedDB, as it does before the background writes one.
 */
export async function seed(page: ExtensionPage, data: Seed): Promise<void> {
  await page.evaluate(async (records) => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'kigen'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kigen');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['lines', 'readings', 'renewals'], 'readwrite');
    for (const l of records.lines) tx.objectStore('lines').put(l);
    for (const r of records.readings) tx.objectStore('readings').add(r);
    for (const r of records.renewals) tx.objectStore('renewals').add(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.remove('firstPaint');
  }, data);
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function axeViolations(page: TestPage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluateScript(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

export async function expectAccessible(page: TestPage): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.colorScheme(colorScheme);
    expect(await axeViolations(page), `axe in ${colorScheme} mode (${page.browser})`).toEqual([]);
  }
  await page.colorScheme('light');
}

/** Sets the UI language override, writing the whole settings object as the options page does. */
export async function setLanguage(driver: Driver, language: string): Promise<void> {
  await driver.ext(async (api, lang) => {
    const { settings } = await api.storage.local.get('settings');
    const base = {
      leadDays: [7, 3, 1, 0],
      lowDataPercent: 20,
      lowDataMB: 1024,
      staleDays: 7,
      quietStart: 1320,
      quietEnd: 480,
      language: 'auto',
    };
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    await api.storage.local.set({ settings: { ...base, ...current, language: lang } });
  }, language);
}

/**
 * Reloads the popup and counts `selector` once it has painted. The popup paints after its first
 * storage read (up to 100 ms after load, more on a busy machine); counting right after the reload
 * raced that paint and saw no card about half the time here, so a poll of reloads could go 15 s
 * without one (the "flaky" popup tests of sessions 4 and 5).
 */
export async function countAfterReload(popup: TestPage, selector: string): Promise<number> {
  await popup.reload();
  await expect.poll(() => popup.count(`${selector}, [data-testid="empty"]`), { timeout: 5_000 }).toBeGreaterThan(0);
  return popup.count(selector);
}
