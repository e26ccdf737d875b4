import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Tests run against WXT's fake browser, also for libraries that import the polyfill directly.
    alias: { 'webextension-polyfill': path.resolve('node_modules/wxt/dist/virtual/mock-browser.mjs') },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
