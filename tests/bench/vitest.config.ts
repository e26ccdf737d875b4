import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The bench's background simulation: WXT's fake browser, as in the unit tests; not part of `npm test`. */
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: { 'webextension-polyfill': path.resolve('node_modules/wxt/dist/virtual/mock-browser.mjs') },
  },
  test: { include: ['tests/bench/**/*.sim.ts'], environment: 'node', testTimeout: 120_000 },
});
