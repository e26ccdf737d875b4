import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleGetCheckoutContext, handleHideOverlay, handleSubmitCapture } from '@/entrypoints/background/checkout';
import { type HandlerDeps, handleDataChanged, handleSubmitReadings } from '@/entrypoints/background/handlers';
import { type KigenDB, createDb } from '@/utils/db';
import { PROVIDERS } from '@/utils/providers';
import { saveReading } from '@/utils/store/lines';
import {
  EXT_ID,
  FORGED_PROVIDER_CLAIMS,
  NOW,
  ORIGIN,
  forgedCapturePayloads,
  forgedHidePayloads,
  forgedReadingPayloads,
  forgedSenders,
  fromPage,
  sampleUrl,
  validReading,
} from '../../support/forgery-cases';

/**
 * Forged writes against the background's untrusted entry points: every provider in the registry ×
 * every forged sender × every message a content script can send, then malformed payloads from a
 * genuine sender. One counter adds up everything that got through (an accepted result, or any
 * change in IndexedDB or extension storage); it must stay 0. Positive controls prove the same
 * calls do store from a genuine sender, so a 0 is not a broken harness.
 */

let db: KigenDB;
let deps: HandlerDeps;
let attempts = 0;
let accepted = 0;
const acceptedNames: string[] = [];

/** Everything a forged message could change: table contents and every storage area. */
async function snapshot(): Promise<string> {
  const [lines, readings, renewals, log] = await Promise.all([
    db.lines.toArray(),
    db.readings.toArray(),
    db.renewals.toArray(),
    db.reminderLog.toArray(),
  ]);
  const [local, session] = await Promise.all([fakeBrowser.storage.local.get(), fakeBrowser.storage.session.get()]);
  return JSON.stringify({ lines, readings, renewals, log, local, session, afterWrite: vi.mocked(deps.afterWrite).mock.calls.length });
}

/** Runs one forged attempt; counts it as accepted if it says so or if anything changed. */
async function attempt(name: string, run: () => Promise<boolean>): Promise<void> {
  attempts += 1;
  const before = await snapshot();
  const saidYes = await run();
  const changed = (await snapshot()) !== before;
  if (saidYes || changed) {
    accepted += 1;
    acceptedNames.push(name);
  }
}

const submit = (data: unknown, sender: Runtime.MessageSender) =>
  handleSubmitReadings(deps, data, sender).then((r) => r.accepted > 0);
const capture = (data: unknown, sender: Runtime.MessageSender) =>
  handleSubmitCapture(deps, data, sender).then((r) => r.saved);
const context = (data: unknown, sender: Runtime.MessageSender) =>
  handleGetCheckoutContext(deps, data, sender).then((c) => c.refused === '' || c.lines.length > 0);
const hide = (data: unknown, sender: Runtime.MessageSender) =>
  handleHideOverlay(deps, data, sender).then((r) => r.hidden);

const confirmation = { orderNumber: 'F-1', product: 'Data 1GB', price: { amount: 500, currency: 'JPY' } };

/**
 * A fresh database, seeded, for every test: fake-indexeddb keeps each finished transaction in a list
 * it scans before starting the next, so one database shared by ~1,300 attempts grew quadratically
 * slow (80 s for this file). Every provider has a line, so a forged capture would have something to
 * attach to and a forged context request would have something to leak.
 */
let dbCount = 0;
beforeEach(async () => {
  db = createDb(`forgery-${++dbCount}`);
  deps = {
    db,
    now: () => NOW,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    afterWrite: vi.fn(async () => undefined),
  };
  for (const p of PROVIDERS) {
    await saveReading(db, p.id, '070-0000-0000', {
      at: NOW - 3600_000,
      expiresAt: NOW + 86_400_000,
      remainingMB: 100,
      totalMB: 1024,
      usedMB: null,
      unlimited: false,
      plan: 'seed',
      buckets: [],
      lineValidUntil: null,
      sourceUrl: '',
      source: 'page',
    });
  }
});

afterEach(async () => {
  db.close();
});

