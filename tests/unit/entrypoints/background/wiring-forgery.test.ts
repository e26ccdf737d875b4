import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import type { Runtime } from 'webextension-polyfill';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { createDb } from '@/utils/db';
import { lookAtPage } from '@/utils/extract/look';
import { type PageCopy, isReadCopyMessage } from '@/utils/extract/read-copy';

/**
 * The real background wiring (entrypoints/background/index.ts on WXT's fake browser) fed raw
 * runtime messages as a content script could send them. The per-handler matrix is in
 * background-forgery.test.ts; this file checks what the wiring adds: the sender comes from the
 * browser, not from the message; the messages that edit, delete, import or export answer only
 * extension pages, and only with valid records; content scripts send copies of their pages, never
 * readings or toolbar reports of their own; odd message shapes change nothing and leave the
 * background working. Chrome's offscreen reader is played here by linkedom.
 */

const EXT_ID = fakeBrowser.runtime.id;
const MEMBER = 'https://www.iijmio.jp/member/';
const NOW = Date.now();

const tab = { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const contentScript = (url: string, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab,
  ...over,
});
const extensionPage: Runtime.MessageSender = { id: EXT_ID, url: fakeBrowser.runtime.getURL('/popup.html') };

const reading = {
  line: '090-1234-5678',
  plan: 'ギガプラン',
  expiresAt: new Date(NOW + 5 * 86_400_000).toISOString(),
  remainingMB: 500,
  totalMB: 1024,
  usedMB: null,
  unlimited: false,
};
/** The same reading as the provider's member page shows it (the expiry as a date in Japan). */
const jstDate = (ms: number) => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(ms).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};
const memberPage = (remainingMB: number) =>
  '<!doctype html><html lang="ja"><head><title>会員ページ</title></head><body><h1>ご利用状況</h1><table>' +
  `<tr><th>電話番号</th><td>${reading.line}</td></tr><tr><th>プラン</th><td>${reading.plan}</td></tr>` +
  `<tr><th>データ残量</th><td>${remainingMB}MB</td></tr><tr><th>有効期限</th><td>${jstDate(NOW + 5 * 86_400_000)}</td></tr>` +
  '</table></body></html>';

let seq = 0;
const message = (type: unknown, data: unknown, extra: Record<string, unknown> = {}) => ({
  id: seq++,
  type,
  data,
  timestamp: Date.now(),
  ...extra,
});

/** Delivers a raw message to every runtime.onMessage listener; a throwing listener is an answer too. */
async function deliver(raw: unknown, sender: Runtime.MessageSender): Promise<unknown[]> {
  // The polyfill's sender type and WXT's fake browser's differ only in optional tab fields.
  const asSent = sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  return fakeBrowser.runtime.onMessage.trigger(raw, asSent, () => undefined).catch((error: unknown) => [{ thrown: String(error) }]);
}

const db = createDb();
async function state(): Promise<string> {
  const tables = await Promise.all([db.lines.toArray(), db.readings.toArray(), db.renewals.toArray(), db.reminderLog.toArray()]);
  const storage = await Promise.all([fakeBrowser.storage.local.get(), fakeBrowser.storage.session.get()]);
  return JSON.stringify({ tables, storage });
}

beforeAll(async () => {
  fakeBrowser.reset();
  // Not in WXT's fake browser; the reading below is due for a reminder, which needs it.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // Not in WXT's fake browser either: the permission events that taught sites follow.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  // Nor is the manifest: the popup's first-paint copy carries the version that wrote it.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  // Chrome's offscreen document, which reads the copies the background is sent (read-page.ts).
  vi.stubGlobal('chrome', {
    offscreen: { createDocument: async () => undefined },
    runtime: {
      getURL: (path: string) => fakeBrowser.runtime.getURL(path as '/'),
      getContexts: async () => [{ contextType: 'OFFSCREEN_DOCUMENT' }],
      sendMessage: async (m: unknown) => {
        if (!isReadCopyMessage(m)) return undefined;
        const copy: PageCopy = m.kigenReadCopy;
        return { ok: lookAtPage(parseHTML(copy.html).document, new URL(copy.url), new Date(copy.now), copy.profile) };
      },
    },
  });
  background.main();
  // A genuine reading, so there is data to edit, delete or leak.
  const [answer] = await deliver(message('readPage', { provider: 'iijmio', html: memberPage(500), url: MEMBER }), contentScript(MEMBER));
  expect(answer).toMatchObject({ res: { look: 'done' } });
  expect((await db.readings.toArray()).map((r) => r.remainingMB)).toEqual([500]);
});

