import path from 'node:path';
import type { BrowserName } from './driver';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Where a screenshot goes: test-results/screenshots/<browser>/ on every run; with
 * KIGEN_SCREENSHOTS=1 Chromium's replace the committed ones in tests/e2e/screenshots/ (referenced
 * from the README), so a test run leaves the tree clean.
 */
export function screenshotPath(browser: BrowserName, name: string): string {
  if (process.env.KIGEN_SCREENSHOTS && browser === 'chromium') return path.join(ROOT, 'tests/e2e/screenshots', name);
  return path.join(ROOT, 'test-results/screenshots', browser, name);
}
