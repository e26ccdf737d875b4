import { MatchPattern } from '@webext-core/match-patterns';
import type { Runtime } from 'webextension-polyfill';
import type { ExtractedReading } from '@/utils/extract/types';
import { PROVIDERS, areasOf } from '@/utils/providers';
import type { ProviderProfile } from '@/utils/providers/types';
import { MAX_MB } from '@/utils/validate';

/**
 * Tables of forged senders and payloads for the background's untrusted entry points
 * (tests/unit/entrypoints/background/forgery.test.ts). Built from the provider registry, so every provider
 * added later is attacked the same way without touching the tests.
 */

export const EXT_ID = 'kigen-test-id';
export const ORIGIN = `chrome-extension://${EXT_ID}/`;
export const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const DAY = 24 * 3600 * 1000;

/** A concrete URL a match pattern covers, on one of the provider's own hosts (or undefined). */
export function sampleUrl(provider: ProviderProfile, patterns: string[]): string | undefined {
  for (const pattern of patterns) {
    const url = pattern.replace(/^\*:\/\//, 'https://').replace(/\*/g, 'x');
    try {
      const u = new URL(url);
      if (provider.hosts.includes(u.hostname) && new MatchPattern(pattern).includes(u.href)) return u.href;
    } catch {
      // A host wildcard that does not give a real host: try the next pattern.
    }
  }
  return undefined;
}

export const fromPage = (url: string | undefined, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  ...over,
});

export interface ForgedSender {
  name: string;
  sender: Runtime.MessageSender;
}

/**
 * Senders that must never be believed when they claim `provider` on a page of `kind`, given a
 * genuine page URL of that provider. Every entry changes exactly one thing about a real sender.
 */
export function forgedSenders(provider: ProviderProfile, genuine: string, kind: 'account' | 'checkout'): ForgedSender[] {
  const u = new URL(genuine);
  const path = u.pathname + u.search;
  // The background believes any page of the provider's areas (the content decides what it is).
  const pages = [...areasOf(provider), ...(kind === 'account' ? provider.accountPages : [...provider.checkoutPages, ...provider.confirmationPages])];
  const offPage = `https://${u.hostname}/kigen-not-a-provider-page/`;
  const list: ForgedSender[] = [
    { name: 'another extension', sender: fromPage(genuine, { id: 'some-other-extension' }) },
    { name: 'no extension id', sender: fromPage(genuine, { id: undefined }) },
    { name: 'no tab (a background or worker)', sender: fromPage(genuine, { tab: undefined }) },
    { name: 'a tab without an id', sender: fromPage(genuine, { tab: { index: 0, highlighted: false, active: true, pinned: false, incognito: false } }) },
    { name: 'an iframe (provider page framed by another site)', sender: fromPage(genuine, { frameId: 1 }) },
    { name: 'a nested cross-origin frame', sender: fromPage(genuine, { frameId: 42 }) },
    { name: 'no frame id', sender: fromPage(genuine, { frameId: undefined }) },
    { name: 'no URL', sender: fromPage(undefined) },
    { name: 'an unparsable URL', sender: fromPage('not a url') },
    { name: 'plain http', sender: fromPage(genuine.replace(/^https:/, 'http:')) },
    { name: 'a lookalike suffix host', sender: fromPage(`https://${u.hostname}.evil.example${path}`) },
    { name: 'a subdomain of the host', sender: fromPage(`https://evil.${u.hostname}${path}`) },
    { name: 'the host as user info', sender: fromPage(`https://${u.hostname}@evil.example${path}`) },
    { name: 'the real URL in the query', sender: fromPage(`https://evil.example/?next=${encodeURIComponent(genuine)}`) },
    { name: 'the real URL in the fragment', sender: fromPage(`https://evil.example/#${genuine}`) },
    { name: 'a blob: URL of the host', sender: fromPage(`blob:https://${u.hostname}/0b7e4a12-0000-4000-8000-000000000000`) },
    { name: 'a data: URL', sender: fromPage('data:text/html,<h1>有効期限</h1>') },
    { name: 'about:blank', sender: fromPage('about:blank') },
    { name: 'a file: URL', sender: fromPage(`file:///home/user/${u.hostname}${path}`) },
    { name: 'an extension page in a tab', sender: fromPage(`${ORIGIN}popup.html`) },
    { name: 'another extension’s page', sender: fromPage('chrome-extension://abcdefghijklmnop/popup.html', { id: 'abcdefghijklmnop' }) },
  ];
  if (!pages.some((p) => new MatchPattern(p).includes(offPage))) {
    list.push({ name: `a page of the host outside its account and shop areas`, sender: fromPage(offPage) });
  }
  for (const other of PROVIDERS) {
    if (other.id === provider.id) continue;
    const theirs = sampleUrl(other, [...other.accountPages, ...other.checkoutPages, ...other.confirmationPages]);
    if (theirs) list.push({ name: `${other.id}’s page claiming ${provider.id}`, sender: fromPage(theirs) });
  }
  return list;
}

