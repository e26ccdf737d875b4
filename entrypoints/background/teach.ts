import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { storage } from '@wxt-dev/storage';
import { getProvider, PROVIDERS } from '@/utils/providers';
import type { SubmitResult, TeachSession } from '@/utils/messaging/protocol';
import { type PageRecipe, RecipeSchema, pathMatches, recipeIdOf, recipesFor, siteOf, sitePattern, taughtProvider } from '@/utils/teach/recipe';
import { recipesItem, teachPendingItem } from '@/utils/teach/storage';
import { putLine, getLine, PAGE_WRITE_LIMITS, saveReading } from '@/utils/store/lines';
import { ReadingSchema, checkExpiry, issueText } from '@/utils/validate';
import type { HandlerDeps } from './deps';
import { isExtensionPage } from './sender';
import { markRead, markTeachAgain } from './tab-status';

/**
 * Teaching Kigen a page. The user starts it from the popup, on a site they just granted (an
 * optional host permission for that site only) or on a provider page Kigen misread; the picker
 * runs in that tab and sends back a recipe, which the background checks against the page that
 * sent it, stores and serves to a content script registered for that site. Taught readings pass
 * the same validation as built-in ones and write only the lines of the recipe's own site.
 */

const PICKER_FILE = '/content-scripts/teach.js';
const TAUGHT_FILE = '/content-scripts/taught.js';
/** Registration ids: one per taught site (`taught-<hash>`); they never start with "_". */
const REGISTRATION_PREFIX = 'taught-';
/** A session left open this long (the user walked away) no longer lets a page save a recipe. */
const SESSION_MS = 30 * 60_000;

interface StoredSession extends Pick<TeachSession, 'site' | 'provider'> {
  at: number;
}

const sessionKey = (tabId: number) => `session:teach:${tabId}` as const;

function refuse(reason: string): SubmitResult {
  console.warn('[kigen] taught page refused:', reason);
  return { accepted: 0, refused: [reason] };
}

/** The provider whose hosts serve this site, if any (teaching there corrects that provider). */
function providerOfSite(site: string) {
  const host = new URL(site).hostname;
  return PROVIDERS.find((p) => p.hosts.includes(host)) ?? null;
}

async function hasSite(site: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(site)] }).catch(() => false);
}

/** The sender is a content script of ours in a tab's top frame on an https page: its tab and URL. */
function contentSender(sender: Runtime.MessageSender, extensionId: string): { tabId: number; url: string; site: string } | null {
  if (sender.id !== extensionId || sender.frameId !== 0 || typeof sender.tab?.id !== 'number') return null;
  const site = siteOf(sender.url ?? '');
  return site ? { tabId: sender.tab.id, url: sender.url ?? '', site } : null;
}

async function injectFile(tabId: number, file: typeof PICKER_FILE): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  else await browser.tabs.executeScript(tabId, { file, frameId: 0, runAt: 'document_idle' });
}

/** Opens the picker in `tabId` for the page it shows, if Kigen may read that site. */
async function beginTeach(deps: HandlerDeps, tabId: number): Promise<{ started: boolean; reason: string }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const site = siteOf(tab?.url ?? '');
  if (!site) return { started: false, reason: 'not an https page' };
  const provider = providerOfSite(site);
  if (!provider && !(await hasSite(site))) return { started: false, reason: 'no access to this site' };
  // The popup and the permission event may both ask: one picker per tab.
  const open = await storage.getItem<StoredSession>(sessionKey(tabId));
  if (open && open.site === site && deps.now() - open.at < 10_000) return { started: true, reason: '' };
  const session: StoredSession = { site, provider: provider?.id ?? null, at: deps.now() };
  await storage.setItem(sessionKey(tabId), session);
  try {
    await injectFile(tabId, PICKER_FILE);
    return { started: true, reason: '' };
  } catch (error) {
    await storage.removeItem(sessionKey(tabId));
    return { started: false, reason: `picker not injected: ${String(error)}` };
  }
}

/** Popup: open the picker in `tabId`, for the site the user granted or the provider page it shows. */
export async function handleStartTeach(
  deps: HandlerDeps,
  data: unknown,
  sender: Runtime.MessageSender,
): Promise<{ started: boolean; reason: string }> {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return { started: false, reason: 'not from the extension' };
  const parsed = v.safeParse(v.strictObject({ tabId: v.pipe(v.number(), v.integer()), provider: v.nullable(v.string()) }), data);
  if (!parsed.success) return { started: false, reason: 'bad request' };
  await teachPendingItem.setValue(null);
  return beginTeach(deps, parsed.output.tabId);
}