describe('background wiring under forged messages', () => {
  it('takes the sender from the browser, never from the message', async () => {
    const before = await state();
    const forged = message('readPage', { provider: 'iijmio', html: memberPage(1), url: MEMBER }, { sender: contentScript(MEMBER) });
    const [answer] = await deliver(forged, contentScript('https://evil.example/member/'));
    expect(answer).toMatchObject({ res: { look: 'stop' } });
    expect(await state()).toBe(before);
  });

  // The reader runs in the extension: what it reads, and what it says on the toolbar, come from
  // the copy, never from a content script's word. Well-formed, from the provider's own page: no answer.
  it.each([
    ['submitReadings', { provider: 'iijmio', readings: [{ ...reading, remainingMB: 1 }] }],
    ['reportPage', { provider: 'iijmio', pageKind: 'other', reason: 'Kigen could not read this page' }],
  ])('there is no %s message: a content script cannot hand in readings or a toolbar mark', async (type, data) => {
    const before = await state();
    const answers = await deliver(message(type, data), contentScript(MEMBER));
    expect(answers).toEqual([undefined]);
    expect(await state()).toBe(before);
  });

  // Names a page or a compromised content script might try: none exists for them.
  const WRITES = ['deleteLine', 'saveLine', 'saveSettings', 'importBackup', 'exportBackup', 'wipe', 'addManualReading', 'recordRenewal'];
  const ODD_TYPES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '', 'SUBMITREADINGS'];

  it.each([...WRITES, ...ODD_TYPES])('message type %j from a content script changes nothing', async (type) => {
    const before = await state();
    // @webext-core/messaging looks types up on a plain object: "constructor" echoes the message
    // back to its own sender. Harmless, as long as nothing from the store comes with it.
    const answers = await deliver(message(type, { all: true }), contentScript(MEMBER));
    expect(JSON.stringify(answers)).not.toMatch(/iijmio:0901|ギガプラン/);
    expect(await state()).toBe(before);
  });

  it.each(['saveSettings', 'importBackup', 'exportBackup', 'wipe'])('there is no %s message, even for extension pages', async (type) => {
    const answers = await deliver(message(type, { lineId: 'iijmio:09012345678' }), extensionPage);
    expect(answers).toEqual([undefined]);
    expect(await db.lines.count()).toBe(1);
  });

  it.each([
    ['saveLine', { id: 'iijmio:09012345678', provider: 'iijmio' }],
    ['addManualReading', { lineId: 'iijmio:09012345678', reading: { at: 'now' } }],
    ['recordRenewal', { lineId: 'iijmio:09012345678', amount: -1 }],
    ['deleteLine', { lineId: 'iijmio:09012345678', all: true }],
    ['replaceAllData', { lines: 'all' }],
  ])('an extension page’s %s with an invalid record is refused and changes nothing', async (type, data) => {
    const before = await state();
    const [answer] = await deliver(message(type, data), extensionPage);
    expect(JSON.stringify(answer)).toMatch(/err/i);
    expect(await state()).toBe(before);
  });

  it('an extension page’s valid edit is written by the background', async () => {
    const [line] = await db.lines.toArray();
    const [answer] = await deliver(message('saveLine', { ...line, label: 'Work phone' }), extensionPage);
    expect(JSON.stringify(answer)).not.toMatch(/err/i);
    expect((await db.lines.toArray()).map((l) => l.label)).toEqual(['Work phone']);
  });

  it.each([
    ['a string', 'readPage'],
    ['a number', 42],
    ['null', null],
    ['no timestamp', { type: 'readPage', data: { provider: 'iijmio', html: memberPage(1), url: MEMBER } }],
    ['a numeric type', message(1, {})],
    ['an array', ['readPage', { provider: 'iijmio', html: memberPage(1), url: MEMBER }]],
  ])('a raw message that is %s changes nothing', async (_, raw) => {
    const before = await state();
    await deliver(raw, contentScript(MEMBER));
    expect(await state()).toBe(before);
  });

  it('keeps working after all of that', async () => {
    const [answer] = await deliver(message('readPage', { provider: 'iijmio', html: memberPage(400), url: MEMBER }), contentScript(MEMBER));
    expect(answer).toMatchObject({ res: { look: 'done' } });
    // Minutes after the first reading, the newer value replaces it (PAGE_WRITE_LIMITS).
    expect((await db.readings.toArray()).map((r) => r.remainingMB)).toEqual([400]);
  });
});
