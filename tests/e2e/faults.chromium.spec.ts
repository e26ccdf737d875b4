import type { BrowserContext, CDPSession, Worker } from '@playwright/test';
import { expect, test } from './support/chromium';
import { kigenData, serviceWorker } from './support/hostile-pages';

/**
 * Faults in a real Chromium: the service worker is stopped (as Chrome does after 30 s idle, or
 * under memory pressure) between a reading and the popup, and again before the next reading.
 * Nothing may be lost: the next message restarts the worker, the popup reads the store without
 * it, and the planned alarms survive. (Browser restarts: tests/e2e/reminders.chromium.spec.ts.)
 */

/**
 * Stops the extension's service worker by closing its target (what chrome://serviceworker-internals'
 * Stop does); resolves once the browser lists no such worker.
 */
async function stopWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  const ours = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  for (const target of await ours()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await expect.poll(async () => (await ours()).length, { timeout: 10_000 }).toBe(0);
}

/** The extension's running worker, started after a stop (Playwright keeps the stale handle). */
async function freshWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  await expect
    .poll(() => context.serviceWorkers().filter((w) => w.url().includes(extensionId)).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  const workers = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
  return workers[workers.length - 1]!;
}

const alarmNames = async (sw: Worker) =>
  ((await sw.evaluate(() => chrome.alarms.getAll())) as Array<{ name: string }>).map((a) => a.name).filter((n) => n.startsWith('r:')).sort();

test('a stopped service worker loses nothing: readings, popup and alarms', async ({ context, extensionId }) => {
  let sw = await serviceWorker(context);
  const page = await context.newPage();
  // A prepaid SIM that ends in 5 days: its reminders are planned as alarms.
  await page.goto('https://www.bmobile.ne.jp/english/charge_top.html');
  await expect.poll(async () => (await kigenData(sw)).readings.length, { timeout: 15_000 }).toBe(1);
  await expect.poll(() => alarmNames(sw), { timeout: 10_000 }).not.toEqual([]);
  const before = await alarmNames(sw);

  const cdp = await context.newCDPSession(page);
  const stop = () => stopWorker(cdp, extensionId);
  await sw.evaluate(() => {
    (globalThis as { marker?: number }).marker = 1;
  });
  await stop();

  // Between the reading and the popup: the popup reads IndexedDB itself.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('line-card')).toHaveCount(1);
  await expect(popup.getByTestId('line-card')).toContainText('080-1234-5678');

  // Stopped again (if the popup woke it); the next reading's message starts a fresh worker.
  await stop();
  await page.goto('https://shop.povo.jp/manage/order');
  sw = await freshWorker(context, extensionId);
  expect(await sw.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
  await expect.poll(async () => (await kigenData(sw)).lines.length, { timeout: 15_000 }).toBe(2);
  expect((await kigenData(sw)).readings).toHaveLength(2);

  // The alarms planned before both stops are still there, and the new line's are added (the
  // worker reconciles right after the write: wait for it rather than race it).
  await expect.poll(async () => (await alarmNames(sw)).length, { timeout: 10_000 }).toBeGreaterThan(before.length);
  expect(await alarmNames(sw)).toEqual(expect.arrayContaining(before));

  await popup.reload();
  await expect(popup.getByTestId('line-card')).toHaveCount(2);
});