/** Provider names a genuine sender might put in a message that are not its own. */
export const FORGED_PROVIDER_CLAIMS: unknown[] = [
  'evil',
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'IIJMIO',
  ' iijmio',
  'iijmio\u0000',
  null,
  42,
  ['iijmio'],
  { id: 'iijmio' },
];

export const validReading = (over: Partial<Record<keyof ExtractedReading, unknown>> = {}): Record<string, unknown> => ({
  line: '090-0000-1111',
  plan: 'Test plan',
  expiresAt: new Date(NOW + 5 * DAY).toISOString(),
  remainingMB: 1024,
  totalMB: 2048,
  usedMB: 1024,
  unlimited: false,
  buckets: [validBucket()],
  lineValidUntil: new Date(NOW + 90 * DAY).toISOString(),
  ...over,
});

/** One data allowance as the reader sends it: valid, to be spoiled one field at a time. */
export const validBucket = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'データ追加3GB(30日間)',
  remainingMB: 1024,
  totalMB: 3072,
  expiresAt: new Date(NOW + 5 * DAY).toISOString(),
  bonus: false,
  ...over,
});

const iso = (ms: number) => new Date(ms).toISOString();
const deep = (depth: number): unknown => (depth === 0 ? 1 : { a: deep(depth - 1) });