/** The permission arrived after the popup closed (Chrome may close it under the prompt): go on. */
async function continuePending(deps: HandlerDeps, origins: readonly string[]): Promise<void> {
  const pending = await teachPendingItem.getValue();
  if (!pending || deps.now() - pending.at > 5 * 60_000 || !origins.includes(sitePattern(pending.site))) return;
  await teachPendingItem.setValue(null);
  await beginTeach(deps, pending.tabId);
}

async function openSession(sender: Runtime.MessageSender, deps: HandlerDeps) {
  const who = contentSender(sender, deps.extensionId);
  if (!who) return null;
  const session = await storage.getItem<StoredSession>(sessionKey(who.tabId));
  if (!session || session.site !== who.site || deps.now() - session.at > SESSION_MS) return null;
  return { who, session };
}

/** Picker: the session of its tab, or null when the user started none there (a page cannot start one). */
export async function handleGetTeachSession(deps: HandlerDeps, sender: Runtime.MessageSender): Promise<TeachSession | null> {
  const open = await openSession(sender, deps);
  if (!open) return null;
  const { session, who } = open;
  const provider = session.provider ? getProvider(session.provider) : undefined;
  const existing = recipesFor(await recipesItem.getValue(), who.url);
  return { site: session.site, provider: session.provider, zone: provider?.timeZone ?? null, existing };
}

export async function handleEndTeach(deps: HandlerDeps, sender: Runtime.MessageSender): Promise<void> {
  const who = contentSender(sender, deps.extensionId);
  if (who) await storage.removeItem(sessionKey(who.tabId));
}

/**
 * Picker: stores the recipe for the sender's own page. Site, path, id and provider come from the
 * session and the sender, never from the payload; the rest is validated.
 */
