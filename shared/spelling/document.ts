// The words of an article to spell-check: the headline, the lead, the body's text (captions and
// pull quotes included) and each pull quote's attribution. The byline (a name) and notes for the
// desk (never published) are not checked. Pure; the lookups are the caller's (a worker).
import type { Node as PMNode } from 'prosemirror-model';
import { BODY_START } from '../editor/document.js';
import { textblockText } from '../hebrew/lint.js';
import { misspellings, spellingWords, type SpellLanguage, type SpellWord } from './words.js';

export interface SpellTextblock {
  /** 'headline', 'subheadline', or the body block's index, as typography findings name it. */
  block: string | number;
  /** The document position where `text` starts, or null for an attribute (`field` names it). */
  start: number | null;
  field: 'text' | 'attribution';
  text: string;
  words: SpellWord[];
}

export interface DocMisspelling {
  block: string | number;
  field: 'text' | 'attribution';
  /** Document positions of the word, `to` exclusive; null in an attribution. */
  pos: { from: number; to: number } | null;
  /** The word as written. */
  word: string;
  /** The word as looked up (no niqqud, ASCII quotes). */
  key: string;
  lang: SpellLanguage;
  /** The text around it, for a report. */
  excerpt: string;
}

/** Every checked text of the article with its words, in document order. */
export function documentWords(doc: PMNode): SpellTextblock[] {
  const out: SpellTextblock[] = [];
  doc.forEach((top, topOffset, index) => {
    if (index < BODY_START && top.type.name === 'byline') return;
    const block = index < BODY_START ? top.type.name : index - BODY_START;
    const visit = (node: PMNode, pos: number) => {
      if (node.type.name === 'pull_quote') {
        const attribution = String(node.attrs.attribution ?? '');
        if (attribution.trim()) out.push({ block, start: null, field: 'attribution', text: attribution, words: spellingWords(attribution) });
      }
      if (!node.isTextblock) return true;
      const text = textblockText(node);
      out.push({ block, start: pos + 1, field: 'text', text, words: spellingWords(text) });
      return false;
    };
    if (visit(top, topOffset)) top.descendants((node, pos) => visit(node, topOffset + 1 + pos));
  });
  return out;
}

/** The misspellings of the article, given verdicts for its lookups. */
export function documentMisspellings(blocks: readonly SpellTextblock[], correct: (key: string, lang: SpellLanguage) => boolean): DocMisspelling[] {
  const out: DocMisspelling[] = [];
  for (const b of blocks) {
    for (const m of misspellings(b.words, correct)) {
      out.push({
        block: b.block,
        field: b.field,
        pos: b.start === null ? null : { from: b.start + m.from, to: b.start + m.to },
        word: b.text.slice(m.from, m.to),
        key: m.key,
        lang: m.lang,
        excerpt: b.text.slice(Math.max(0, m.from - 20), m.to + 20).replace(/\uFFFC/g, ''),
      });
    }
  }
  return out;
}
