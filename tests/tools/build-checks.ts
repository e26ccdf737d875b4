/**
 * Checks on the built extension (both browsers): the manifest asks for no more than Kigen needs,
 * the bundle contains no eval, no remote code and no network API, and `web-ext lint` finds
 * nothing in our own code. Pure functions over file contents, so tests/unit/tools/build-checks.test.ts
 * can show each check fails on a bad input; tests/tools/check-build.ts runs them on `.output/`.
 */

/**
 * The only API permissions Kigen needs (README "Privacy"). scripting: the background injects the
 * checkout overlay and the picker, and registers the content script of each taught site;
 * activeTab: the popup learns the address of the tab it opened over ("Read this page");
 * offscreen (Chrome): copies of provider pages are parsed and read in an offscreen document.
 */
export const ALLOWED_PERMISSIONS = ['alarms', 'notifications', 'storage', 'scripting', 'activeTab', 'offscreen'] as const;

/** Teaching a site asks for that one https site at the user's click: nothing else is optional. */
const OPTIONAL_SITES = 'https://*/*';

/**
 * The picker's panel, framed into the page being taught. It holds no data and does nothing until
 * the picker content script hands it a private port (utils/teach/picker-protocol.ts).
 */
const PICKER_PAGE = 'picker.html';

/** What a provider profile contributes to these checks. */
export interface ProviderHosts {
  id: string;
  hosts: string[];
}

export interface BuiltFile {
  /** Path inside the build folder, with forward slashes. */
  path: string;
  text: string;
}

type Json = Record<string, unknown>;

const isHostPattern = (p: string) => p === '<all_urls>' || /^[*a-z-]+:\/\//i.test(p);

