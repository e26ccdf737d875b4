/**
 * npm run --silent extract -- --url <URL> [--now <ISO-8601>] <file.html>
 * Prints exactly one JSON object (the extraction result) on stdout. Bad arguments or an
 * unreadable file: a message on stderr and exit code 2. Adding a provider starts here: save
 * its page, run this, and see what the generic reader makes of it.
 * A redacted copy saved by Kigen (utils/redact/) names its page and time in its first line:
 * without --url and --now, those are used.
 */
import { readFileSync } from 'node:fs';
import { redactedCopyOrigin } from '../../utils/redact';
import { extractFromHtml } from './extract-page';

const USAGE = 'usage: npm run --silent extract -- [--url <URL>] [--now <ISO-8601>] <file.html> (--url may be left out for a redacted copy)';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  url: string | undefined;
  now: string | undefined;
  file: string;
}

function parseArgs(argv: string[]): Args {
  let url: string | undefined;
  let now: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i];
    else if (arg === '--now') now = argv[++i];
    else if (arg?.startsWith('--')) fail(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else fail(`unexpected argument ${arg}`);
  }
  if (!file) fail('missing the HTML file');
  return { url, now, file };
}

function checkUrl(url: string | undefined): URL {
  if (!url) fail('missing --url (only a redacted copy saved by Kigen names its page)');
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    fail(`not a URL: ${url}`);
  }
  if (!/^https?:$/.test(parsedUrl.protocol)) fail(`not an http(s) URL: ${url}`);
  return parsedUrl;
}

function checkNow(now: string | undefined): Date {
  const when = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(when.getTime()) || (now !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(now))) fail(`not an ISO-8601 time: ${now}`);
  return when;
}

const args = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(args.file, 'utf8');
} catch (error) {
  fail(`cannot read ${args.file}: ${(error as Error).message}`);
}
const saved = redactedCopyOrigin(html);
const url = checkUrl(args.url ?? saved?.url);
const now = checkNow(args.now ?? saved?.savedAt);
process.stdout.write(`${JSON.stringify(extractFromHtml(html, url, now))}\n`);
