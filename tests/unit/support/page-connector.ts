import { vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { type Routes, routes } from '@/entrypoints/background/routes';
import { type SendToBackground, createConnector } from '@/utils/connector';
import { createDb } from '@/utils/db';

/**
 * The extension pages' connector wired to the real background handlers, as the runtime would
 * wire them: reads from IndexedDB, writes as messages from an extension page (the sender the
 * background accepts) to the one writer.
 */
export const EXTENSION_ID = 'kigen-test';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const PAGE_SENDER: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` };

export function pageConnector(name: string, now: () => number, sender: Runtime.MessageSender = PAGE_SENDER) {
  const db = createDb(name);
  const afterWrite = vi.fn(async () => undefined);
  const deps: HandlerDeps = { db, now, extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, afterWrite };
  const handlers = routes(deps);
  const sent: string[] = [];
  const send = (async (type: keyof Routes, data: unknown) => {
    sent.push(type);
    return (handlers[type] as (d: unknown, s: Runtime.MessageSender) => unknown)(data, sender);
  }) as unknown as SendToBackground;
  return { db, afterWrite, sent, connector: createConnector({ name, now, send }) };
}