/** Why a match pattern is not confined to the https pages of a known provider host, or null. */
export function patternProblem(pattern: string, hosts: ReadonlySet<string>): string | null {
  if (pattern === '<all_urls>') return `<all_urls> in ${pattern}`;
  const m = /^([^:]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return `unparsable match pattern ${pattern}`;
  const [, scheme, host] = m;
  if (scheme !== 'https') return `scheme other than https in ${pattern}`;
  if (!host || !hosts.has(host)) return `host outside the provider registry in ${pattern}`;
  return null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every problem with a built manifest.json; [] when it is as tight as it should be. */
export function manifestProblems(manifest: Json, providers: readonly ProviderHosts[]): string[] {
  const hosts = new Set(providers.flatMap((p) => p.hosts));
  const problems: string[] = [];
  if ('content_security_policy' in manifest) problems.push('content_security_policy is set (the default CSP must stay)');
  if ('externally_connectable' in manifest) problems.push('externally_connectable lets web pages message the extension');
  for (const key of ['optional_permissions', 'optional_host_permissions'] as const) {
    for (const p of listOf(manifest[key])) {
      if (p !== OPTIONAL_SITES) problems.push(`${key}: ${JSON.stringify(p)} beyond one https site at a time`);
    }
  }
  for (const p of listOf(manifest.permissions)) {
    if (typeof p !== 'string') problems.push(`odd permission ${JSON.stringify(p)}`);
    else if (isHostPattern(p)) {
      const why = patternProblem(p, hosts);
      if (why) problems.push(`permission: ${why}`);
    } else if (!(ALLOWED_PERMISSIONS as readonly string[]).includes(p)) problems.push(`permission ${p} is not needed`);
  }
  for (const p of listOf(manifest.host_permissions)) {
    const why = typeof p === 'string' ? patternProblem(p, hosts) : 'odd host permission';
    if (why) problems.push(`host_permissions: ${why}`);
  }
  for (const [i, cs] of listOf(manifest.content_scripts).entries()) {
    const script = (cs ?? {}) as Json;
    for (const p of listOf(script.matches)) {
      const why = typeof p === 'string' ? patternProblem(p, hosts) : 'odd match';
      if (why) problems.push(`content_scripts[${i}]: ${why}`);
    }
    if (script.all_frames === true) problems.push(`content_scripts[${i}] runs in every frame`);
    if (script.match_about_blank === true || script.match_origin_as_fallback === true) {
      problems.push(`content_scripts[${i}] runs in about:blank or opaque frames`);
    }
    if (script.world === 'MAIN') problems.push(`content_scripts[${i}] runs in the page's own world`);
  }
  for (const [i, war] of listOf(manifest.web_accessible_resources).entries()) {
    // MV2 lists bare paths, readable by every site; MV3 entries are confined by their matches.
    // The one exception is a content script's own stylesheet (WXT's shadow-root UI loads it):
    // static CSS with no data in it, at a per-install random moz-extension:// address.
    if (typeof war === 'string') {
      if (!/^content-scripts\/[\w-]+\.css$/.test(war) && war !== PICKER_PAGE) problems.push(`web_accessible_resources[${i}] ${war} is readable by every web page`);
      continue;
    }
    const resources = listOf((war as Json).resources);
    if (resources.length === 1 && resources[0] === PICKER_PAGE && JSON.stringify((war as Json).matches) === JSON.stringify([OPTIONAL_SITES])) continue;
    for (const p of listOf((war as Json).matches)) {
      const why = typeof p === 'string' ? patternProblem(p, hosts) : 'odd match';
      if (why) problems.push(`web_accessible_resources[${i}]: ${why}`);
    }
  }
  const background = (manifest.background ?? {}) as Json;
  for (const s of [...listOf(background.scripts), background.service_worker, background.page]) {
    if (typeof s === 'string' && /^[a-z]+:/i.test(s)) problems.push(`remote background script ${s}`);
  }
  return problems;
}

/** Code that runs strings or loads code from elsewhere, and network APIs. */
const FORBIDDEN_JS: Array<[RegExp, string]> = [
  // eval( and the indirect (0, eval)(…).
  [/(?<![\w$.])eval\s*[()]/, 'eval('],
  [/new\s+Function\s*\(/, 'new Function('],
  [/(?<!new\s+|[\w$.])Function\s*\(\s*["'`]/, 'Function("…")'],
  [/set(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout with a string'],
  [/importScripts\s*\(/, 'importScripts('],
  [/import\s*\(\s*["'`]https?:/, 'import() of a remote URL'],
  [/XMLHttpRequest/, 'XMLHttpRequest'],
  [/new\s+WebSocket\b/, 'WebSocket'],
  [/new\s+EventSource\b/, 'EventSource'],
  [/sendBeacon/, 'navigator.sendBeacon'],
  [/\.src\s*=\s*["'`]https?:/, 'a remote src'],
];

/** Remote resources in extension HTML pages (scripts, styles, images, frames). */
const FORBIDDEN_HTML: Array<[RegExp, string]> = [
  [/<(?:script|img|iframe|embed|source|audio|video)\b[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i, 'remote src'],
  [/<link\b[^>]*\shref\s*=\s*["']?(?:https?:)?\/\//i, 'remote link'],
  [/url\(\s*["']?(?:https?:)?\/\//i, 'remote url()'],
];

/**
 * fetch() is allowed only on the extension's own files, in the dependency code that does that:
 * each entry matches the call's argument, the code just before it, and (optionally) the file.
 * Any other fetch would be a network request.
 */
export const OWN_FILE_FETCHES: ReadonlyArray<{ why: string; argument: RegExp; before?: RegExp; file?: RegExp }> = [
  { why: 'a URL built with runtime.getURL in the call', argument: /runtime\.getURL|getURL\(/ },
  {
    why: "WXT shadow-root UI: the content script's stylesheet, by its runtime.getURL address",
    argument: /^[\w$]+$/,
    before: /runtime\.getURL\(\s*[`'"]\/content-scripts\/[\w-]+\.css[`'"]\s*\)[\s\S]{0,120}$/,
  },
  {
    why: '@webext-core/isolated-element: a `css.url` option (WXT passes textContent, never a url)',
    argument: /^[\w$]+\.url$/,
    before: /[`'"]url[`'"]\s*in\s*[\w$]+\s*\?\s*await\s*$/,
  },
  {
    why: "Vite's module-preload polyfill: the extension page's own <link rel=modulepreload> chunks",
    argument: /^[\w$]+\.href\s*,\s*[\w$]+$/,
    file: /modulepreload/,
  },
];
const FETCH = /(?<![\w$.])fetch\s*\(([^)]{0,120})/g;

function ownFileFetch(argument: string, before: string, fileText: string): boolean {
  const arg = argument.trim();
  return OWN_FILE_FETCHES.some(
    (k) => k.argument.test(arg) && (!k.before || k.before.test(before)) && (!k.file || k.file.test(fileText)),
  );
}

export function bundleProblems(files: readonly BuiltFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (file.path.endsWith('.js')) {
      for (const [re, what] of FORBIDDEN_JS) if (re.test(file.text)) problems.push(`${file.path}: ${what}`);
      for (const m of file.text.matchAll(FETCH)) {
        const before = file.text.slice(Math.max(0, m.index - 300), m.index);
        if (!ownFileFetch(m[1] ?? '', before, file.text)) problems.push(`${file.path}: fetch(${(m[1] ?? '').slice(0, 40)}…) is not of an extension file`);
      }
    } else if (file.path.endsWith('.html') || file.path.endsWith('.css')) {
      for (const [re, what] of FORBIDDEN_HTML) if (re.test(file.text)) problems.push(`${file.path}: ${what}`);
    }
  }
  return problems;
}

/** A string only webextension-polyfill's bundle holds. */
const POLYFILL_MARK = 'The message port closed before a response was received.';
/** Built scripts that go without the polyfill, on purpose (wxt.config.ts, UNPOLYFILLED_ENTRYPOINTS). */
export const UNPOLYFILLED = ['content-scripts/account.js', 'content-scripts/checkout.js'];
/** Built scripts that call extension APIs beyond runtime.sendMessage and so must carry it. */
export const POLYFILLED = ['background.js'];

/** The polyfill is where it is meant to be, and only the account script and the checkout overlay go without it. */
export function polyfillProblems(files: readonly BuiltFile[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  for (const path of UNPOLYFILLED) {
    const text = byPath.get(path);
    if (text === undefined) problems.push(`${path}: missing`);
    else if (text.includes(POLYFILL_MARK)) problems.push(`${path}: carries webextension-polyfill (its size budget leaves no room)`);
  }
  for (const path of POLYFILLED) {
    const text = byPath.get(path);
    if (text === undefined) problems.push(`${path}: missing`);
    else if (!text.includes(POLYFILL_MARK)) problems.push(`${path}: webextension-polyfill is missing`);
  }
  return problems;
}

/** One message of `web-ext lint --output json`. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Warnings we know come from a dependency, matched by code and by the code at the reported spot.
 * Preact's renderer assigns `dangerouslySetInnerHTML.__html` to innerHTML; Kigen never passes
 * that prop (never render page text as HTML), so the path is dead in our bundle.
 */
export const KNOWN_DEPENDENCY_WARNINGS: ReadonlyArray<{ code: string; why: string; at: RegExp; before: RegExp }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'Preact: dangerouslySetInnerHTML support (never used by Kigen)',
    at: /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/,
    before: /dangerouslySetInnerHTML/,
  },
];

/** The text at a message's line and column (both 1-based, as ESLint reports them), and before it. */
function around(files: ReadonlyMap<string, string>, m: LintMessage): { at: string; before: string } | null {
  if (!m.file || m.line == null || m.column == null) return null;
  const line = files.get(m.file)?.split('\n')[m.line - 1];
  if (line == null) return null;
  const i = m.column - 1;
  return { at: line.slice(i, i + 80), before: line.slice(Math.max(0, i - 600), i) };
}

/** Splits lint messages into known dependency warnings and problems (errors, or anything else). */
export function classifyLint(report: LintReport, files: ReadonlyMap<string, string>): { known: string[]; problems: string[] } {
  const known: string[] = [];
  const problems = report.errors.map((e) => `error ${e.code} ${e.file ?? ''}: ${e.message}`);
  for (const w of report.warnings) {
    const spot = around(files, w);
    const rule = KNOWN_DEPENDENCY_WARNINGS.find(
      (k) => k.code === w.code && spot !== null && k.at.test(spot.at) && k.before.test(spot.before),
    );
    if (rule) known.push(`${w.code} in ${w.file}: ${rule.why}`);
    else problems.push(`warning ${w.code} ${w.file ?? ''}${w.line != null ? `:${w.line}:${w.column}` : ''}: ${w.message}`);
  }
  return { known, problems };
}
