/**
 * `npm run check:build`: checks both builds in `.output/` (run `npm run build` first).
 * - manifest.json: only alarms/notifications/storage, provider hosts only, default CSP, no
 *   externally_connectable, no web-accessible resources open to other sites;
 * - the bundle: no eval / new Function, no remote code, no network API; webextension-polyfill in
 *   every script but the account reader (wxt.config.ts says why);
 * - `web-ext lint` on the Firefox build: 0 errors, and no warning but the known ones from
 *   dependencies (tests/tools/build-checks.ts lists them with the reason each is safe).
 * Exits 1 with every problem listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNT_MATCHES, PROVIDERS } from '../../utils/providers';
import { type BuiltFile, type LintReport, bundleProblems, classifyLint, manifestProblems, polyfillProblems } from './build-checks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

function filesOf(dir: string, base = dir): BuiltFile[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesOf(full, base);
    if (!/\.(js|mjs|html|css|json)$/.test(name)) return [];
    return [{ path: path.relative(base, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }];
  });
}

function lint(dir: string, files: BuiltFile[]): { known: string[]; problems: string[] } {
  const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout) as LintReport;
  } catch {
    return { known: [], problems: [`web-ext lint gave no JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`] };
  }
  const notices = report.notices.map((n) => `notice ${n.code} ${n.file ?? ''}: ${n.message}`);
  const result = classifyLint(report, new Map(files.map((f) => [f.path, f.text])));
  return { known: [...result.known, ...notices], problems: result.problems };
}

/**
 * The account script matches the registry's areas, exactly (derived at build time); the checkout
 * overlay is declared for no page (the background injects it).
 */
function registryMatchProblems(manifest: Record<string, unknown>): string[] {
  const wanted: Record<string, string[]> = {
    'content-scripts/account.js': ACCOUNT_MATCHES,
  };
  const scripts = (manifest.content_scripts ?? []) as Array<{ js?: string[]; matches?: string[] }>;
  const out: string[] = [];
  if (scripts.some((s) => s.js?.includes('content-scripts/checkout.js'))) out.push('the checkout overlay is declared in the manifest');
  for (const [js, matches] of Object.entries(wanted)) {
    const entry = scripts.find((s) => s.js?.includes(js));
    const got = [...(entry?.matches ?? [])].sort();
    if (JSON.stringify(got) !== JSON.stringify([...matches].sort())) {
      out.push(`${js} matches differ from the provider registry (${got.length} vs ${matches.length})`);
    }
  }
  return out;
}

const problems: string[] = [];
for (const build of BUILDS) {
  const dir = path.join(ROOT, build);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    problems.push(`${build}: no build (run npm run build)`);
    continue;
  }
  const files = filesOf(dir);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  problems.push(...manifestProblems(manifest, PROVIDERS).map((p) => `${build}/manifest.json: ${p}`));
  problems.push(...bundleProblems(files).map((p) => `${build}/${p}`));
  problems.push(...registryMatchProblems(manifest).map((p) => `${build}/manifest.json: ${p}`));
  problems.push(...polyfillProblems(files).map((p) => `${build}/${p}`));
  console.log(`${build}: ${files.length} files checked (manifest, eval, remote code, network APIs)`);
  if (build.includes('firefox')) {
    const result = lint(dir, files);
    for (const k of result.known) console.log(`  web-ext lint, known and safe: ${k}`);
    problems.push(...result.problems.map((p) => `${build} web-ext lint: ${p}`));
    console.log(`  web-ext lint: ${result.problems.length} problems, ${result.known.length} known dependency warnings`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log('✓ build checks passed');
