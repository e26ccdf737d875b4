import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import boundaries in eslint.config.js, checked on snippets linted as if they lived at the
 * given path (the files need not exist). Each boundary is its own rule id, so a test can say which
 * boundary caught an import.
 */

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
});

/** The rule ids reported for `code` at `filePath`; fails on parse errors. */
async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? '');
}

const boundaryHits = async (code: string, filePath: string) =>
  (await rulesHit(code, filePath)).filter((id) => id.endsWith('/no-restricted-imports'));

describe('lint boundaries', () => {
  it('content scripts never import the database, by alias or relative path, not even its types', async () => {
    const file = 'entrypoints/account.content/x.ts';
    expect(await boundaryHits(`import { createDb } from '@/utils/db';\ncreateDb();`, file)).toContain(
      'content-script/no-restricted-imports',
    );
    expect(await boundaryHits(`import { createDb } from '../../../utils/db';\ncreateDb();`, file)).toContain(
      'content-script/no-restricted-imports',
    );
    expect(await boundaryHits(`import type { KigenDB } from '@/utils/db';\nexport type D = KigenDB;`, file)).toEqual([
      'content-script/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import Dexie from 'dexie';\nnew Dexie('x');`, 'utils/overlay/x.ts')).toContain(
      'content-script/no-restricted-imports',
    );
    expect(
      await boundaryHits(`import { saveReading } from '../store/lines';\nsaveReading();`, 'utils/overlay/x.ts'),
    ).toContain('content-script/no-restricted-imports');
    expect(
      await boundaryHits(`import { createConnector } from '@/utils/connector';\ncreateConnector();`, 'components/overlay/x.tsx'),
    ).toEqual(['content-script/no-restricted-imports']);
    expect(
      await boundaryHits(`import type { LineView } from '../../../utils/connector/types';\nexport type V = LineView;`, file),
    ).toEqual(['content-script/no-restricted-imports']);
    // What content scripts do use stays allowed.
    expect(
      await rulesHit(
        `import { sendToBackground } from '@/utils/messaging/content';\nimport type { LineRecord } from '@/utils/records';\nexport const f = (l: LineRecord) => sendToBackground(l);`,
        file,
      ),
    ).toEqual([]);
  });

  it('utils/extract is pure: no database, messaging or extension API', async () => {
    const file = 'utils/extract/x.ts';
    expect(await boundaryHits(`import Dexie from 'dexie';\nnew Dexie('x');`, file)).toContain(
      'content-script/no-restricted-imports',
    );
    expect(await boundaryHits(`import { sendToBackground } from '../messaging/content';\nsendToBackground();`, file)).toEqual([
      'pure-extract/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import { browser } from 'wxt/browser';\nbrowser.runtime.id;`, file)).toEqual([
      'pure-extract/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import browser from 'webextension-polyfill';\nbrowser.runtime.id;`, file)).toEqual([
      'pure-extract/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import { storage } from '@wxt-dev/storage';\nstorage.getItem('local:x');`, file)).toEqual([
      'pure-extract/no-restricted-imports',
    ]);
    expect(await rulesHit(`export const id = () => chrome.runtime.id;`, file)).toEqual(['no-restricted-globals']);
    expect(
      await rulesHit(`import { MatchPattern } from '@webext-core/match-patterns';\nexport const m = new MatchPattern('<all_urls>');`, file),
    ).toEqual([]);
  });

  it('components import no messaging, wxt/browser or database values; types are fine', async () => {
    const file = 'components/popup/x.tsx';
    expect(
      await boundaryHits(`import { sendMessage } from '@/utils/messaging/protocol';\nsendMessage('x');`, file),
    ).toEqual(['components/no-restricted-imports']);
    expect(
      await boundaryHits(`import { sendMessage } from '../../../utils/messaging/protocol';\nsendMessage('x');`, file),
    ).toEqual(['components/no-restricted-imports']);
    expect(await boundaryHits(`import { sendMessage } from '@webext-core/messaging';\nsendMessage('x');`, file)).toEqual([
      'components/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import { browser } from 'wxt/browser';\nbrowser.runtime.id;`, file)).toEqual([
      'components/no-restricted-imports',
    ]);
    expect(await boundaryHits(`import { allLines } from '@/utils/store/lines';\nallLines();`, file)).toContain(
      'components/no-restricted-imports',
    );
    expect(await boundaryHits(`export { readAllData } from '../../../utils/store/all-data';`, file)).toContain(
      'components/no-restricted-imports',
    );
    expect(
      await rulesHit(
        `import type { LineRecord } from '@/utils/records';\nimport type { CaptureResult } from '@/utils/messaging/protocol';\nimport type { NewReading } from '../../../utils/store/lines';\nexport type T = [LineRecord, CaptureResult, NewReading];`,
        file,
      ),
    ).toEqual([]);
  });

  it('the planner imports no database values; types are fine', async () => {
    const file = 'utils/reminders/x.ts';
    expect(await boundaryHits(`import { createDb } from '@/utils/db';\ncreateDb();`, file)).toContain(
      'planner/no-restricted-imports',
    );
    expect(await boundaryHits(`import { DB_VERSION } from '../db';\nexport const v = DB_VERSION;`, file)).toContain(
      'planner/no-restricted-imports',
    );
    expect(await boundaryHits(`import { type KigenDB, createDb } from '../db';\nexport const d: KigenDB = createDb();`, file)).toContain(
      'planner/no-restricted-imports',
    );
    expect(await rulesHit(`import type { KigenDB } from '@/utils/db';\nexport type D = KigenDB;`, file)).toEqual([]);
    expect(await rulesHit(`import { type KigenDB } from '../db';\nexport type D = KigenDB;`, file)).toEqual([]);
  });

  it('only the background side imports database values; pages read through the connector', async () => {
    const value = `import { createDb } from '@/utils/db';\nimport { saveReading } from '@/utils/store/lines';\nimport Dexie from 'dexie';\nexport const x = [createDb, saveReading, Dexie];`;
    expect(await boundaryHits(value, 'entrypoints/popup/x.ts')).toEqual([
      'db-writer/no-restricted-imports',
      'db-writer/no-restricted-imports',
      'db-writer/no-restricted-imports',
    ]);
    expect(await boundaryHits(value, 'utils/connector/x.ts')).toHaveLength(3);
    for (const file of ['entrypoints/background/x.ts', 'utils/store/x.ts', 'utils/backup/x.ts', 'tests/unit/x.test.ts']) {
      expect(await rulesHit(value, file), file).toEqual([]);
    }
  });
});
