// Length of an article's body as the desk measures it: words, characters and reading time.
// Notes for the desk are not part of the article and are not counted.
import type { Node as PMNode } from 'prosemirror-model';
import { countWords, forEachTextblock } from './document.js';

/** Words a minute for reading news in Hebrew on a screen; a common figure for newsroom estimates. */
export const READING_WORDS_PER_MINUTE = 200;

export interface ArticleStats {
  words: number;
  /** Characters of the body text, spaces included, as a layout desk counts them. */
  characters: number;
  /** Whole minutes, at least one for a body with any words. */
  readingMinutes: number;
}

/** The body text without notes, one textblock a line. */
export function publishedBodyText(doc: PMNode): string {
  const lines: string[] = [];
  for (let i = 3; i < doc.childCount; i++) {
    forEachTextblock(doc.child(i), (node) => {
      let line = '';
      node.forEach((child) => {
        if (child.isText && !child.marks.some((m) => m.type.name === 'note')) line += child.text;
        else if (child.type.name === 'hard_break') line += ' ';
      });
      lines.push(line);
    });
  }
  return lines.join('\n');
}

export function articleStats(doc: PMNode): ArticleStats {
  const text = publishedBodyText(doc);
  const words = countWords(text);
  return {
    words,
    characters: [...text.replace(/\n/g, '')].length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE)),
  };
}
