// Exported pages in a real Chromium: no axe-core violations, no script of the content's ever
// runs, and the tricky mixed-direction lines are in the right visual order, read from the
// characters' positions on screen rather than from the markup.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';
import { exportRepo, MIXED_LINES, type ExportRepo } from '../support/exportFixtures.js';
import { makeTempDir } from '../support/tempDir.js';
import { charCentres, expectCountOutside, expectLtrPhrase } from './visualOrder.js';

let dir: string;
let cleanup: () => Promise<void>;
let fx: ExportRepo;
let browser: Browser;
const pageUrl: Record<string, string> = {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ({ dir, cleanup } = await makeTempDir());
  fx = await exportRepo(dir);
  const ids = { rich: fx.mainId, hostile: fx.hostileId, latin: fx.latinId, related: fx.relatedIds[1]! };
  for (const [name, id] of Object.entries(ids)) {
    const out = join(dir, `${name}.zip`);
    const r = await fx.services.exports.export(id, { out });
    if (!r.ok) throw new Error(`${name} refused`);
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(out))))) {
      const target = join(dir, 'site', name, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
    }
    pageUrl[name] = pathToFileURL(join(dir, 'site', name, 'index.html')).href;
  }
  await fx.services.close();
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
});

test.afterAll(async () => {
  await browser?.close();
  await cleanup?.();
});

async function open(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(pageUrl[name]!);
  return page;
}

for (const name of ['rich', 'hostile', 'latin', 'related']) {
  test(`the ${name} page has no axe-core violations`, async () => {
    const page = await open(name);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
}

test('the skip link is the first stop of the keyboard and leads to the main content', async () => {
  const page = await open('rich');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('דילוג לתוכן');
  await page.keyboard.press('Enter');
  expect(page.url()).toMatch(/#main$/);
  await page.close();
});

test('no script of the content runs, whichever field it came in', async () => {
  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Every hostile string assigns window.__pwned; a trap records any assignment.
  await page.addInitScript(() => {
    const w = window as unknown as { __ran: unknown[] };
    w.__ran = [];
    Object.defineProperty(window, '__pwned', { set: (v: unknown) => w.__ran.push(v), configurable: false });
  });
  await page.goto(pageUrl.hostile!);
  await page.waitForLoadState('load');
  // Hover and focus everything, so mouseover or focus handlers would have had their chance.
  for (const el of await page.locator('body *').all()) await el.hover({ force: true, timeout: 1000 }).catch(() => undefined);
  const state = await page.evaluate(() => ({
    ran: (window as unknown as { __ran: unknown[] }).__ran,
    scripts: [...document.scripts].map((s) => s.type),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
    headline: document.querySelector('h1')?.textContent,
  }));
  expect(state.ran).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(state.scripts).toEqual(['application/ld+json']);
  expect(state.handlers).toEqual([]);
  expect(state.headline).toContain('<script>window.__pwned="script"</script>');
  // The trap itself works: the same string unescaped is caught.
  await page.setContent(`<p>x</p><img src="data:," onerror="window.__pwned='img'" alt="">`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ran: unknown[] }).__ran)).toEqual(['img']);
  await page.close();
});

test('tricky mixed lines keep their visual order on screen', async () => {
  const page = await open('rich');
  let line = MIXED_LINES.exclaim;
  let xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, 'Hello World', { before: 'קרא', after: 'והקהל' });
  // The `!` ends the English phrase as the Hebrew sentence reads it: left of the phrase, right of what follows.
  const bang = line.indexOf('!');
  expect(xs[bang]!).toBeLessThan(xs[line.indexOf('Hello')]!);
  expect(xs[bang]!).toBeGreaterThan(xs[line.indexOf('והקהל')]!);

  line = MIXED_LINES.phone;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, '03-5551234', { before: 'לטלפון', after: 'בשעות' });

  line = MIXED_LINES.cpp;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, 'C++', { before: 'בשפת', after: 'במשך' });

  line = MIXED_LINES.url;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, 'https://www.example-city.gov.il/parks/hadar', { before: 'באתר', after: 'ובמוקד' });

  line = MIXED_LINES.number;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, 'iPhone 15', { before: 'החדש', after: 'יימכר' });
  expectLtrPhrase(line, xs, '4,000', { after: 'שקלים' });

  // A signed number reads with its sign first, its digit groups left to right.
  line = MIXED_LINES.phonePlus;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, '+972-3-555-1234', { before: 'חייגו', after: 'או' });
  expectLtrPhrase(line, xs, '+1 (555) 010-9999', { before: 'או', after: 'בכל' });
  line = MIXED_LINES.minus;
  xs = await charCentres(page, line);
  expectLtrPhrase(line, xs, '-5', { before: 'נמדדו', after: 'מעלות' });

  // After a prefixed Latin phrase, the number is the count of the Hebrew noun: it sits between
  // the phrase and the noun, not inside the phrase.
  for (const [l, name, count, noun] of [
    [MIXED_LINES.prefixed, 'Real Madrid', '3', 'עונות'],
    [MIXED_LINES.prefixedTwo, 'Manchester United', '2', 'שערים'],
  ] as const) {
    line = l;
    xs = await charCentres(page, line);
    expectLtrPhrase(line, xs, name);
    expectCountOutside(line, xs, name, count, noun);
  }
  await page.close();
});

test('the position check can fail: without isolates the plus sign and the count move', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.setContent(`<html lang="he" dir="rtl"><body><p>${MIXED_LINES.phonePlus}</p><p>${MIXED_LINES.prefixed}</p></body></html>`);
  let line = MIXED_LINES.phonePlus;
  let xs = await charCentres(page, line);
  const plus = line.indexOf('+972');
  expect(xs[plus]!).toBeGreaterThan(xs[plus + 1]!); // the plus drawn right of 972: "972-3-555-1234+"
  line = MIXED_LINES.prefixed;
  xs = await charCentres(page, line);
  const three = line.indexOf(' 3 ') + 1;
  expect(xs[three]!).toBeGreaterThan(xs[line.indexOf('Madrid')]!); // "Real Madrid 3" as one English phrase
  await page.close();
});

test('the position check can fail: C++ without its isolate shows its pluses on the wrong side', async () => {
  const page = await (await browser.newContext()).newPage();
  const line = MIXED_LINES.cpp;
  await page.setContent(`<html lang="he" dir="rtl"><body><p>${line}</p></body></html>`);
  const xs = await charCentres(page, line);
  const c = line.indexOf('C++');
  expect(xs[c + 1]!).toBeLessThan(xs[c]!);
  await page.close();
});
