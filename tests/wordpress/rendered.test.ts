// The published post as WordPress draws it (its own theme, right to left in Hebrew), in Debian's
// Chromium: every tricky mixed-direction line keeps its visual order, read from where the
// characters are on screen, for an Author's post (through wp_kses) and an Editor's. And the check
// can fail: the export's own fragment with `<bdi>`, sent as an Author, loses its isolates.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../main/shells/browser/chromium.js';
import { inWords } from '../../shared/i18n/translate.js';
import { MIXED_LINES } from '../support/exportFixtures.js';
import { makeTempDir } from '../support/tempDir.js';
import { publishRepo, type PublishRepo } from '../support/wordpress/publishRepo.js';
import { startWordPress, type WordPressSite } from '../support/wordpress/site.js';

let site: WordPressSite;
let r: PublishRepo;
let browser: Browser;
let cleanup: () => Promise<void>;
const links: Record<string, string> = {};

beforeAll(async () => {
  site = await startWordPress();
  const tmp = await makeTempDir();
  cleanup = tmp.cleanup;
  r = await publishRepo(tmp.dir);
  for (const role of ['author', 'editor'] as const) {
    await r.addSite(site, role);
    const id = await r.newArticle({ section: '', tags: [] });
    const outcome = await r.services.publish.publish({ articleId: id, site: role, status: 'publish', force: false, createCategory: false });
    if (outcome.kind !== 'published') throw new Error(JSON.stringify(inWords(outcome, 'en')));
    links[role] = String(outcome.published.link);
  }
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await r?.services.close();
  await site?.stop();
  await cleanup?.();
});

/** Where each character of the paragraph whose text is `line` is drawn (the x of its centre), in logical order. */
async function centresOn(url: string, lines: string[]): Promise<Record<string, number[]>> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  try {
    await page.goto(url);
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    return await page.evaluate((wanted) => {
      const out: Record<string, number[]> = {};
      for (const text of wanted) {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text);
        if (!p) continue;
        const xs: number[] = [];
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            xs.push(box.left + box.width / 2);
          }
        }
        out[text] = xs;
      }
      return out;
    }, lines);
  } finally {
    await page.close();
  }
}

/** `phrase` reads left to right, left of the word before it and right of the word after it. */
function ltrPhrase(line: string, xs: number[], phrase: string, before?: string, after?: string): void {
  const from = line.indexOf(phrase);
  expect(from, phrase).toBeGreaterThanOrEqual(0);
  const idx = [...phrase].map((_c, i) => from + i).filter((i) => line[i] !== ' ');
  for (let k = 1; k < idx.length; k++) expect(xs[idx[k]!]!, `${phrase}: "${line[idx[k]!]}" after "${line[idx[k - 1]!]}"`).toBeGreaterThan(xs[idx[k - 1]!]!);
  const own = idx.map((i) => xs[i]!);
  if (before) expect(xs[line.indexOf(before) + before.length - 1]!, `${phrase} left of ${before}`).toBeGreaterThan(Math.max(...own));
  if (after) expect(xs[line.indexOf(after, from + phrase.length)]!, `${phrase} right of ${after}`).toBeLessThan(Math.min(...own));
}

/** The count after a prefixed Latin name is drawn between the name and the Hebrew noun. */
function countOutside(line: string, xs: number[], name: string, count: string, noun: string): void {
  const at = line.indexOf(name);
  const n = xs[line.indexOf(` ${count} `, at) + 1]!;
  const letters = [...name].flatMap((c, i) => (c === ' ' ? [] : [xs[at + i]!]));
  expect(n, `${count} left of ${name}`).toBeLessThan(Math.min(...letters));
  expect(n, `${count} right of ${noun}`).toBeGreaterThan(xs[line.indexOf(noun, at) + noun.length - 1]!);
}

const L = MIXED_LINES;

describe('the post as WordPress draws it', () => {
  for (const role of ['author', 'editor'] as const) {
    it(`keeps every mixed-direction line’s visual order (${role === 'author' ? 'an Author’s post, through wp_kses' : 'an Editor’s post'})`, async () => {
      const xs = await centresOn(links[role]!, Object.values(L));
      expect(Object.keys(xs).sort()).toEqual(Object.values(L).sort()); // every line is on the page, as written
      ltrPhrase(L.exclaim, xs[L.exclaim]!, 'Hello World', 'קרא', 'והקהל');
      expect(xs[L.exclaim]![L.exclaim.indexOf('!')]!).toBeLessThan(xs[L.exclaim]![L.exclaim.indexOf('Hello')]!);
      ltrPhrase(L.phone, xs[L.phone]!, '03-5551234', 'לטלפון', 'בשעות');
      ltrPhrase(L.cpp, xs[L.cpp]!, 'C++', 'בשפת', 'במשך');
      ltrPhrase(L.url, xs[L.url]!, 'https://www.example-city.gov.il/parks/hadar', 'באתר', 'ובמוקד');
      ltrPhrase(L.number, xs[L.number]!, 'iPhone 15', 'החדש', 'יימכר');
      ltrPhrase(L.phonePlus, xs[L.phonePlus]!, '+972-3-555-1234', 'חייגו', 'או');
      ltrPhrase(L.phonePlus, xs[L.phonePlus]!, '+1 (555) 010-9999', 'או', 'בכל');
      ltrPhrase(L.minus, xs[L.minus]!, '-5', 'נמדדו', 'מעלות');
      for (const [line, name, count, noun] of [
        [L.prefixed, 'Real Madrid', '3', 'עונות'],
        [L.prefixedTwo, 'Manchester United', '2', 'שערים'],
      ] as const) {
        ltrPhrase(line, xs[line]!, name);
        countOutside(line, xs[line]!, name, count, noun);
      }
    });
  }

  it('can fail: the export’s fragment with <bdi>, sent as an Author, loses its isolates on the site', async () => {
    const html = [L.cpp, L.phonePlus, L.prefixed].map((line) => `<p>${line.replace('C++', '<bdi dir="ltr">C++</bdi>').replace('+972-3-555-1234', '<bdi dir="ltr">+972-3-555-1234</bdi>').replace('Real Madrid', '<bdi dir="ltr">Real Madrid</bdi>')}</p>`).join('\n');
    const made = await site.rest<{ link: string }>('/wp/v2/posts', 'author', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'bdi', content: html, status: 'publish' }) });
    const xs = await centresOn(made.body.link, [L.cpp, L.phonePlus, L.prefixed]);
    const c = L.cpp.indexOf('C++');
    expect(xs[L.cpp]![c + 1]!).toBeLessThan(xs[L.cpp]![c]!); // the pluses drawn left of the C: "++C"
    const plus = L.phonePlus.indexOf('+972');
    expect(xs[L.phonePlus]![plus]!).toBeGreaterThan(xs[L.phonePlus]![plus + 1]!); // "972-3-555-1234+"
    const three = L.prefixed.indexOf(' 3 ') + 1;
    expect(xs[L.prefixed]![three]!).toBeGreaterThan(xs[L.prefixed]![L.prefixed.indexOf('Madrid')]!); // "Real Madrid 3" read as one phrase
  });
});
