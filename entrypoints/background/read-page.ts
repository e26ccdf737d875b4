import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { PageLook } from '@/utils/extract/look';
import { type PageCopy, readCopy } from '@/utils/extract/read-copy';
import { READING_PROFILES } from '@/utils/providers/reading';
import type { HandlerDeps } from './deps';
import { handleSubmitReadings } from './handlers';
import { atPageAddress, checkContentSender } from './sender';
import { handleReportPage } from './tab-status';

/**
 * Provider pages are read here, not in them. The account script sends a copy of its page (its
 * `outerHTML`, a string: nothing of the page runs here) whenever the page settles; the reader runs
 * on the copy, parsed where a DOMParser is, and the background stores what it reads as it would
 * from any content script: the same sender checks, the same validation. The page pays only for
 * the copy; the reader stays warm here instead of being compiled again on every page load.
 */

/** A copy bigger than this is refused (the page is not read): 10 million characters. */
export const MAX_COPY_CHARS = 10_000_000;

/** A copy of a page: its HTML, at most MAX_COPY_CHARS. */
export const CopySchema = v.pipe(v.string(), v.maxLength(MAX_COPY_CHARS));
/** The page's address now, sent with its copy (a single-page site moves without a new document). */
export const PageAddressSchema = v.pipe(v.string(), v.maxLength(4096));

const ReadPageSchema = v.strictObject({
  provider: v.pipe(v.string(), v.maxLength(40)),
  html: CopySchema,
  url: PageAddressSchema,
});

const OFFSCREEN_PATH = '/reader.html';

interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeLike {
  offscreen?: OffscreenApi;
  runtime: {
    getURL(path: string): string;
    getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
    sendMessage(message: unknown): Promise<unknown>;
  };
}

/**
 * Has Chrome's offscreen document (created on first use, kept by Chrome; only one may exist) read
 * a copy: `message` is one it answers (entrypoints/reader/main.ts). Firefox's background page
 * parses copies itself and never calls this.
 */
export async function askOffscreen<T>(message: object): Promise<T> {
  const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
  if (!chrome.offscreen) throw new Error('no DOMParser and no offscreen document here');
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  const open = (await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
  if (open.length === 0) {
    await chrome.offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Read plan status from a copy of a provider page, away from the page' })
      // Two pages read at once: the other call created it meanwhile.
      .catch((error: unknown) => {
        if (!/single offscreen|only a single/i.test(String(error))) throw error;
      });
  }
  const answer = (await chrome.runtime.sendMessage(message)) as { ok?: T; error?: string } | undefined;
  if (!answer?.ok) throw new Error(`the offscreen reader failed: ${answer?.error ?? 'no answer'}`);
  return answer.ok;
}

/**
 * Reads a copy where this browser can parse one: in Firefox's background page itself, in Chrome's
 * offscreen document. Tests pass their own (`HandlerDeps.readCopy`).
 */
export async function readCopyHere(copy: PageCopy): Promise<PageLook> {
  // (A build-time branch: Chrome's service worker bundle carries none of the reader.)
  if (import.meta.env.FIREFOX) return readCopy(copy);
  return askOffscreen<PageLook>({ kigenReadCopy: copy });
}

/**
 * A copy of a page from the account script, from the top frame of a page of the provider it
 * names, read at the address the page shows now (on the sender's origin). Answers whether to send
 * another copy when the page changes (`more`), or not (`done`, `stop`).
 */
export async function handleReadPage(deps: HandlerDeps, data: unknown, from: Runtime.MessageSender): Promise<{ look: 'done' | 'more' | 'stop' }> {
  const payload = v.safeParse(ReadPageSchema, data);
  if (!payload.success) return { look: 'stop' };
  // Everything below takes the page's address now, on the sender's origin.
  const sender = atPageAddress(from, payload.output.url);
  if (!sender) return { look: 'stop' };
  const who = checkContentSender(sender, payload.output.provider, 'account', deps.extensionId);
  const profile = READING_PROFILES.find((p) => p.id === payload.output.provider);
  if (!who.ok || !profile) return { look: 'stop' };
  let found: PageLook;
  try {
    found = await (deps.readCopy ?? readCopyHere)({ html: payload.output.html, url: who.url.href, now: deps.now(), profile });
  } catch (error) {
    // A page the reader cannot handle: nothing is stored, the toolbar shows "?" with a reason, and
    // the page is not sent again (the same page would fail again).
    console.warn('[kigen] reader failed on this page:', error);
    await handleReportPage(deps, { provider: profile.id, pageKind: 'other', reason: 'Kigen could not read this page (its reader failed here)' }, sender);
    return { look: 'stop' };
  }
  if ('readings' in found) await handleSubmitReadings(deps, { provider: found.provider, readings: found.readings }, sender);
  else if ('report' in found) await handleReportPage(deps, found.report, sender);
  return { look: found.look };
}
