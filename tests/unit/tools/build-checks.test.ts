import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '@/utils/providers';
import {
  type LintReport,
  bundleProblems,
  classifyLint,
  manifestProblems,
  polyfillProblems,
} from '../../tools/build-checks';

/**
 * The checks `npm run lint` runs on the builds (tests/tools/check-build.ts), shown to fail on
 * each kind of bad input, and to pass on a manifest shaped like ours. Plus a guard on the source:
 * nothing in product code writes HTML, which is why Preact's innerHTML path is dead.
 */

const HOST = PROVIDERS[0]?.hosts[0] ?? 'www.iijmio.jp';
const good = {
  manifest_version: 3,
  permissions: ['alarms', 'notifications', 'storage'],
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: [`https://${HOST}/member/*`], js: ['content-scripts/account.js'] }],
};

describe('manifestProblems', () => {
  it('passes a manifest like ours', () => {
    expect(manifestProblems(good, PROVIDERS)).toEqual([]);
    const css = { resources: ['content-scripts/checkout.css'], use_dynamic_url: true, matches: [`https://${HOST}/*`] };
    expect(manifestProblems({ ...good, web_accessible_resources: [css] }, PROVIDERS)).toEqual([]);
    expect(manifestProblems({ ...good, manifest_version: 2, web_accessible_resources: ['content-scripts/checkout.css'] }, PROVIDERS)).toEqual([]);
    // Teaching: one https site at a time, asked at runtime; the picker's panel framed into it.
    const teach = { optional_host_permissions: ['https://*/*'], web_accessible_resources: [{ resources: ['picker.html'], matches: ['https://*/*'] }] };
    expect(manifestProblems({ ...good, ...teach }, PROVIDERS)).toEqual([]);
    expect(manifestProblems({ ...good, manifest_version: 2, optional_permissions: ['https://*/*'], web_accessible_resources: ['picker.html'] }, PROVIDERS)).toEqual([]);
  });

  it.each([
    ['<all_urls> in permissions', { permissions: [...good.permissions, '<all_urls>'] }, /all_urls/],
    ['a wildcard host', { host_permissions: ['*://*/*'] }, /scheme|host/],
    ['an unneeded API', { permissions: [...good.permissions, 'tabs'] }, /tabs is not needed/],
    ['webRequest', { permissions: [...good.permissions, 'webRequest'] }, /webRequest/],
    ['a weakened CSP', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, /content_security_policy/],
    ['externally_connectable', { externally_connectable: { matches: [`https://${HOST}/*`] } }, /externally_connectable/],
    ['optional API permissions', { optional_permissions: ['history'] }, /optional_permissions.*history/],
    ['optional access to every URL', { optional_host_permissions: ['<all_urls>'] }, /optional_host_permissions.*all_urls/],
    ['optional http sites', { optional_host_permissions: ['http://*/*'] }, /beyond one https site/],
    ['another page for every site', { web_accessible_resources: [{ resources: ['popup.html'], matches: ['https://*/*'] }] }, /host outside/],
    ['a content script on any site', { content_scripts: [{ matches: ['https://*/*'] }] }, /host outside/],
    ['a content script over http', { content_scripts: [{ matches: [`http://${HOST}/*`] }] }, /scheme/],
    ['a content script in every frame', { content_scripts: [{ matches: [`https://${HOST}/*`], all_frames: true }] }, /every frame/],
    ['a content script in about:blank', { content_scripts: [{ matches: [`https://${HOST}/*`], match_about_blank: true }] }, /about:blank/],
    ['a main-world script', { content_scripts: [{ matches: [`https://${HOST}/*`], world: 'MAIN' }] }, /page's own world/],
    ['MV2 web-accessible resources', { web_accessible_resources: ['popup.html'] }, /readable by every web page/],
    ['an MV2 web-accessible script', { web_accessible_resources: ['content-scripts/checkout.js'] }, /readable by every web page/],
    ['MV3 resources for every site', { web_accessible_resources: [{ resources: ['*.css'], matches: ['<all_urls>'] }] }, /all_urls/],
    ['a remote background script', { background: { scripts: ['https://cdn.example/bg.js'] } }, /remote background/],
  ])('flags %s', (_, over, why) => {
    const problems = manifestProblems({ ...good, ...over }, PROVIDERS);
    expect(problems.join('\n')).toMatch(why);
  });
});

describe('polyfillProblems', () => {
  const mark = 'throw Error(`The message port closed before a response was received.`)';
  const built = (contentScripts: string, others: string) => [
    { path: 'content-scripts/account.js', text: contentScripts },
    { path: 'content-scripts/checkout.js', text: contentScripts },
    { path: 'background.js', text: others },
  ];

  it('passes the account script and the checkout overlay without the polyfill and the rest with it', () => {
    expect(polyfillProblems(built('let a=1', mark))).toEqual([]);
  });

  it('flags the polyfill in the account script or the overlay, its absence elsewhere, and a missing script', () => {
    expect(polyfillProblems(built(mark, mark))).toEqual([
      expect.stringContaining('account.js: carries'),
      expect.stringContaining('checkout.js: carries'),
    ]);
    expect(polyfillProblems(built('let a=1', 'let b=2'))).toEqual([expect.stringContaining('background.js: webextension-polyfill is missing')]);
    expect(polyfillProblems([])).toHaveLength(3);
  });
});

describe('bundleProblems', () => {
  it('passes plain code and fetches of the extension’s own files', () => {
    expect(bundleProblems([{ path: 'a.js', text: 'let x=1;const evaluate=()=>x;' }])).toEqual([]);
    expect(bundleProblems([{ path: 'b.js', text: 'fetch(browser.runtime.getURL("/a.css"))' }])).toEqual([]);
    expect(bundleProblems([{ path: 'c.js', text: `/* modulepreload */function n(e){let n=t(e);fetch(e.href,n)}` }])).toEqual([]);
    const wxtCss = 'async function Ke(){let e=L.default.runtime.getURL(`/content-scripts/checkout.css`);try{return await(await fetch(e)).text()}catch{}}';
    expect(bundleProblems([{ path: 'd.js', text: wxtCss }])).toEqual([]);
    expect(bundleProblems([{ path: 'e.js', text: 'e.textContent=`url`in r?await fetch(r.url).then(e=>e.text()):r.textContent' }])).toEqual([]);
  });

  it.each([
    ['a fetch of a variable with no extension URL before it', 'let e=location.search;fetch(e)'],
    ['an extension URL far from the fetch', 'let e=runtime.getURL(`/content-scripts/a.css`);' + 'x();'.repeat(100) + 'e=u;fetch(e)'],
    ['a .url fetch outside the isolated-element option', 'fetch(r.url)'],
    ['an .href fetch in a file without module preload', 'function n(e){let n=t(e);fetch(e.href,n)}'],
  ])('flags %s', (_, code) => {
    expect(bundleProblems([{ path: 'chunk.js', text: code }])).toHaveLength(1);
  });

  it.each([
    ['eval', 'x=eval("1+1")'],
    ['indirect eval', '(0,eval)(code)'],
    ['new Function', 'new Function("return this")()'],
    ['Function of a string', 'Function("return 1")'],
    ['a string timer', 'setTimeout("alert(1)",10)'],
    ['importScripts', 'importScripts("https://cdn.example/x.js")'],
    ['remote import()', 'import("https://cdn.example/x.js")'],
    ['a network fetch', 'fetch("https://api.example/track",{method:"POST"})'],
    ['XMLHttpRequest', 'new XMLHttpRequest'],
    ['a beacon', 'navigator.sendBeacon(u,d)'],
    ['a WebSocket', 'new WebSocket("wss://x")'],
    ['a remote script element', 's.src="https://cdn.example/x.js"'],
  ])('flags %s', (_, code) => {
    expect(bundleProblems([{ path: 'chunk.js', text: code }])).toHaveLength(1);
  });

  it.each([
    ['a remote script', '<script src="https://cdn.example/x.js"></script>'],
    ['a protocol-relative style', '<link rel="stylesheet" href="//cdn.example/x.css">'],
    ['a remote image in CSS', 'body{background:url(https://x.example/a.png)}'],
  ])('flags %s in a page', (_, html) => {
    expect(bundleProblems([{ path: 'popup.html', text: html }])).toHaveLength(1);
  });
});

describe('classifyLint', () => {
  const preact = 'if(f)l||p&&(f.__html==p.__html||f.__html==n.innerHTML)||(n.innerHTML=f.__html),r.__k=[];';
  const prefix = 'd==`dangerouslySetInnerHTML`?f=g:0;';
  const file = prefix + preact;
  const col = file.indexOf('n.innerHTML=f') + 1;
  const warning = (over: Partial<LintReport['warnings'][number]> = {}) => ({
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    file: 'chunks/popup.js',
    line: 1,
    column: col,
    ...over,
  });
  const report = (warnings: LintReport['warnings'], errors: LintReport['errors'] = []): LintReport => ({ errors, warnings, notices: [] });
  const files = new Map([['chunks/popup.js', file]]);

  it('knows Preact’s dangerouslySetInnerHTML assignment', () => {
    expect(classifyLint(report([warning()]), files)).toEqual({ known: [expect.stringContaining('Preact')], problems: [] });
  });

  it('flags the same warning code anywhere else', () => {
    const ours = new Map([['chunks/popup.js', `el.innerHTML=pageText;${file}`]]);
    expect(classifyLint(report([warning({ column: 1 })]), ours).problems).toHaveLength(1);
    const noPreact = new Map([['chunks/popup.js', `${'x'.repeat(prefix.length)}${preact}`]]);
    expect(classifyLint(report([warning()]), noPreact).problems).toHaveLength(1);
    expect(classifyLint(report([warning({ file: 'other.js' })]), files).problems).toHaveLength(1);
  });

  it('flags other warnings and every error', () => {
    const result = classifyLint(
      report([warning({ code: 'DANGEROUS_EVAL' })], [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad' }]),
      files,
    );
    expect(result.problems).toHaveLength(2);
    expect(result.known).toEqual([]);
  });
});

describe('product source', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sources(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });
  const files = ['components', 'entrypoints', 'utils'].flatMap((d) => sources(path.join(ROOT, d)));

  it('never writes HTML: no innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write or eval', () => {
    expect(files.length).toBeGreaterThan(30);
    // Serialising a page (the redacted copy reads `outerHTML`) is not writing HTML; assigning is.
    const html =
      /dangerouslySetInnerHTML|\.(?:innerHTML|outerHTML)\s*\+?=(?!=)|insertAdjacentHTML|document\.write|createContextualFragment|\.srcdoc\s*=|setAttribute\(\s*['"]srcdoc|(?<![\w$.])eval\s*\(|new Function\s*\(/;
    for (const bad of ['el.innerHTML = x', 'el.outerHTML += y', 'frame.srcdoc = s', "f.setAttribute('srcdoc', s)", 'eval(code)']) expect(html.test(bad), bad).toBe(true);
    for (const fine of ['return root.outerHTML;', "new Set(['srcdoc'])", 'a.innerHTML === b']) expect(html.test(fine), fine).toBe(false);
    const offenders = files.filter((f) => html.test(readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('makes no network request: no fetch, XMLHttpRequest, WebSocket or sendBeacon', () => {
    const net = /(?<![\w$.])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/;
    const offenders = files.filter((f) => net.test(readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
