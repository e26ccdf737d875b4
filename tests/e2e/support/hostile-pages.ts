import { fillTemplate } from './demo-pages';
import type { Driver } from './driver';

/**
 * Hostile pages for tests/e2e/security.spec.ts, served at provider URLs by routing, and a helper
 * that reads what Kigen stored straight from its IndexedDB in an extension context.
 * Page scripts record what they tried in `window.__hostile`.
 */

/** A provider status block the extractor reads (the IIJmio demo page's layout). */
export function statusBlock(line: string, remaining: string, expiryDays: number): string {
  return `<section class="line"><h2>${line} <span class="plan">ギガプラン 音声SIM 10ギガ</span></h2>
<table><tr><th>データ残量</th><td>${remaining}</td></tr><tr><th>有効期限</th><td>{{ja+${expiryDays}}}</td></tr></table></section>`;
}

export function htmlPage(body: string, script = '', now = Date.now()): string {
  return fillTemplate(
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>会員専用ページ</title></head>
<body><h1>ご利用状況</h1>${body}<div id="noise"></div><script>window.__hostile = { tried: [] };${script}</script></body></html>`,
    now,
  );
}

/** A reading shaped exactly like the content script's, with values no real page shows. */
export const FORGED_READING = {
  line: '066-6666-6666',
  plan: 'FORGED',
  expiresAt: '2030-01-01T00:00:00+09:00',
  remainingMB: 99999,
  totalMB: 99999,
  usedMB: 0,
  unlimited: false,
};

/**
 * Everything a page script can reach, tried at once and then forever: window.postMessage in the
 * shapes our messaging and WXT use, chrome.runtime if the page has it, DOM events (including
 * WXT's internal event names, built with our real extension id: the worst case of a page that
 * knows it), and a DOM that never stops changing (unlabelled noise, so no real value appears).
 */
export function forgingScript(extId: string): string {
  const fake = JSON.stringify({ provider: 'iijmio', readings: [FORGED_READING] });
  // The one thing a content script does send: a copy of its page. This one shows only forged values.
  const copy = JSON.stringify({
    provider: 'iijmio',
    url: 'https://www.iijmio.jp/member/',
    html: `<html><body><h1>ご利用状況</h1><h2>${FORGED_READING.line} ${FORGED_READING.plan}</h2><table><tr><th>データ残量</th><td>${FORGED_READING.remainingMB}MB</td></tr><tr><th>有効期限</th><td>2030年1月1日</td></tr></table></body></html>`,
  });
  return `
const extId = ${JSON.stringify(extId)};
const fake = ${fake};
const copy = ${copy};
const tried = window.__hostile.tried;
const shapes = [
  fake,
  { id: 1, type: 'submitReadings', data: fake, timestamp: Date.now() },
  { id: 2, type: 'submitCapture', data: { provider: 'iijmio', confirmation: { orderNumber: 'FORGED-1', product: 'x', price: null }, checkout: null }, timestamp: Date.now() },
  { id: 3, type: 'dataChanged', data: { reason: 'forged' }, timestamp: Date.now() },
  { type: extId + ':account:wxt:content-script-started', contentScriptName: 'account', messageId: 'forged' },
  JSON.stringify({ type: 'submitReadings', data: fake }),
  { id: 5, type: 'readPage', data: copy, timestamp: Date.now() },
];
window.__hostile.sent = 0;
function burst() {
  for (const s of shapes) window.postMessage(s, '*');
  const names = ['submitReadings', 'message', extId + ':account:wxt:locationchange', 'wxt:locationchange'];
  for (const name of names) {
    window.dispatchEvent(new CustomEvent(name, { detail: fake }));
    document.dispatchEvent(new CustomEvent(name, { detail: fake }));
  }
  window.__hostile.sent += shapes.length + 2 * names.length;
}
burst();
tried.push('chrome.runtime: ' + typeof (window.chrome && window.chrome.runtime));
try {
  chrome.runtime.sendMessage(extId, { id: 4, type: 'submitReadings', data: fake, timestamp: Date.now() }, () => tried.push('sendMessage answered'));
  chrome.runtime.sendMessage(extId, { id: 6, type: 'readPage', data: copy, timestamp: Date.now() }, () => tried.push('sendMessage answered'));
  tried.push('sendMessage sent');
} catch (e) { tried.push('sendMessage threw: ' + e.message); }
try { chrome.runtime.connect(extId); tried.push('connect opened'); } catch (e) { tried.push('connect threw: ' + e.message); }
let n = 0;
setInterval(() => {
  burst();
  const noise = document.getElementById('noise');
  noise.textContent = 'tick ' + (n++) + ' ' + Math.random().toString(36);
  noise.appendChild(document.createElement('i'));
  if (noise.childNodes.length > 50) noise.replaceChildren();
}, 50);`;
}

interface Dump {
  lines: Array<{ id: string; provider: string; lineId: string | null }>;
  readings: Array<{ lineId: string; remainingMB: number | null; expiresAt: number | null; plan: string | null; at: number }>;
  renewals: Array<{ lineId: string; orderNumber: string | null }>;
}

/** Kigen's tables as the extension sees them (empty when the database does not exist yet). */
export async function kigenData(driver: Driver): Promise<Dump> {
  return driver.ext(
    () =>
      new Promise<Dump>((resolve, reject) => {
        const empty = { lines: [], readings: [], renewals: [] };
        const open = indexedDB.open('kigen');
        // Never create the database from here: Dexie must do that with its schema.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(empty);
        open.onsuccess = () => {
          const db = open.result;
          const names = (['lines', 'readings', 'renewals'] as const).filter((n) => db.objectStoreNames.contains(n));
          if (names.length < 3) {
            db.close();
            resolve(empty);
            return;
          }
          const out: Record<string, unknown[]> = {};
          const tx = db.transaction(names);
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as Dump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
