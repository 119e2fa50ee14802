// What the editor's spell checking knows, without the DOM: the words of each textblock (cut by
// shared/spelling/words.ts, cached per node, so only a changed paragraph is cut again), the
// verdicts the dictionaries gave (cached per word), and from them the misspelled words of a block,
// the one at a position, the next one after the caret, and the commands that replace one in a
// single undo step.
import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { textblockText } from '../../../../shared/hebrew/lint';
import { lookupsOf, misspellings, spellingWords, type SpellLanguage, type SpellWord } from '../../../../shared/spelling/words';

export type Lookup = { key: string; lang: SpellLanguage };

/** Set on the transaction of a fix from the menu. */
export const FIX_META = 'ktav-spelling-fix';

export const lookupId = (key: string, lang: SpellLanguage) => `${lang}:${key}`;

const textWords = new WeakMap<PMNode, SpellWord[]>();
const attributionWords = new WeakMap<PMNode, SpellWord[]>();

/** The words of a textblock (its notes for the desk are not words). A node is immutable: cut once. */
export function wordsOf(block: PMNode): SpellWord[] {
  let words = textWords.get(block);
  if (!words) textWords.set(block, (words = spellingWords(textblockText(block))));
  return words;
}

/** The words of a pull quote's attribution. */
export function attributionWordsOf(quote: PMNode): SpellWord[] {
  let words = attributionWords.get(quote);
  if (!words) attributionWords.set(quote, (words = spellingWords(String(quote.attrs.attribution ?? ''))));
  return words;
}

/** The lookups a list of words needs. */
export const lookupsOfWords = (words: readonly SpellWord[]): Lookup[] => lookupsOf(words);

/** The verdicts known so far; a word not yet answered counts as correct (it is drawn once answered). */
export interface Verdicts {
  get(id: string): boolean | undefined;
}

/** A misspelled word of a block: offsets in the block's text (or in the attribution), `to` exclusive. */
export interface BlockMisspelling {
  from: number;
  to: number;
  key: string;
  lang: SpellLanguage;
}

/** The misspelled words among `words`, less those ignored in the article. */
export function misspelledWords(words: readonly SpellWord[], verdicts: Verdicts, ignored: ReadonlySet<string>): BlockMisspelling[] {
  if (words.length === 0) return [];
  return misspellings(words, (key, lang) => verdicts.get(lookupId(key, lang)) ?? true).filter((m) => !ignored.has(m.key));
}

/** Every checked textblock of the document, with its position, and each pull quote that has an attribution. */
export function forEachChecked(doc: PMNode, onText: (node: PMNode, pos: number) => void, onAttribution?: (quote: PMNode, pos: number) => void): void {
  doc.descendants((node, pos) => {
    if (node.type.name === 'pull_quote' && onAttribution && String(node.attrs.attribution ?? '').trim()) onAttribution(node, pos);
    if (node.isTextblock) {
      if (node.type.name !== 'byline') onText(node, pos);
      return false;
    }
    return true;
  });
}

/** A misspelled word the menu acts on: in a textblock (document positions) or in a pull quote's attribution (offsets in it). */
export type SpellingTarget =
  | { kind: 'text'; from: number; to: number; word: string; key: string; lang: SpellLanguage }
  | { kind: 'attribution'; quote: number; from: number; to: number; word: string; key: string; lang: SpellLanguage };

/** The misspelled word at a document position (touching it counts), if any. */
export function misspellingAt(state: EditorState, pos: number, verdicts: Verdicts, ignored: ReadonlySet<string>): SpellingTarget | null {
  const $pos = state.doc.resolve(pos);
  const block = $pos.parent;
  if (!block.isTextblock || block.type.name === 'byline') return null;
  const start = $pos.start();
  const offset = pos - start;
  const hit = misspelledWords(wordsOf(block), verdicts, ignored).find((m) => m.from <= offset && offset <= m.to);
  return hit ? textTarget(state.doc, start, hit) : null;
}

function textTarget(doc: PMNode, start: number, m: BlockMisspelling): SpellingTarget {
  return { kind: 'text', from: start + m.from, to: start + m.to, word: doc.textBetween(start + m.from, start + m.to), key: m.key, lang: m.lang };
}

/** The first misspelled word after `pos` (from the start again past the end), or null when there is none. */
export function nextMisspelling(state: EditorState, pos: number, verdicts: Verdicts, ignored: ReadonlySet<string>): SpellingTarget | null {
  let first: SpellingTarget | null = null;
  let next: SpellingTarget | null = null;
  forEachChecked(state.doc, (node, at) => {
    if (next) return;
    for (const m of misspelledWords(wordsOf(node), verdicts, ignored)) {
      const t = textTarget(state.doc, at + 1, m);
      first ??= t;
      if (t.from > pos) {
        next = t;
        return;
      }
    }
  });
  return next ?? first;
}

/** Whether the target still says what it said when the menu opened (a sync or an undo may have changed it). */
export function stillThere(state: EditorState, t: SpellingTarget): boolean {
  if (t.kind === 'text') return t.to <= state.doc.content.size && state.doc.textBetween(t.from, t.to) === t.word;
  const quote = state.doc.nodeAt(t.quote);
  return quote?.type.name === 'pull_quote' && String(quote.attrs.attribution ?? '').slice(t.from, t.to) === t.word;
}

/**
 * Replaces the word with a suggestion in one step of history of its own: closed before (typing
 * just before it is not undone with it) and after (typing just after it is not either).
 */
export function replaceMisspelling(t: SpellingTarget, replacement: string): Command {
  return (state, dispatch) => {
    if (!stillThere(state, t)) return false;
    if (dispatch) {
      // Marked as the spell checker's, so the word is not taken for one being typed.
      const tr = closeHistory(state.tr).setMeta(FIX_META, true);
      if (t.kind === 'text') tr.insertText(replacement, t.from, t.to);
      else {
        const quote = state.doc.nodeAt(t.quote)!;
        const text = String(quote.attrs.attribution ?? '');
        tr.setNodeMarkup(t.quote, undefined, { ...quote.attrs, attribution: text.slice(0, t.from) + replacement + text.slice(t.to) });
      }
      dispatch(tr.setTime(0).scrollIntoView());
    }
    return true;
  };
}
