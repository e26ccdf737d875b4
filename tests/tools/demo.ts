/**
 * `npm start`: runs the production build in Chromium on the bundled demo provider pages, served
 * at their real URLs by request routing (nothing reaches the live sites). With a display, a
 * browser window opens on a demo index; without one, the demo runs headless, reads every demo
 * page, saves a screenshot of the popup and prints where it is.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extensionId, launchWithExtension } from '../e2e/support/chromium';
import { DEMO_PAGES, demoHtml } from '../e2e/support/demo-pages';

const INDEX_URL = 'https://demo.kigen.invalid/';

function indexHtml(): string {
  const items = DEMO_PAGES.map((p) => `<li><a href="${p.url}">${p.title}</a> <code>${p.url}</code></li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>Kigen demo</title>
<body style="font-family:sans-serif;max-width:720px;margin:40px auto">
<h1>Kigen demo provider pages</h1>
<p>Each link opens a bundled fixture page at the provider's real URL (served locally).
Open one, then click the Kigen icon in the toolbar (pin it from the puzzle-piece menu).</p>
<ul>${items}</ul></body>`;
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && process.env.KIGEN_HEADLESS !== '1';
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kigen-demo-'));
  const context = await launchWithExtension(profile, !headed);
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const u = new URL(route.request().url());
      if (u.href === INDEX_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: indexHtml() });
      const page = DEMO_PAGES.find((p) => p.url === u.origin + u.pathname);
      if (!page) return route.abort('blockedbyclient');
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: demoHtml(page) });
    },
  );
  const id = await extensionId(context);
  const page = context.pages()[0] ?? (await context.newPage());

  if (headed) {
    await page.goto(INDEX_URL);
    console.log(`Kigen demo running (extension ${id}). Close the browser window to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }

  console.log('No display: running the demo headless (for a window: run `npm start` on a desktop, or `xvfb-run npm start`).');
  for (const demo of DEMO_PAGES) {
    await page.goto(demo.url);
    await page.waitForTimeout(1500);
    console.log(`read ${demo.url}`);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForTimeout(500);
  const out = path.resolve('.output/demo');
  mkdirSync(out, { recursive: true });
  await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });
  console.log((await popup.locator('body').innerText()).trim());
  console.log(`Popup screenshot: ${path.join(out, 'popup.png')}`);
  await context.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