/** Readings that are wrong in one field each: none may be stored. */
export const FORGED_READINGS: Array<[string, Record<string, unknown>]> = [
  ['NaN remaining', validReading({ remainingMB: Number.NaN })],
  ['NaN total', validReading({ totalMB: Number.NaN })],
  ['NaN used', validReading({ usedMB: Number.NaN })],
  ['negative remaining', validReading({ remainingMB: -1 })],
  ['a tiny negative remaining', validReading({ remainingMB: -1e-9 })],
  ['negative total', validReading({ totalMB: -2048, remainingMB: null })],
  ['negative used', validReading({ usedMB: -5 })],
  ['Infinity total', validReading({ totalMB: Number.POSITIVE_INFINITY })],
  ['-Infinity remaining', validReading({ remainingMB: Number.NEGATIVE_INFINITY })],
  ['above 10 TB', validReading({ remainingMB: MAX_MB + 1, totalMB: MAX_MB + 2 })],
  ['1e308', validReading({ totalMB: 1e308 })],
  ['remaining above total', validReading({ remainingMB: 4096, totalMB: 2048 })],
  ['a numeric string', validReading({ remainingMB: '1024' })],
  ['a boxed number', validReading({ remainingMB: { valueOf: () => 1 } })],
  ['expiry before 2000', validReading({ expiresAt: '1999-12-31T23:59:59+09:00' })],
  ['the epoch', validReading({ expiresAt: '1970-01-01T00:00:00Z' })],
  ['expiry 10 years and a day ahead', validReading({ expiresAt: iso(NOW + 3654 * DAY) })],
  ['expiry in 2099', validReading({ expiresAt: '2099-12-31T23:59:59+09:00' })],
  ['the largest date', validReading({ expiresAt: '+275760-09-13T00:00:00.000Z' })],
  ['year 9999', validReading({ expiresAt: '9999-12-31T23:59:59Z' })],
  ['30 February', validReading({ expiresAt: '2027-02-30T23:59:59+09:00' })],
  ['31 April', validReading({ expiresAt: '2027-04-31T23:59:59+09:00' })],
  ['29 February of a common year', validReading({ expiresAt: '2027-02-29T23:59:59+09:00' })],
  ['month 13', validReading({ expiresAt: '2026-13-01T00:00:00+09:00' })],
  ['hour 24', validReading({ expiresAt: '2026-12-31T24:00:00+09:00' })],
  ['offset +99:00', validReading({ expiresAt: '2026-12-31T23:59:59+99:00' })],
  ['no offset', validReading({ expiresAt: '2026-12-31T23:59:59' })],
  ['a date without time', validReading({ expiresAt: '2026-12-31' })],
  ['words', validReading({ expiresAt: 'tomorrow' })],
  ['an empty expiry', validReading({ expiresAt: '' })],
  ['an epoch number', validReading({ expiresAt: NOW + DAY })],
  ['a Date object', validReading({ expiresAt: new Date(NOW + DAY) })],
  ['a 5 MB plan name', validReading({ plan: 'x'.repeat(5 * 1024 * 1024) })],
  ['a 65-character line id', validReading({ line: '0'.repeat(65) })],
  ['a NUL in the line id', validReading({ line: '090\u00001111' })],
  ['a newline in the plan', validReading({ plan: 'plan\n<script>' })],
  ['an ESC sequence', validReading({ plan: '\u001b[31mred' })],
  ['a numeric line id', validReading({ line: 9012345678 })],
  ['unlimited as a string', validReading({ unlimited: 'true' })],
  ['unlimited as 1', validReading({ unlimited: 1 })],
  ['an extra field', { ...validReading(), html: '<img src=x onerror=alert(1)>' }],
  ['a missing field', (({ usedMB: _, ...rest }) => rest)(validReading())],
  ['no status at all', validReading({ expiresAt: null, remainingMB: null, totalMB: null, usedMB: null, unlimited: false, buckets: [], lineValidUntil: null })],
  ['only the usage of no named line', validReading({ line: null, expiresAt: null, remainingMB: null, totalMB: null, unlimited: false, buckets: [], lineValidUntil: null })],
  ['21 buckets (above the cap)', validReading({ buckets: Array.from({ length: 21 }, () => validBucket()) })],
  ['100,000 buckets', validReading({ buckets: Array.from({ length: 100_000 }, () => validBucket()) })],
  ['buckets as an object', validReading({ buckets: { 0: validBucket(), length: 1 } })],
  ['a bucket that is null', validReading({ buckets: [null] })],
  ['a bucket that is a string', validReading({ buckets: ['{"remainingMB":1}'] })],
  ['NaN bucket remaining', validReading({ buckets: [validBucket({ remainingMB: Number.NaN })] })],
  ['NaN bucket total', validReading({ buckets: [validBucket(), validBucket({ totalMB: Number.NaN })] })],
  ['Infinity bucket total', validReading({ buckets: [validBucket({ totalMB: Number.POSITIVE_INFINITY })] })],
  ['negative bucket remaining', validReading({ buckets: [validBucket({ remainingMB: -1 })] })],
  ['negative bucket total', validReading({ buckets: [validBucket({ totalMB: -3072, remainingMB: null })] })],
  ['a bucket above 10 TB', validReading({ buckets: [validBucket({ remainingMB: MAX_MB + 1, totalMB: MAX_MB + 2 })] })],
  ['bucket remaining above its total', validReading({ buckets: [validBucket({ remainingMB: 4096, totalMB: 3072 })] })],
  ['a bucket expiring 10 years and a day ahead', validReading({ buckets: [validBucket({ expiresAt: iso(NOW + 3654 * DAY) })] })],
  ['a bucket expiring in 2099', validReading({ buckets: [validBucket(), validBucket({ expiresAt: '2099-12-31T23:59:59+09:00', bonus: true })] })],
  ['a bucket expiring before 2000', validReading({ buckets: [validBucket({ expiresAt: '1999-12-31T23:59:59+09:00' })] })],
  ['a bucket expiring on 30 February', validReading({ buckets: [validBucket({ expiresAt: '2027-02-30T23:59:59+09:00' })] })],
  ['a bucket expiry as an epoch number', validReading({ buckets: [validBucket({ expiresAt: NOW + DAY })] })],
  ['a bucket expiry without offset', validReading({ buckets: [validBucket({ expiresAt: '2026-12-31T23:59:59' })] })],
  ['a 201-character bucket name', validReading({ buckets: [validBucket({ name: 'x'.repeat(201) })] })],
  ['a newline in a bucket name', validReading({ buckets: [validBucket({ name: 'bonus\n<script>' })] })],
  ['bonus as a string', validReading({ buckets: [validBucket({ bonus: 'true' })] })],
  ['a bucket without bonus', validReading({ buckets: [(({ bonus: _, ...rest }) => rest)(validBucket())] })],
  ['an extra bucket field', validReading({ buckets: [{ ...validBucket(), html: '<img src=x onerror=alert(1)>' }] })],
  ['a __proto__ bucket key', validReading({ buckets: [JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(validBucket()).slice(1)}`)] })],
  ['a SIM validity 10 years and a day ahead', validReading({ lineValidUntil: iso(NOW + 3654 * DAY) })],
  ['a SIM validity before 2000', validReading({ lineValidUntil: '1999-12-31T23:59:59+09:00' })],
  ['a SIM validity on 31 April', validReading({ lineValidUntil: '2027-04-31T23:59:59+09:00' })],
  ['a SIM validity as an epoch number', validReading({ lineValidUntil: NOW + DAY })],
  ['a SIM validity in words', validReading({ lineValidUntil: 'forever' })],
  ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(validReading()).slice(1)}`) as Record<string, unknown>],
  ['a 2,000-deep object field', validReading({ plan: deep(2000) })],
];

/** Whole submitReadings payloads that are malformed: nothing in them may be stored. */
export function forgedReadingPayloads(provider: string): Array<[string, unknown]> {
  return [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', JSON.stringify({ provider, readings: [validReading()] })],
    ['an array', [provider, [validReading()]]],
    ['no readings', { provider }],
    ['no provider', { readings: [validReading()] }],
    ['readings as an object', { provider, readings: { 0: validReading(), length: 1 } }],
    ['21 readings (above the cap)', { provider, readings: Array.from({ length: 21 }, (_, i) => validReading({ line: `line-${i}` })) }],
    ['100,000 readings', { provider, readings: Array.from({ length: 100_000 }, () => validReading()) }],
    ['an extra top-level field', { provider, readings: [validReading()], sender: { url: ORIGIN } }],
    ['a __proto__ top-level key', JSON.parse(`{"__proto__":{"accepted":1},"provider":${JSON.stringify(provider)},"readings":[]}`)],
    ['a 5 MB provider name', { provider: provider + 'x'.repeat(5 * 1024 * 1024), readings: [validReading()] }],
    ['a reading that is an array', { provider, readings: [Object.values(validReading())] }],
    ['a reading that is null', { provider, readings: [null] }],
    ['a reading that is a string', { provider, readings: ['{"remainingMB":1}'] }],
    ...FORGED_READINGS.map(([name, r]): [string, unknown] => [`one reading with ${name}`, { provider, readings: [r] }]),
  ];
}

const confirmation = { orderNumber: 'A-1', product: 'Data 1GB', price: { amount: 500, currency: 'JPY' } };
const checkoutInfo = { product: 'Data 1GB', dataMB: 1024, durationDays: 30, unlimited: false, price: { amount: 500, currency: 'JPY' } };

/** Capture payloads malformed in one field each. */
export function forgedCapturePayloads(provider: string): Array<[string, unknown]> {
  const withConfirmation = (over: Record<string, unknown>) => ({ provider, confirmation: { ...confirmation, ...over }, checkout: null });
  const withCheckout = (over: Record<string, unknown>) => ({ provider, confirmation, checkout: { ...checkoutInfo, ...over } });
  return [
    ['null', null],
    ['no confirmation', { provider, checkout: null }],
    ['an extra field', { provider, confirmation, checkout: null, lineId: `${provider}:main` }],
    ['a negative price', withConfirmation({ price: { amount: -500, currency: 'JPY' } })],
    ['a NaN price', withConfirmation({ price: { amount: Number.NaN, currency: 'JPY' } })],
    ['an absurd price', withConfirmation({ price: { amount: 1e12, currency: 'JPY' } })],
    ['a lower-case currency', withConfirmation({ price: { amount: 500, currency: 'jpy' } })],
    ['a long currency', withConfirmation({ price: { amount: 500, currency: 'JPYY' } })],
    ['a 65-character order number', withConfirmation({ orderNumber: 'A'.repeat(65) })],
    ['a control character in the product', withConfirmation({ product: 'Data\u0007' })],
    ['a fractional duration', withCheckout({ durationDays: 1.5 })],
    ['a negative duration', withCheckout({ durationDays: -30 })],
    ['a duration above 10 years', withCheckout({ durationDays: 3661 })],
    ['negative data', withCheckout({ dataMB: -1024 })],
    ['Infinity data', withCheckout({ dataMB: Number.POSITIVE_INFINITY })],
    ['an extra checkout field', withCheckout({ expiresAt: '2099-01-01T00:00:00Z' })],
  ];
}

/** "Hide the overlay" requests that are not exactly { provider }. */
export function forgedHidePayloads(provider: string): Array<[string, unknown]> {
  return [
    ['null', null],
    ['a string', provider],
    ['an empty object', {}],
    ['a number for the provider', { provider: 7 }],
    ['an array for the provider', { provider: [provider] }],
    ['an oversized provider', { provider: provider.repeat(200) }],
    ['a duration (no longer taken)', { provider, forMs: 3_600_000 }],
    ['another site named', { provider, host: 'evil.example' }],
    ['a list of sites', { provider, sites: ['shop.povo.jp', 'www.iijmio.jp'] }],
    ['a prototype key', JSON.parse(`{"provider":"${provider}","__proto__":{"hidden":true}}`)],
  ];
}
