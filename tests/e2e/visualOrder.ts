// Visual order read from the screen: where Chromium drew each character of a paragraph, so a
// test says what a reader sees rather than what the markup holds. Used by the export page and
// the editor's direction tests.
import { expect, type Page } from '@playwright/test';

/** The x of the centre of every character of the paragraph whose text is `line`, in logical order. */
export async function charCentres(page: Page, line: string): Promise<number[]> {
  return page.evaluate((text) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text);
    if (!p) throw new Error(`no paragraph ${text}`);
    const xs: number[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        const box = r.getBoundingClientRect();
        xs.push(box.left + box.width / 2);
      }
    }
    return xs;
  }, line);
}

/** `phrase` reads left to right, sits left of the character before it and right of the one after. */
export function expectLtrPhrase(line: string, xs: number[], phrase: string, neighbours: { before?: string; after?: string } = {}) {
  const from = line.indexOf(phrase);
  expect(from, phrase).toBeGreaterThanOrEqual(0);
  const idx = [...Array(phrase.length).keys()].map((i) => from + i).filter((i) => line[i] !== ' ');
  for (let k = 1; k < idx.length; k++) expect(xs[idx[k]!]!, `${phrase}: "${line[idx[k]!]}" after "${line[idx[k - 1]!]}"`).toBeGreaterThan(xs[idx[k - 1]!]!);
  const xsPhrase = idx.map((i) => xs[i]!);
  if (neighbours.before) expect(xs[line.indexOf(neighbours.before) + neighbours.before.length - 1]!).toBeGreaterThan(Math.max(...xsPhrase));
  if (neighbours.after) expect(xs[line.indexOf(neighbours.after, from + phrase.length)]!).toBeLessThan(Math.min(...xsPhrase));
}

/**
 * The number `count` (a word of its own after `name`) is drawn between the Latin phrase `name`
 * and the Hebrew `noun` it counts: left of every letter of the phrase, right of the noun's end.
 */
export function expectCountOutside(line: string, xs: number[], name: string, count: string, noun: string) {
  const at = line.indexOf(name);
  const n = xs[line.indexOf(` ${count} `, at) + 1]!;
  const letters = [...name].flatMap((c, i) => (c === ' ' ? [] : [xs[at + i]!]));
  expect(n, `${count} left of ${name}`).toBeLessThan(Math.min(...letters));
  expect(n, `${count} right of ${noun}`).toBeGreaterThan(xs[line.indexOf(noun, at) + noun.length - 1]!);
}
