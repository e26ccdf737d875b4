// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Lint for Kigen: typescript-eslint's recommended rules (syntax only, not type-checked, so it stays
 * fast; `npm run typecheck` does the type checking) and the import boundaries that keep the
 * architecture honest:
 *
 * - the background is the database's one writer: only entrypoints/background/**, utils/store/**,
 *   utils/db.ts and utils/backup/** (file upgrades run on an in-memory Dexie) import Dexie, the
 *   schema or the queries as values; anything else may import their types;
 * - content scripts (account and checkout) never import the database or the page connector, not
 *   even their types;
 * - utils/extract/** is pure page reading: no database, no messaging, no extension API;
 * - components/** are presentational: no database values, no messaging values, no `wxt/browser`;
 * - the reminder planner (utils/reminders/**) and a line's kind and deadline (utils/lines/**) are
 *   pure: no database values.
 *
 * Each boundary is its own rule id (`db-writer/…`, `content-script/…`, `pure-extract/…`,
 * `components/…`, `pure-lines/…`, `planner/…`): typescript-eslint's plugin is registered under each name, so the
 * boundaries stack where their globs overlap (components/overlay/** is both a content script and a
 * component) instead of the last matching config object silently replacing the others' options.
 * Import paths are matched gitignore-style against the import string, so `**\/db` catches
 * `@/utils/db`, `../db` and `../../utils/db` alike (tests/unit/lint-boundaries.test.ts checks this).
 * tests/** are exempt from the boundaries.
 */

const SOURCES = ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'];

/** Import-string patterns, each catching the `@/` alias and relative paths. */
const DEXIE = ['dexie', 'dexie/**'];
const DB = ['**/db', '**/db.ts'];
const STORE = ['**/store', '**/store/**'];
const CONNECTOR = ['**/connector', '**/connector/**', '**/connector.ts', '@/utils/connector*'];
const MESSAGING = ['**/messaging', '**/messaging/**', '@webext-core/messaging', '@webext-core/messaging/**'];
const WXT_BROWSER = ['wxt/browser', 'wxt/browser/**'];
/** Extension APIs and WXT (@webext-core/match-patterns is plain URL matching, so it stays allowed). */
const EXTENSION_API = ['wxt', 'wxt/**', 'webextension-polyfill', 'webextension-polyfill/**', '@wxt-dev/*', '@wxt-dev/**'];

/**
 * One import boundary as its own config object and rule id.
 * @param {string} name the rule namespace, shown in every report
 * @param {{ files: string[], ignores?: string[], patterns: { group: string[], message: string, allowTypeImports?: boolean }[] }} spec
 */
function boundary(name, { files, ignores = [], patterns }) {
  return {
    name: `kigen/boundary/${name}`,
    files,
    ignores,
    plugins: { [name]: tseslint.plugin },
    rules: { [`${name}/no-restricted-imports`]: ['error', { patterns }] },
  };
}

export default defineConfig(
  { name: 'kigen/ignores', ignores: ['.wxt/', '.output/', 'node_modules/', 'test-results/', 'playwright-report/', 'stats.html'] },
  {
    name: 'kigen/recommended',
    files: [...SOURCES, 'tests/**/*.{ts,tsx,js,mjs}', '*.{ts,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // TypeScript checks names and globals itself (and `no-undef` knows neither DOM nor Node globals).
      'no-undef': 'off',
      // `_`-prefixed names are deliberately unused (destructuring to drop a field, placeholders).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Sanitizing hostile page text and backup files means matching control characters on purpose.
      'no-control-regex': 'off',
      // Comments quote real page text, full-width and ideographic spaces included.
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    name: 'kigen/tests',
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Playwright reads a fixture's dependencies from its destructuring: `async ({}, use) => …`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },

  boundary('db-writer', {
    files: SOURCES,
    ignores: ['entrypoints/background/**', 'utils/store/**', 'utils/db.ts', 'utils/backup/**'],
    patterns: [
      {
        group: [...DEXIE, ...DB, ...STORE],
        allowTypeImports: true,
        message:
          'Only the background writes the database: import Dexie, utils/db and utils/store values there (types are fine here; pages read through utils/connector).',
      },
    ],
  }),

  boundary('content-script', {
    files: [
      'entrypoints/*.content/**/*.{ts,tsx}',
      'components/overlay/**/*.{ts,tsx}',
      'utils/overlay/**/*.{ts,tsx}',
      'utils/extract/**/*.{ts,tsx}',
      'utils/messaging/content.ts',
    ],
    patterns: [
      {
        group: [...DEXIE, ...DB, ...STORE],
        message: 'Content scripts never touch the database: ask the background by message.',
      },
      {
        group: CONNECTOR,
        message: 'The connector belongs to the extension pages, not content scripts: ask the background by message.',
      },
    ],
  }),

  boundary('pure-extract', {
    files: ['utils/extract/**/*.{ts,tsx}'],
    patterns: [
      {
        group: MESSAGING,
        message: 'utils/extract is pure page reading: the content script sends what it reads, not the extractor.',
      },
      {
        group: EXTENSION_API,
        message: 'utils/extract is pure page reading: no extension APIs (it runs in Node tests and the extract CLI).',
      },
    ],
  }),
  {
    name: 'kigen/boundary/pure-extract-globals',
    files: ['utils/extract/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'utils/extract is pure page reading: no extension APIs.' },
        { name: 'chrome', message: 'utils/extract is pure page reading: no extension APIs.' },
        { name: 'process', message: 'utils/extract runs in the browser (the offscreen document, the background page): no Node globals.' },
      ],
    },
  },

  boundary('components', {
    files: ['components/**/*.{ts,tsx}'],
    patterns: [
      {
        group: [...DEXIE, ...DB, ...STORE],
        allowTypeImports: true,
        message: 'Components are presentational: they get data as props (types are fine, database values are not).',
      },
      {
        group: MESSAGING,
        allowTypeImports: true,
        message: 'Components are presentational: the entrypoint sends messages and passes callbacks (message types are fine).',
      },
      {
        group: WXT_BROWSER,
        message: 'Components are presentational: the entrypoint calls extension APIs and passes the results as props.',
      },
    ],
  }),

  boundary('pure-lines', {
    files: ['utils/lines/**/*.{ts,tsx}'],
    patterns: [
      {
        group: [...DEXIE, ...DB, ...STORE],
        allowTypeImports: true,
        message: 'utils/lines (a line\'s kind and deadline) is pure: callers read the database and pass records in (types are fine).',
      },
    ],
  }),

  boundary('planner', {
    files: ['utils/reminders/**/*.{ts,tsx}'],
    patterns: [
      {
        group: [...DEXIE, ...DB, ...STORE],
        allowTypeImports: true,
        message: 'The reminder planner is pure: the background reads the database and passes records in (types are fine).',
      },
    ],
  }),
);