beforeAll(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('forged senders × messages', () => {
  for (const provider of PROVIDERS) {
    const account = sampleUrl(provider, provider.accountPages);
    const checkout = sampleUrl(provider, [...provider.checkoutPages, ...provider.confirmationPages]);

    if (account) {
      it(`${provider.id}: no forged sender gets a reading stored`, async () => {
        for (const { name, sender } of forgedSenders(provider, account, 'account')) {
          await attempt(`submitReadings ${provider.id} from ${name}`, () =>
            submit({ provider: provider.id, readings: [validReading()] }, sender),
          );
        }
        for (const claim of FORGED_PROVIDER_CLAIMS) {
          await attempt(`submitReadings claiming ${JSON.stringify(claim)} on ${account}`, () =>
            submit({ provider: claim, readings: [validReading()] }, fromPage(account)),
          );
        }
      });
    }

    if (checkout) {
      it(`${provider.id}: no forged sender gets a capture, the lines, or a hidden overlay`, async () => {
        const forged = forgedSenders(provider, checkout, 'checkout');
        for (const { name, sender } of forged) {
          await attempt(`submitCapture ${provider.id} from ${name}`, () =>
            capture({ provider: provider.id, confirmation, checkout: null }, sender),
          );
          await attempt(`getCheckoutContext ${provider.id} from ${name}`, () =>
            context({ provider: provider.id, checkout: null }, sender),
          );
          await attempt(`hideOverlay ${provider.id} from ${name}`, () =>
            hide({ provider: provider.id }, sender),
          );
        }
        for (const claim of FORGED_PROVIDER_CLAIMS) {
          await attempt(`capture claiming ${JSON.stringify(claim)}`, () =>
            capture({ provider: claim, confirmation, checkout: null }, fromPage(checkout)),
          );
          await attempt(`context claiming ${JSON.stringify(claim)}`, () =>
            context({ provider: claim, checkout: null }, fromPage(checkout)),
          );
        }
      });
    }
  }

  it('a content script cannot make the background re-plan as if an extension page wrote', async () => {
    for (const provider of PROVIDERS) {
      const url = sampleUrl(provider, provider.accountPages) ?? `https://${provider.hosts[0]}/`;
      await attempt(`dataChanged from ${provider.id}`, async () => (await handleDataChanged(deps, fromPage(url))).reminders > 0);
    }
    await attempt('dataChanged from a lookalike extension origin', async () =>
      (await handleDataChanged(deps, { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil/options.html` })).reminders > 0,
    );
    await attempt('dataChanged from another extension', async () =>
      (await handleDataChanged(deps, { id: 'other', url: `${ORIGIN}options.html` })).reminders > 0,
    );
  });
});

describe('forged payloads from a genuine sender', () => {
  for (const provider of PROVIDERS) {
    const account = sampleUrl(provider, provider.accountPages);
    const checkout = sampleUrl(provider, [...provider.checkoutPages, ...provider.confirmationPages]);
    if (account) {
      it(`${provider.id}: malformed, oversized, NaN, negative and far-future readings and buckets are refused`, async () => {
        for (const [name, payload] of forgedReadingPayloads(provider.id)) {
          await attempt(`submitReadings ${provider.id}: ${name}`, () => submit(payload, fromPage(account)));
        }
      });
    }
    if (checkout) {
      it(`${provider.id}: malformed captures and hide requests are refused`, async () => {
        for (const [name, payload] of forgedCapturePayloads(provider.id)) {
          await attempt(`submitCapture ${provider.id}: ${name}`, () => capture(payload, fromPage(checkout)));
        }
        for (const [name, payload] of forgedHidePayloads(provider.id)) {
          await attempt(`hideOverlay ${provider.id}: ${name}`, () => hide(payload, fromPage(checkout)));
        }
      });
    }
  }
});

describe('the count', () => {
  it('accepted 0 of every forged attempt', () => {
    // Floor: 21 sender forgeries and 13 provider claims per provider at least, 60+ payloads.
    expect(attempts).toBeGreaterThan(PROVIDERS.length * 90);
    expect(acceptedNames).toEqual([]);
    expect(accepted).toBe(0);
    console.info(`[forgery] ${attempts} forged attempts, ${accepted} accepted`);
  });

  it('positive controls: the same calls from a genuine sender are accepted', async () => {
    for (const provider of PROVIDERS) {
      const account = sampleUrl(provider, provider.accountPages);
      if (account) {
        expect(await submit({ provider: provider.id, readings: [validReading({ line: 'control' })] }, fromPage(account))).toBe(true);
        // A content script from before buckets sends neither field.
        const { buckets: _b, lineValidUntil: _v, ...older } = validReading({ line: 'control-older' });
        expect(await submit({ provider: provider.id, readings: [older] }, fromPage(account))).toBe(true);
      }
      const checkout = sampleUrl(provider, [...provider.checkoutPages, ...provider.confirmationPages]);
      if (checkout) {
        expect(await context({ provider: provider.id, checkout: null }, fromPage(checkout))).toBe(true);
        expect(await capture({ provider: provider.id, confirmation: { ...confirmation, orderNumber: `C-${provider.id}` }, checkout: null }, fromPage(checkout))).toBe(true);
        expect(await hide({ provider: provider.id }, fromPage(checkout))).toBe(true);
      }
    }
    // About 100 real writes through fake-indexeddb, each reconciling alarms: ~19 s alone on 2 cores.
  }, 90_000);
});
