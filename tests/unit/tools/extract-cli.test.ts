import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { redactPage } from '@/utils/redact';
import { extractFromHtml } from '../../tools/extract-page';

/**
 * `npm run extract` reads a redacted copy as it is saved: the page's URL and the time come from
 * the copy's first line when --url and --now are not given.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'tests/tools/extract-cli.ts');
const PAGE = path.join(ROOT, 'tests/fixtures/pages/iijmio/member-top-html.html');
const FIXTURE = JSON.parse(readFileSync(PAGE.replace(/\.html$/, '.expected.json'), 'utf8')) as { url: string; now: string };
const dir = mkdtempSync(path.join(tmpdir(), 'kigen-redact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('extract CLI on a redacted copy', () => {
  it('takes the URL and the time from the copy and reads it as the page', () => {
    const { document } = parseHTML(readFileSync(PAGE, 'utf8'));
    const copy = redactPage(document, FIXTURE.url, new Date(FIXTURE.now));
    const file = path.join(dir, 'copy.html');
    writeFileSync(file, copy);
    const run = cli(file);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ReturnType<typeof extractFromHtml>;
    const original = extractFromHtml(readFileSync(PAGE, 'utf8'), FIXTURE.url, new Date(FIXTURE.now));
    expect(result.provider).toBe('iijmio');
    expect(original.readings.length).toBeGreaterThan(0);
    expect(result.readings.map((r) => ({ ...r, line: r.line?.replace(/\d/g, '0') }))).toEqual(
      original.readings.map((r) => ({ ...r, line: r.line?.replace(/\d/g, '0') })),
    );
    expect(result.readings[0]?.line).not.toBe(original.readings[0]?.line);
  });

  it('still asks for --url for any other file', () => {
    const run = cli(PAGE);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/missing --url/);
  });
});
