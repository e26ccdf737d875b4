import type { Driver, TestPage } from './driver';

/** The options page for the end-to-end spec (both browsers): opening it, seeding its database, backups through the UI. */

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface FullSeed {
  lines: Array<Record<string, unknown>>;
  readings: Array<Record<string, unknown>>;
  renewals: Array<Record<string, unknown>>;
  reminderLog: Array<Record<string, unknown>>;
}

export async function openOptions(driver: Driver): Promise<TestPage> {
  const page = await driver.openExtensionPage('options.html');
  await waitFor(() => page.count('[data-testid=settings-form]'), 'the settings form');
  return page;
}

/** Polls until `read` answers something truthy (10 s). */
async function waitFor(read: () => Promise<unknown>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Three lines in every table, relative to `now`; the povo label has characters that need escaping. */
export function optionsSeed(now: number): FullSeed {
  const jstMidnight = Math.floor((now + 9 * HOUR) / DAY) * DAY - 9 * HOUR;
  const povoExpiry = jstMidnight + 11 * DAY - 1;
  const line = (id: string, provider: string, lineId: string | null, label: string | null, muted = false) => ({
    id,
    provider,
    lineId,
    label,
    manual: provider === 'other',
    createdAt: now - 40 * DAY,
    settings: { muted },
  });
  const reading = (lineId: string, ago: number, over: Record<string, unknown>) => ({
    lineId,
    at: now - ago,
    expiresAt: null,
    remainingMB: null,
    totalMB: null,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://povo.jp/mypage/',
    source: 'page',
    ...over,
  });
  return {
    lines: [
      line('povo:09011112222', 'povo', '090-1111-2222', 'Travel, "main"; 旅行'),
      line('iijmio:08033334444', 'iijmio', '080-3333-4444', null, true),
      line('manual:5b1e', 'other', null, '学校 SIM'),
    ],
    readings: [
      reading('povo:09011112222', 3 * DAY, { expiresAt: povoExpiry, remainingMB: 3072, totalMB: 3072, plan: 'データ追加3GB（30日間）' }),
      reading('povo:09011112222', HOUR, { expiresAt: povoExpiry, remainingMB: 1536.5, totalMB: 3072, plan: 'データ追加3GB（30日間）' }),
      reading('iijmio:08033334444', 2 * HOUR, { expiresAt: now + 20 * DAY, remainingMB: 7475.2, totalMB: 10240, sourceUrl: 'https://www.iijmio.jp/member/' }),
      reading('manual:5b1e', DAY, { expiresAt: now + 40 * DAY, unlimited: true, sourceUrl: '', source: 'manual' }),
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
        remainingBefore: 0,
        expectDays: 30,
        expectMB: 3072,
      },
    ],
    reminderLog: [{ key: `povo:09011112222|expiry|${povoExpiry}@30`, lineId: 'povo:09011112222', firedAt: now - 5 * DAY }],
  };
}

/** Names a user might give lines (some in Chinese, as most users write them). */
const LABELS = ['Travel', '备用卡', 'Work', '学校 SIM', '旅行 eSIM'];

/**
 * `count` lines over several providers (and two added by hand), each with one reading, for the
 * page-height and small-screen checks; labels alternate with none so some rows show a number.
 */
export function manyLinesSeed(now: number, count: number): FullSeed {
  const providers = ['povo', 'iijmio', 'mineo', 'giffgaff', 'airalo', 'b-mobile', 'rakuten-mobile', 'ymobile', 'other'];
  const lines = Array.from({ length: count }, (_, i) => {
    const provider = providers[i % providers.length] ?? 'other';
    const number = `090-${String(1000 + i).padStart(4, '0')}-${String(5000 + i).padStart(4, '0')}`;
    return {
      id: `${provider === 'other' ? 'manual' : provider}:${i}`,
      provider,
      lineId: provider === 'other' ? null : number,
      label: i % 2 === 0 ? null : (LABELS[Math.floor(i / 2) % LABELS.length] ?? null),
      manual: provider === 'other',
      createdAt: now - 40 * DAY,
      settings: { muted: i % 5 === 4 },
    };
  });
  const readings = lines.map((l, i) => ({
    lineId: l.id,
    at: now - (i + 1) * HOUR,
    expiresAt: now + (3 + i * 2) * DAY,
    remainingMB: 1024 + i * 100,
    totalMB: 3072 + i * 100,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: '',
    source: l.manual ? 'manual' : 'page',
  }));
  return { lines, readings, renewals: [], reminderLog: [] };
}

/** Writes records with the raw IndexedDB API into the database the page's Dexie created. */
export async function seedAll(page: TestPage, data: FullSeed): Promise<void> {
  await page.evaluate(async (records) => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'kigen'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kigen');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['lines', 'readings', 'renewals', 'reminderLog'], 'readwrite');
    for (const l of records.lines) tx.objectStore('lines').put(l);
    for (const r of records.readings) tx.objectStore('readings').add(r);
    for (const r of records.renewals) tx.objectStore('renewals').add(r);
    for (const r of records.reminderLog) tx.objectStore('reminderLog').put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    // Not in the popup's first-paint copy (written behind the background's back): it goes.
    await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.remove('firstPaint');
  }, data);
}

/** Clicks "Download backup" and returns the file's path and text. */
export async function exportBackup(page: TestPage): Promise<{ path: string; text: string; name: string }> {
  return page.download('[data-testid=export-backup]');
}

/** The backup without its export time, for comparing two exports. */
export function withoutExportTime(text: string): unknown {
  const { exportedAt: _at, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
}

/** Deletes every line through the page: Edit, Delete in the drawer, then the confirmation. */
export async function deleteAllLines(page: TestPage): Promise<void> {
  const rows = '[data-testid=options-line]';
  while ((await page.count(rows)) > 0) {
    const before = await page.count(rows);
    await page.click(`${rows} [data-testid=edit-line]`);
    await page.click('[data-testid=line-drawer] [data-testid=delete-line]');
    await page.click('[data-testid=line-drawer] [data-testid=confirm-delete]');
    await waitFor(async () => (await page.count(rows)) < before, 'the line to go');
  }
}

/** A line record as stored (read with the raw IndexedDB API), or null. */
export async function storedLine(page: TestPage, id: string): Promise<Record<string, unknown> | null> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kigen');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const got = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('lines').objectStore('lines').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return (got ?? null) as Record<string, unknown> | null;
  }, id);
}
