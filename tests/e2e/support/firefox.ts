import { type Server as HttpServer, createServer } from 'node:http';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { SeenRequest } from './driver';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: Playwright cannot drive Debian's
 * Firefox ESR. The add-on's internal UUID is pinned by a pref (and kept across reinstalls), so its
 * pages have a known URL. The driver (driver-firefox.ts) builds on these.
 */
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'kigen@kigen.invalid';
const ADDON_UUID = '6f1c1f0e-4d1a-4c6e-9b59-6b1f0c2a9e11';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxLaunch {
  profile: string;
  /** Where downloads land without asking. */
  downloads: string;
  /** Every request that is not answered by a test's routing goes to this local proxy port. */
  proxyPort: number;
  timezone?: string;
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(options: FirefoxLaunch): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Playwright's default page size, so a spec sees the same layout in both browsers.
    defaultViewport: { width: 1280, height: 720 },
    userDataDir: options.profile,
    // Lets the driver run privileged script (prefs, terminating the event page), as about:debugging does.
    args: ['--remote-allow-system-access'],
    ...(options.timezone ? { env: { ...process.env, TZ: options.timezone } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      // ESR honours this: the unsigned build installs as a permanent add-on (it survives a restart).
      'xpinstall.signatures.required': false,
      // Keep Firefox off the network: no updates, telemetry or captive-portal checks…
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      // No favicon fetches: every request a tab makes is then the page's own or the extension's.
      'browser.chrome.site_icons': false,
      // …and send whatever is left (anything a test did not route) to a local proxy that records it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Headless Firefox closes a notification as soon as the desktop's notification service
      // refuses it; Firefox's own alert windows keep it on screen, as a desktop would.
      'alerts.useSystemBackend': false,
      'alerts.totalOpenTime': 600_000,
      'browser.download.dir': options.downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...options.prefs,
    },
  });
}

/** BiDi, as puppeteer speaks it (for what its API does not cover). */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** Evaluates `expression` in Firefox's privileged chrome scope (Services, WebExtensionPolicy). */
export async function chromeEval(browser: Browser, expression: string): Promise<unknown> {
  const conn = bidi(browser);
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [top] = tree.result.contexts as Array<{ context: string }>;
  if (!top) throw new Error('no chrome window');
  const { result } = await conn.send('script.evaluate', { expression, target: { context: top.context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
  return (result.result as { value?: unknown } | undefined)?.value;
}

/** Installs the add-on from an .xpi as a permanent add-on (as a user's would be). */
export async function installAddon(browser: Browser, xpi: string): Promise<void> {
  await bidi(browser).send('webExtension.install', { extensionData: { type: 'archivePath', path: xpi }, 'moz:permanent': true });
}

/** A local HTTP proxy that answers nothing and records what reached it (what no routing answered). */
export async function startSink(seen: SeenRequest[]): Promise<{ server: HttpServer; port: number }> {
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', from: 'network' });
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push({ url: `https://${(req.url ?? '').replace(/:443$/, '')}/`, from: 'network' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}
