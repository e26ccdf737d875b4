import type { ContentProtocol } from './protocol';

/**
 * The content scripts' side of the one protocol (utils/messaging.ts), without the library: the
 * account reader (12 KB budget) and the checkout overlay (25 KB) run inside provider pages, and
 * @webext-core/messaging costs about 1 KB of each. The envelope is the library's own ({ id, type,
 * data, timestamp } out, { res } or { err } back), so the background's typed onMessage handlers
 * answer it unchanged; a unit test pins that. Chrome MV3 and Firefox both return promises from runtime.sendMessage.
 */

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export async function sendToBackground<K extends keyof ContentProtocol>(
  type: K,
  data: Parameters<ContentProtocol[K]>[0],
): Promise<ReturnType<ContentProtocol[K]>> {
  const scope = globalThis as { browser?: Runtime; chrome?: Runtime };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('no extension runtime');
  const reply = (await api.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as
    | { res: ReturnType<ContentProtocol[K]> }
    | { err: unknown }
    | undefined;
  if (!reply || !('res' in reply)) throw new Error(`${type}: no answer`);
  return reply.res;
}