export async function handleSaveRecipe(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<{ saved: boolean; reason: string }> {
  const open = await openSession(sender, deps);
  if (!open) return { saved: false, reason: 'no teaching session in this tab' };
  const { who, session } = open;
  const raw = v.safeParse(v.strictObject({ recipe: v.unknown() }), data);
  if (!raw.success) return { saved: false, reason: 'bad request' };
  const parsed = v.safeParse(RecipeSchema, raw.output.recipe);
  if (!parsed.success) return { saved: false, reason: `recipe: ${issueText(parsed.issues)}` };
  const r = parsed.output;
  if (r.site !== who.site || !pathMatches(r.path, who.url)) return { saved: false, reason: 'recipe is not for this page' };
  const now = deps.now();
  const recipes = await recipesItem.getValue();
  const id = recipeIdOf(r.site, r.path);
  const before = recipes.find((x) => x.id === id);
  const recipe: PageRecipe = { ...r, id, provider: session.provider, createdAt: before?.createdAt ?? now, updatedAt: now };
  await recipesItem.setValue([...recipes.filter((x) => x.id !== id), recipe]);
  await storage.removeItem(sessionKey(who.tabId));
  await reconcileRegistrations();
  return { saved: true, reason: '' };
}

/** Taught page: the recipes for the sender's page (of its own site only). */
export async function handleGetRecipes(deps: HandlerDeps, sender: Runtime.MessageSender): Promise<PageRecipe[]> {
  const who = contentSender(sender, deps.extensionId);
  if (!who) return [];
  return recipesFor(await recipesItem.getValue(), who.url);
}

/** Whether a built-in provider page is read by a recipe the user made there (the recipe wins). */
export async function taughtCovers(url: string): Promise<boolean> {
  return recipesFor(await recipesItem.getValue(), url).some((r) => r.provider !== null);
}

/** Taught page: a reading made with one of its recipes, or which field it could not find. */
export async function handleSubmitTaught(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<SubmitResult> {
  const who = contentSender(sender, deps.extensionId);
  if (!who) return refuse('not from a top-frame https page of ours');
  const payload = v.safeParse(
    v.strictObject({ recipeId: v.pipe(v.string(), v.maxLength(40)), reading: v.nullable(v.unknown()), failure: v.pipe(v.string(), v.maxLength(200)) }),
    data,
  );
  if (!payload.success) return refuse(`payload: ${issueText(payload.issues)}`);
  const recipe = (await recipesItem.getValue()).find((r) => r.id === payload.output.recipeId);
  // A page can only report for a recipe of its own site and path: another site's lines are out of reach.
  if (!recipe || recipe.site !== who.site || !pathMatches(recipe.path, who.url)) return refuse('no such recipe for this page');
  const provider = taughtProvider(recipe);
  const now = deps.now();
  if (payload.output.reading === null) {
    await markTeachAgain(who.tabId, provider, payload.output.failure.split(':')[0] ?? '', payload.output.failure, now);
    return { accepted: 0, refused: [payload.output.failure || 'nothing read'] };
  }
  const parsed = v.safeParse(ReadingSchema, payload.output.reading);
  if (!parsed.success) return refuse(`reading: ${issueText(parsed.issues)}`);
  const r = parsed.output;
  const expiry = r.expiresAt == null ? null : checkExpiry(r.expiresAt, now);
  if (typeof expiry === 'string') return refuse(`reading: ${expiry}`);
  const outcome = await saveReading(
    deps.db,
    provider,
    r.line,
    {
      at: now,
      expiresAt: expiry,
      remainingMB: r.remainingMB,
      totalMB: r.totalMB,
      usedMB: null,
      unlimited: r.unlimited,
      plan: r.plan,
      buckets: [],
      lineValidUntil: null,
      sourceUrl: new URL(who.url).origin + new URL(who.url).pathname,
      source: 'page',
    },
    PAGE_WRITE_LIMITS,
  );
  if (outcome.refused) return refuse(outcome.refused);
  // A taught site's new line takes the kind the user chose when teaching.
  if (outcome.createdLine && recipe.provider === null) {
    const line = await getLine(deps.db, outcome.lineId);
    if (line) await putLine(deps.db, { ...line, settings: { ...line.settings, kind: recipe.lineKind } });
  }
  if (outcome.stored) await deps.afterWrite();
  await markRead(who.tabId, provider, 1, now).catch(() => undefined);
  return { accepted: 1, refused: [] };
}

/** Options: removes a recipe; the site's last one gives the site's permission back. */
export async function handleRemoveRecipe(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<void> {
  if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return;
  const parsed = v.safeParse(v.strictObject({ id: v.string() }), data);
  if (!parsed.success) return;
  const recipes = await recipesItem.getValue();
  const gone = recipes.find((r) => r.id === parsed.output.id);
  if (!gone) return;
  const rest = recipes.filter((r) => r.id !== gone.id);
  await recipesItem.setValue(rest);
  if (!rest.some((r) => r.site === gone.site) && !providerOfSite(gone.site)) {
    await browser.permissions.remove({ origins: [sitePattern(gone.site)] }).catch(() => false);
  }
  await reconcileRegistrations();
}

function registrationId(site: string): string {
  return `${REGISTRATION_PREFIX}${recipeIdOf(site, '/').slice('recipe-'.length)}`;
}

/**
 * One content-script registration per taught site the user still grants: made again on install,
 * startup and every permission or recipe change (Chrome drops them on update; a registration
 * without the permission would never run, and revoking does not remove it).
 */
export async function reconcileRegistrations(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const recipes = await recipesItem.getValue();
  const sites = [...new Set(recipes.map((r) => r.site))];
  const wanted = new Map<string, string>();
  for (const site of sites) if (providerOfSite(site) || (await hasSite(site))) wanted.set(registrationId(site), site);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(REGISTRATION_PREFIX));
  const stale = existing.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(existing.map((s) => s.id));
  const add = [...wanted].filter(([id]) => !have.has(id));
  if (add.length === 0) return;
  await browser.scripting.registerContentScripts(
    add.map(([id, site]) => ({ id, matches: [sitePattern(site)], js: [TAUGHT_FILE], runAt: 'document_idle' as const, allFrames: false, persistAcrossSessions: true })),
  );
}

export function setupTeach(deps: HandlerDeps): void {
  const run = () => void reconcileRegistrations().catch((error: unknown) => console.warn('[kigen] registrations:', error));
  browser.runtime.onInstalled.addListener(run);
  browser.runtime.onStartup.addListener(run);
  browser.permissions.onAdded.addListener((added) => {
    run();
    void continuePending(deps, added.origins ?? []);
  });
  browser.permissions.onRemoved.addListener(run);
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(sessionKey(tabId)));
}
