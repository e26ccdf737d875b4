import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_MATCHES,
  areasOf,
  CHECKOUT_MATCHES,
  PROVIDERS,
  getProvider,
  guideFor,
  keepAliveRuleFor,
  providerForHost,
} from '@/utils/providers';
import { GENERIC_TIPS, TROUBLESHOOTING, methodNameKey } from '@/utils/providers/guide-keys';
import {
  CONFIDENCE,
  DATE_ORDERS,
  type KeepAliveRule,
  LOCALES,
  RENEWAL_METHOD_KINDS,
  type ProviderProfile,
} from '@/utils/providers/types';

/**
 * Registry consistency: what the manifest, the sender checks, the popup guide and the reminder
 * planner take from the profiles. A broken pattern, a missing text or a foreign link fails here.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const LOCALE_FILES = ['en', 'ja', 'zh_CN', 'zh_TW'] as const;
const messages = Object.fromEntries(
  LOCALE_FILES.map((l) => [
    l,
    JSON.parse(readFileSync(path.join(ROOT, 'utils/i18n/locales', `${l}.json`), 'utf8')) as Record<string, unknown>,
  ]),
) as Record<(typeof LOCALE_FILES)[number], Record<string, unknown>>;

const EXPECTED_IDS = [
  'povo',
  'rakuten-mobile',
  'iijmio',
  'his-mobile',
  'mineo',
  'docomo',
  'ahamo',
  'au',
  'uq-mobile',
  'softbank',
  'ymobile',
  'linemo',
  'b-mobile',
  'sakura-mobile',
  'mobal',
  'airalo',
  'holafly',
  'giffgaff',
  'cmhk',
];

/** Two-label public suffixes among our providers' hosts (the rest are single-label TLDs). */
const TWO_LABEL_SUFFIXES = new Set(['co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'co.uk', 'org.uk', 'com.hk']);

function registrableDomain(host: string): string {
  const labels = host.toLowerCase().split('.');
  const suffixLen = TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 2 : 1;
  return labels.slice(-(suffixLen + 1)).join('.');
}

function patternsOf(p: ProviderProfile): string[] {
  return [...p.accountPages, ...p.checkoutPages, ...p.confirmationPages];
}

function patternHost(pattern: string): string {
  const m = /^https:\/\/([^/]+)\//.exec(pattern);
  if (!m?.[1]) throw new Error(`no host in ${pattern}`);
  return m[1];
}

/** Every message key a profile refers to. */
function keysOf(p: ProviderProfile): string[] {
  return [
    ...p.renewal.methods.flatMap((m) => [...m.steps, methodNameKey(m.kind)]),
    p.renewal.supportHintKey,
    ...(p.renewal.refundHintKey ? [p.renewal.refundHintKey] : []),
    ...keepAliveRules(p).map((k) => k.actionKey),
  ];
}

function keepAliveRules(p: ProviderProfile): KeepAliveRule[] {
  return [...(p.keepAlive ? [p.keepAlive] : []), ...(p.keepAliveByPlan ?? []).map((r) => r.rule)];
}

const byId = PROVIDERS.map((p) => [p.id, p] as const);

describe('the registry', () => {
  it('lists every provider Kigen supports, once, with a kebab-case id', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives no host to two providers', () => {
    const hosts = PROVIDERS.flatMap((p) => p.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('derives the content-script matches from the profiles', () => {
    // The reader runs on every page of the account and shop areas (the content decides the kind).
    expect(new Set(ACCOUNT_MATCHES)).toEqual(
      new Set(PROVIDERS.flatMap((p) => [...areasOf(p), ...p.accountPages, ...p.checkoutPages, ...p.confirmationPages])),
    );
    for (const p of PROVIDERS) {
      for (const page of [...p.accountPages, ...p.checkoutPages, ...p.confirmationPages]) {
        const sample = page.replace(/\*$/, 'x').replace(/\/\*\//g, '/x/');
        expect(areasOf(p).some((a) => new MatchPattern(a).includes(sample)), `${p.id}: ${page} outside its areas`).toBe(true);
      }
    }
    expect(ACCOUNT_MATCHES.length).toBe(new Set(ACCOUNT_MATCHES).size);
    expect(new Set(CHECKOUT_MATCHES)).toEqual(
      new Set(PROVIDERS.flatMap((p) => [...p.checkoutPages, ...p.confirmationPages])),
    );
  });

  it('finds providers by id and by exact host only', () => {
    expect(getProvider('povo')?.id).toBe('povo');
    expect(getProvider('nope')).toBeUndefined();
    expect(providerForHost('SHOP.POVO.JP')?.id).toBe('povo');
    expect(providerForHost('povo.jp')).toBeUndefined();
    expect(providerForHost('shop.povo.jp.evil.example')).toBeUndefined();
  });

  it('gives the generic tips and troubleshooting even to unknown providers', () => {
    const unknown = guideFor('other');
    expect(unknown.methods).toEqual([]);
    expect(unknown.supportHintKey).toBeNull();
    expect(unknown.tips).toEqual(GENERIC_TIPS);
    expect(unknown.troubleshooting).toEqual(TROUBLESHOOTING);
    const povo = guideFor('povo');
    expect(povo.methods).toBe(getProvider('povo')?.renewal.methods);
    expect(povo.supportHintKey).toBe('support_povo');
  });

  it('picks a plan-specific keep-alive rule only for a matching plan name', () => {
    const iijmio = getProvider('iijmio');
    const bmobile = getProvider('b-mobile');
    const povo = getProvider('povo');
    if (!iijmio || !bmobile || !povo) throw new Error('registry incomplete');
    expect(keepAliveRuleFor(iijmio, 'プリペイドパック（タイプD）')?.actionKey).toBe('keepalive_iijmio');
    expect(keepAliveRuleFor(iijmio, 'ギガプラン')).toBeUndefined();
    expect(keepAliveRuleFor(iijmio, null)).toBeUndefined();
    expect(keepAliveRuleFor(bmobile, 'b-microSIM u300')?.days).toBe(60);
    expect(keepAliveRuleFor(bmobile, 'b-mobile VISITOR SIM')).toBeUndefined();
    // A provider-wide rule applies whatever the plan, also when none was read.
    expect(keepAliveRuleFor(povo, null)).toBe(povo.keepAlive);
    expect(keepAliveRuleFor(povo, 'データ追加3GB(30日間)')).toBe(povo.keepAlive);
  });

  it('has every generic tip and troubleshooting text in all four languages', () => {
    for (const key of [...GENERIC_TIPS, ...TROUBLESHOOTING]) {
      for (const l of LOCALE_FILES) expect(messages[l][key], `${l}: ${key}`).toMatch(/\S/);
    }
  });
});

describe.each(byId)('%s', (_, p) => {
  it('has a name in every locale', () => {
    expect(Object.keys(p.names).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) expect(p.names[l].trim()).not.toBe('');
  });

  it('has exact, lowercase hosts', () => {
    expect(p.hosts.length).toBeGreaterThan(0);
    for (const h of p.hosts) expect(h).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('has at least one account page pattern', () => {
    expect(p.accountPages.length).toBeGreaterThan(0);
  });

  it('uses valid, https-only, path-scoped patterns on its own hosts', () => {
    for (const pattern of patternsOf(p)) {
      expect(() => new MatchPattern(pattern), pattern).not.toThrow();
      expect(pattern).not.toBe('<all_urls>');
      expect(pattern.startsWith('https://'), pattern).toBe(true);
      const host = patternHost(pattern);
      expect(host, pattern).not.toContain('*');
      expect(p.hosts, pattern).toContain(host);
    }
    // Never a whole host for a page pattern: provider hosts also serve marketing, help or login pages.
    expect(patternsOf(p).filter((x) => /^https:\/\/[^/]+\/\*$/.test(x))).toEqual([]);
    // Areas may be a whole host, one that serves only the account (its content decides the kind).
    for (const area of areasOf(p)) {
      expect(area.startsWith('https://'), area).toBe(true);
      expect(p.hosts, area).toContain(patternHost(area));
    }
  });

  it('refers only to message keys that have text in all four languages', () => {
    for (const key of keysOf(p)) {
      expect(key).toMatch(/^[a-z][A-Za-z0-9_]*$/);
      for (const l of LOCALE_FILES) expect(messages[l][key], `${l}: ${key}`).toMatch(/\S/);
    }
  });

  it('has renewal methods with steps, of known kinds', () => {
    expect(p.renewal.methods.length).toBeGreaterThan(0);
    for (const m of p.renewal.methods) {
      expect(RENEWAL_METHOD_KINDS).toContain(m.kind);
      expect(m.steps.length).toBeGreaterThan(0);
    }
    const hasAutoRenew = p.renewal.methods.some((m) => m.kind === 'autoRenew');
    expect(hasAutoRenew).toBe(p.topUp.autoRenewAvailable);
  });

  it('says which lines each method is for, and no two methods share a heading', () => {
    for (const m of p.renewal.methods) {
      const { plans, pages, product } = m.fits ?? {};
      if (plans !== undefined || pages !== undefined) expect(product, `${m.kind}: product`).toMatch(/\S/);
      for (const part of plans ?? []) expect(part).toMatch(/\S/);
      for (const prefix of pages ?? []) expect(p.hosts, prefix).toContain(new URL(prefix).hostname);
    }
    // The heading is the method's name and its product: two of one kind need different products.
    const headings = p.renewal.methods.map((m) => `${m.kind} ${m.fits?.product ?? ''}`);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('links only to https pages on its own domains, with no tracking or referral parameters', () => {
    const own = new Set(p.hosts.map(registrableDomain));
    for (const m of p.renewal.methods) {
      if (m.url === undefined) continue;
      const url = new URL(m.url);
      expect(url.protocol).toBe('https:');
      expect(own, m.url).toContain(registrableDomain(url.hostname));
      expect(m.url).not.toMatch(/[?&](utm_[a-z]+|ref|aff|affiliate|referral|discount|coupon|sca_ref)=/i);
    }
  });

  it('names no URL, mail address or phone number in its support and refund hints', () => {
    const keys = [p.renewal.supportHintKey, ...(p.renewal.refundHintKey ? [p.renewal.refundHintKey] : [])];
    for (const key of keys) {
      for (const l of LOCALE_FILES) {
        const text = String(messages[l][key]);
        expect(text, `${l}: ${key}`).not.toMatch(/https?:\/\/|www\.|@|\d{2,4}-\d{2,4}-\d{3,4}|0120/);
      }
    }
  });

  it('states times in a real IANA zone and a known date order and language', () => {
    expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone })).not.toThrow();
    expect(DATE_ORDERS).toContain(p.dateOrder);
    expect(() => Intl.getCanonicalLocales(p.pageLanguage)).not.toThrow();
  });

  it('backs its facts with sources of a known confidence', () => {
    expect(p.sources.length).toBeGreaterThan(0);
    for (const s of p.sources) {
      expect(CONFIDENCE).toContain(s.confidence);
      expect(s.fact.trim()).not.toBe('');
      expect(s.ref.trim()).not.toBe('');
    }
    // Every keep-alive rule and every renewal URL is backed by a source line.
    if (keepAliveRules(p).length > 0) expect(p.sources.some((s) => s.fact.startsWith('keepAlive'))).toBe(true);
  });

  it('has a sane keep-alive rule and top-up rule', () => {
    for (const k of keepAliveRules(p)) {
      expect(Number.isInteger(k.days) && k.days > 0).toBe(true);
      if (k.cancelAfterDays !== undefined) expect(k.cancelAfterDays).toBeGreaterThan(0);
    }
    for (const r of p.keepAliveByPlan ?? []) {
      expect(r.planIncludes.length).toBeGreaterThan(0);
      for (const part of r.planIncludes) expect(part.trim()).not.toBe('');
    }
    const t = p.topUp;
    if (t.model === 'fixedIncrement') {
      expect(t.incrementMB).toBeGreaterThan(0);
      expect(t.incrementDays).toBeGreaterThan(0);
    } else {
      expect(t.incrementMB).toBeUndefined();
      expect(t.incrementDays).toBeUndefined();
    }
    if (t.carriesBalance) expect([t.model, t.stacks]).toEqual(['extendValidity', false]);
  });
});

describe('saved provider pages agree with the registry', () => {
  const dir = path.join(ROOT, 'tests/fixtures/pages');
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const cases = folders.flatMap((folder) =>
    readdirSync(path.join(dir, folder))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => {
        const json = JSON.parse(readFileSync(path.join(dir, folder, f), 'utf8')) as {
          url: string;
          expected: { provider: string | null; isAccountPage: boolean; checkout: unknown; confirmation: unknown };
        };
        return [`${folder}/${f.replace('.expected.json', '')}`, folder, json] as const;
      }),
  );

  it('has fixtures to compare', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)('%s', (_, folder, { url, expected }) => {
    const u = new URL(url);
    const matches = (patterns: string[]) => patterns.some((x) => new MatchPattern(x).includes(u.href));
    if (folder === 'unknown') {
      expect(expected.provider).toBeNull();
      expect(providerForHost(u.hostname)).toBeUndefined();
      return;
    }
    expect(expected.provider).toBe(folder);
    const p = getProvider(folder);
    expect(p, folder).toBeDefined();
    if (!p) return;
    expect(providerForHost(u.hostname)?.id).toBe(p.id);
    if (expected.isAccountPage) expect(matches(p.accountPages), url).toBe(true);
    if (expected.checkout !== null) expect(matches(p.checkoutPages), url).toBe(true);
    if (expected.confirmation !== null) expect(matches(p.confirmationPages), url).toBe(true);
  });
});
