import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSubmitReadings } from '@/entrypoints/background/handlers';
import type { HandlerDeps } from '@/entrypoints/background/deps';
import { handleGetTabStatus } from '@/entrypoints/background/tab-status';
import {
  handleGetRecipes,
  handleGetTeachSession,
  handleRemoveRecipe,
  handleSaveRecipe,
  handleStartTeach,
  handleSubmitTaught,
  reconcileRegistrations,
} from '@/entrypoints/background/teach';
import { createDb } from '@/utils/db';
import { allLines, latestReading } from '@/utils/store/lines';
import { describe as fingerprint } from '@/utils/teach/locator';
import { type PageRecipe, pathPatternOf, recipeIdOf } from '@/utils/teach/recipe';
import { recipesItem } from '@/utils/teach/storage';

const EXT_ID = 'kigen-test-id';
const ORIGIN = 'chrome-extension://kigen-test-id/';
const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const SITE = 'https://www.riben-ka.example';
const PAGE = `${SITE}/user/sim/07000001234`;
const OTHER = 'https://www.other-sim.example';
const MEMBER = 'https://www.iijmio.jp/member/';

const tab = (id: number, url?: string) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url });
const fromPage = (url: string, tabId = 7, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: EXT_ID, url, frameId: 0, tab: tab(tabId), ...over });
const popup: Runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}popup.html` };

let deps: HandlerDeps;
let n = 0;
let granted: Set<string>;
let tabs: Map<number, string>;
let injected: number[];
let registered: Array<{ id: string; matches?: string[] }>;

/** A recipe taught on the reseller page: expiry and data by their labels. */
function recipe(over: Partial<PageRecipe> = {}): PageRecipe {
  const { document } = parseHTML('<html><body><dl><dt>号码有效期</dt><dd id="e">2027-03-31</dd><dt>剩余流量</dt><dd id="d">1.5 GB</dd></dl></body></html>');
  const loc = (id: string, shape: 'date' | 'amount') => fingerprint(document.getElementById(id) as Element, document, shape);
  const path = pathPatternOf(PAGE);
  return {
    id: recipeIdOf(SITE, path),
    site: SITE,
    path,
    provider: null,
    fields: { expiry: { locator: loc('e', 'date'), unit: null }, remaining: { locator: loc('d', 'amount'), unit: null } },
    zone: 'Asia/Tokyo',
    lineKind: 'keep-number',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

const reading = {
  line: '070-0000-1234',
  plan: '保号月租',
  expiresAt: '2027-03-31T23:59:59+09:00',
  remainingMB: 1536,
  totalMB: null,
  usedMB: null,
  unlimited: false,
  buckets: [],
  lineValidUntil: null,
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  granted = new Set();
  tabs = new Map([[7, PAGE]]);
  injected = [];
  registered = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // WXT's fake browser has no permissions, tabs.get by address or scripting: the browser's part.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  });
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => tab(id, tabs.get(id)) as never);
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId),
      getRegisteredContentScripts: async () => registered,
      registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      },
    },
  });
  deps = { db: createDb(`teach-${n++}`), now: () => NOW, extensionId: EXT_ID, extensionOrigin: ORIGIN, afterWrite: async () => undefined };
});

async function teach(): Promise<PageRecipe> {
  granted.add(`${SITE}/*`);
  expect(await handleStartTeach(deps, { tabId: 7, provider: null }, popup)).toEqual({ started: true, reason: '' });
  const r = recipe();
  expect(await handleSaveRecipe(deps, { recipe: r }, fromPage(PAGE))).toEqual({ saved: true, reason: '' });
  return r;
}

describe('starting to teach', () => {
  it('opens the picker only where the user granted the site, and only when asked by the popup', async () => {
    expect(await handleStartTeach(deps, { tabId: 7, provider: null }, popup)).toEqual({ started: false, reason: 'no access to this site' });
    expect(injected).toEqual([]);
    granted.add(`${SITE}/*`);
    expect((await handleStartTeach(deps, { tabId: 7, provider: null }, fromPage(PAGE))).started).toBe(false);
    expect(await handleStartTeach(deps, { tabId: 7, provider: null }, popup)).toEqual({ started: true, reason: '' });
    expect(injected).toEqual([7]);
  });

  it('needs no grant on a provider page (correcting a misread), and the session names the provider', async () => {
    tabs.set(8, MEMBER);
    expect(await handleStartTeach(deps, { tabId: 8, provider: 'page' }, popup)).toEqual({ started: true, reason: '' });
    expect(await handleGetTeachSession(deps, fromPage(MEMBER, 8))).toMatchObject({ site: 'https://www.iijmio.jp', provider: 'iijmio', zone: 'Asia/Tokyo' });
  });

  it('a page where the user started nothing gets no session, nor does another site in that tab', async () => {
    expect(await handleGetTeachSession(deps, fromPage(PAGE))).toBeNull();
    granted.add(`${SITE}/*`);
    await handleStartTeach(deps, { tabId: 7, provider: null }, popup);
    expect(await handleGetTeachSession(deps, fromPage(`${OTHER}/x`))).toBeNull();
    expect(await handleGetTeachSession(deps, fromPage(PAGE, 7, { frameId: 3 }))).toBeNull();
    expect(await handleGetTeachSession(deps, fromPage(PAGE))).toMatchObject({ site: SITE, provider: null });
  });
});

describe('saving a recipe', () => {
  it('stores it for the sender’s own page and registers one content script for the site', async () => {
    const r = await teach();
    expect(await recipesItem.getValue()).toEqual([expect.objectContaining({ id: r.id, site: SITE, provider: null, createdAt: NOW })]);
    expect(registered).toEqual([expect.objectContaining({ matches: [`${SITE}/*`], js: ['/content-scripts/taught.js'] })]);
    // The session is used up: a second save needs the user to start again.
    expect((await handleSaveRecipe(deps, { recipe: r }, fromPage(PAGE))).saved).toBe(false);
  });

  it('refuses without a session, for another site or path, a provider claim, or a malformed recipe', async () => {
    expect(await handleSaveRecipe(deps, { recipe: recipe() }, fromPage(PAGE))).toEqual({ saved: false, reason: 'no teaching session in this tab' });
    granted.add(`${SITE}/*`);
    await handleStartTeach(deps, { tabId: 7, provider: null }, popup);
    expect(await handleSaveRecipe(deps, { recipe: recipe({ site: OTHER }) }, fromPage(PAGE))).toEqual({ saved: false, reason: 'recipe is not for this page' });
    expect(await handleSaveRecipe(deps, { recipe: recipe({ path: '/admin' }) }, fromPage(PAGE))).toEqual({ saved: false, reason: 'recipe is not for this page' });
    expect((await handleSaveRecipe(deps, { recipe: { ...recipe(), fields: {} } }, fromPage(PAGE))).reason).toMatch(/expiry or the data left/);
    expect((await handleSaveRecipe(deps, { recipe: { ...recipe(), zone: 'x'.repeat(99) } }, fromPage(PAGE))).saved).toBe(false);
    expect(await recipesItem.getValue()).toEqual([]);
    // The provider comes from the session, never from the page.
    expect(await handleSaveRecipe(deps, { recipe: recipe({ provider: 'iijmio' }) }, fromPage(PAGE))).toEqual({ saved: true, reason: '' });
    expect((await recipesItem.getValue())[0]?.provider).toBeNull();
  });
});

describe('readings from a taught page', () => {
  it('are stored under the site with the kind chosen while teaching, and mark the tab read', async () => {
    const r = await teach();
    expect(await handleSubmitTaught(deps, { recipeId: r.id, reading, failure: '' }, fromPage(PAGE))).toEqual({ accepted: 1, refused: [] });
    const [line] = await allLines(deps.db);
    expect(line).toMatchObject({ provider: 'www.riben-ka.example', lineId: '070-0000-1234', settings: { kind: 'keep-number' } });
    expect(await latestReading(deps.db, line?.id ?? '')).toMatchObject({ expiresAt: Date.parse('2027-03-31T23:59:59+09:00'), remainingMB: 1536, sourceUrl: PAGE });
    expect(await handleGetTabStatus(deps, { tabId: 7 }, popup)).toMatchObject({ state: 'read', provider: 'www.riben-ka.example' });
  });

  it('another site’s page cannot write the taught site’s line, whatever recipe it names', async () => {
    const r = await teach();
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading, failure: '' }, fromPage(`${OTHER}/user/sim/07000001234`))).accepted).toBe(0);
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading, failure: '' }, fromPage(`${SITE}/other/page`))).accepted).toBe(0);
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading, failure: '' }, fromPage(PAGE, 7, { frameId: 2 }))).accepted).toBe(0);
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading, failure: '' }, fromPage(PAGE, 7, { id: 'another-extension' }))).accepted).toBe(0);
    expect(await handleGetRecipes(deps, fromPage(`${OTHER}/user/sim/07000001234`))).toEqual([]);
    expect(await allLines(deps.db)).toEqual([]);
  });

  it('validates the reading like any other: an expiry out of range stores nothing', async () => {
    const r = await teach();
    const far = { ...reading, expiresAt: '2099-01-01T00:00:00+09:00' };
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading: far, failure: '' }, fromPage(PAGE))).accepted).toBe(0);
    expect((await handleSubmitTaught(deps, { recipeId: r.id, reading: { ...reading, remainingMB: -5 }, failure: '' }, fromPage(PAGE))).accepted).toBe(0);
    expect(await allLines(deps.db)).toEqual([]);
  });

  it('a value gone stores nothing and marks the tab for teaching again', async () => {
    const r = await teach();
    const result = await handleSubmitTaught(deps, { recipeId: r.id, reading: null, failure: 'expiry: not on the page any more' }, fromPage(PAGE));
    expect(result.accepted).toBe(0);
    expect(await allLines(deps.db)).toEqual([]);
    expect(await handleGetTabStatus(deps, { tabId: 7 }, popup)).toMatchObject({ state: 'unread', teachAgain: 'expiry' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('?');
  });
});

describe('a recipe that corrects a provider page', () => {
  it('takes priority: the built-in reader’s readings from that page are refused', async () => {
    tabs.set(8, MEMBER);
    await handleStartTeach(deps, { tabId: 8, provider: 'page' }, popup);
    const path = pathPatternOf(MEMBER);
    const fix = recipe({ site: 'https://www.iijmio.jp', path, id: recipeIdOf('https://www.iijmio.jp', path) });
    expect(await handleSaveRecipe(deps, { recipe: fix }, fromPage(MEMBER, 8))).toEqual({ saved: true, reason: '' });
    const builtIn = await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading] }, fromPage(MEMBER, 8));
    expect(builtIn).toEqual({ accepted: 0, refused: ['a recipe the user taught reads this page'] });
    expect((await handleSubmitTaught(deps, { recipeId: fix.id, reading, failure: '' }, fromPage(MEMBER, 8))).accepted).toBe(1);
    expect((await allLines(deps.db))[0]?.provider).toBe('iijmio');
  });
});

describe('removing a recipe', () => {
  it('only from the extension; the site’s last recipe gives its permission back and its registration goes', async () => {
    const r = await teach();
    await handleRemoveRecipe(deps, { id: r.id }, fromPage(PAGE));
    expect(await recipesItem.getValue()).toHaveLength(1);
    await handleRemoveRecipe(deps, { id: r.id }, popup);
    expect(await recipesItem.getValue()).toEqual([]);
    expect(granted.has(`${SITE}/*`)).toBe(false);
    expect(registered).toEqual([]);
  });

  it('a site whose permission the user took away loses its registration at the next reconcile', async () => {
    await teach();
    expect(registered).toHaveLength(1);
    granted.clear();
    await reconcileRegistrations();
    expect(registered).toEqual([]);
  });
});
