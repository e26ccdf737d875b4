import type { KnipConfig } from 'knip';

/**
 * knip: unused files, exports, types and dependencies. Knip has no WXT plugin, so the entrypoints
 * are listed by WXT's conventions (entrypoints/<name>/index.*, <name>.content/index.ts, the pages'
 * main.tsx). Tests, tools and benchmarks are entries too, so an export used only by a test counts as
 * used. Knip's vitest, Playwright and
 * ESLint plugins add vitest.config.ts, playwright.config.ts and eslint.config.js.
 */
const config: KnipConfig = {
  entry: [
    'entrypoints/**/index.{ts,tsx,html}',
    'entrypoints/*.content/index.ts',
    'entrypoints/*/main.{ts,tsx}',
    'wxt.config.ts',
    'tests/**/*.{test,spec}.{ts,tsx}',
    'tests/tools/*.{ts,mjs}',
    'tests/bench/*.ts',
    'tests/bench/vitest.config.ts',
  ],
  project: ['{entrypoints,components,utils,tests}/**/*.{ts,tsx}'],
  // Generated .wxt/ and .output/ stay out: the project globs skip them and knip honours .gitignore.
  // (`wxt prepare`, run on postinstall, writes .wxt/tsconfig.json, whose `@/` paths knip reads.)
  // An export also used in its own file (a component's props, a helper the file calls) is not dead code;
  // knip reports what nothing uses at all. Tests are entries, so test-only exports count as used.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // A WXT module, named by string in wxt.config.ts (`modules`).
    '@wxt-dev/webextension-polyfill',
    // Read from node_modules/axe-core/axe.min.js by the end-to-end tests and injected into pages.
    'axe-core',
    // WXT's own browser types (wxt depends on it at the version it needs): a type import in
    // tests/e2e/support/chrome-global.d.ts, and the plain `browser` wxt.config.ts resolves to.
    '@wxt-dev/browser',
  ],
};

export default config;
