// The baseline's window: the same Chromium, started by playwright-core with the same arguments
// and profile kind as Ktav's browser shell, serving the bare page's build from memory, as the
// shell serves Ktav's. Prints the moment the page was drawn, as the shell does with
// --report-first-window. `node bench/out/bareWindow.mjs <built page dir> <profile dir>`.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { LIBRARY_DRAWN_MARK } from '../../shared/api/marks.js';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';

const [pageDir, profileDir] = process.argv.slice(2) as [string, string];
const ORIGIN = 'http://bare.localhost';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChromium() ?? undefined,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 860 },
  locale: 'he-IL',
  serviceWorkers: 'block',
});
await context.route('**/*', (route) => route.abort('blockedbyclient'));
await context.route(`${ORIGIN}/**`, async (route) => {
  const path = new URL(route.request().url()).pathname;
  const file = join(pageDir, path === '/' ? 'index.html' : path);
  await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${ORIGIN}/`);
const drawnAt = await page.evaluate(async (mark) => {
  while (performance.getEntriesByName(mark).length === 0) await new Promise((r) => setTimeout(r, 5));
  return performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime;
}, LIBRARY_DRAWN_MARK);
console.log(`first window drawn at ${drawnAt.toFixed(1)}`);
await context.close();
