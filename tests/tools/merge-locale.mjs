#!/usr/bin/env node
// Merges message keys into the four locale files in one quick read-modify-write, so several
// people (or sessions) can add strings without overwriting each other's work.
// Usage: node tests/tools/merge-locale.mjs patch.json
//   patch.json: { "en": { "key": "text" }, "ja": {...}, "zh_CN": {...}, "zh_TW": {...} }
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: merge-locale.mjs patch.json');
  process.exit(2);
}
const patch = JSON.parse(readFileSync(file, 'utf8'));
for (const [lang, messages] of Object.entries(patch)) {
  const path = new URL(`../../utils/i18n/locales/${lang}.json`, import.meta.url);
  const current = JSON.parse(readFileSync(path, 'utf8'));
  Object.assign(current, messages);
  writeFileSync(path, JSON.stringify(current, null, 2) + '\n');
}
