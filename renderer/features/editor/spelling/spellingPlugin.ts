// Spell checking in the editor, drawn as Word draws it: a wavy red line under each misspelled
// word of the headline, the lead, the body, captions and pull quotes (the byline, a name, and
// notes for the desk are not checked), and Ktav's own menu over it (SpellingMenu.tsx).
//
// It must not cost a keystroke:
// - The underlines are inline decorations, kept per textblock as the typography findings are:
//   while a person types, the paragraph being typed in keeps its underlines as they were (mapped
//   through the typing), so its text is never redrawn between two keys; the rest of the set is
//   mapped. (CSS Custom Highlights were measured first: no element in the text, but Chromium
//   re-places every range of the registry at each frame that changes the DOM, which cost more
//   than the whole keystroke budget allows with the underlines of three screens; see README.)
// - Nothing is checked while a person types: at the typing pause (typingPause.ts) only
//   paragraphs whose node changed are cut into words again (the words are cached per node), and
//   only words never answered go to main, in one batch (`spell.check`); every verdict is kept
//   here too, per word. An answer redraws only the paragraphs whose underlines it changes, never
//   the one being typed in.
// - The word the caret is in when typing pauses waits until it is finished (the caret leaves it).
//
// A pull quote's attribution is drawn by CSS from its attribute; when it has a misspelled word it
// is drawn instead by a widget whose words are spans (their text in CSS too, so the quote's text
// stays the quote's alone), with the misspelled ones underlined the same way.
import { Plugin, PluginKey, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { keydownHandler } from 'prosemirror-keymap';
import { isHistoryTransaction } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import type { KtavApi } from '../../../../shared/api/client';
import type { SpellLanguage } from '../../../../shared/spelling/words';
import { whenIdle } from '../../../platform/idle';
import { pauseKey } from '../typingPause';
import { indexed } from '../indexedDecorations';
import {
  FIX_META,
  attributionWordsOf,
  forEachChecked,
  lookupId,
  misspelledWords,
  misspellingAt,
  nextMisspelling,
  wordsOf,
  type BlockMisspelling,
  type Lookup,
  type SpellingTarget,
} from './spellingModel';

/** The class of a misspelled word's underline. */
export const MISSPELLED_CLASS = 'ktav-misspelled';
/** The DOM event by which the editor asks the menu (SpellingMenu.tsx) to open. */
export const SPELLING_MENU_EVENT = 'ktav-spelling-menu';
/** Lookups sent in one `spell.check`. */
const BATCH = 2000;
/** The longest a pass cuts words for in one go (opening a long article). */
const ASK_SLICE_MS = 8;

export interface SpellingMenuRequest {
  /** The word, or null: Alt+F7 found no misspelled word in the article. */
  target: SpellingTarget | null;
  /** Where to put the menu, in window coordinates. */
  x: number;
  y: number;
}

/** Where the verdicts come from: main's dictionaries, through `spell.check`. */
export interface SpellSource {
  /** The indices of the misspelled lookups. */
  check(lookups: Lookup[]): Promise<number[]>;
}

const windowSource: SpellSource = {
  async check(lookups) {
    const api = (window as unknown as { ktav?: KtavApi }).ktav;
    if (!api) return [];
    const outcome = await api.spell.check({ lookups });
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value;
  },
};

interface SpellingState {
  /** Words not underlined in this article (the article's `spellingIgnored`). */
  ignored: ReadonlySet<string>;
  /** The misspelled words of the text, underlined. */
  words: DecorationSet;
  /** Pull quotes whose attribution has a misspelled word, drawn by a widget. */
  attributions: DecorationSet;
  /** Whether the document's last change was typing (not an undo, a paste, a sync or a fix from the menu). */
  typed: boolean;
}

interface SpellingMeta {
  ignored?: readonly string[];
  words?: DecorationSet;
  attributions?: DecorationSet;
}

export const spellingKey = new PluginKey<SpellingState>('ktav-spelling');

/** The words ignored in this article, now. */
export function ignoredWords(state: EditorState): ReadonlySet<string> {
  return spellingKey.getState(state)?.ignored ?? new Set();
}

/** A transaction that sets the words ignored in the article (not a step of history). */
export function setIgnored(state: EditorState, words: readonly string[]) {
  return state.tr.setMeta(spellingKey, { ignored: words } satisfies SpellingMeta).setMeta('addToHistory', false);
}

const checkers = new WeakMap<EditorView, SpellChecker>();

/** The checker of a view: its verdicts, for the menu and the palette. */
export function checkerOf(view: EditorView): SpellChecker | undefined {
  return checkers.get(view);
}

/** What a word's decoration holds: strings only, so ProseMirror keeps the drawn span from one update to the next. */
interface WordSpec {
  spelling: true;
  key: string;
  lang: SpellLanguage;
}

const sameWords = (old: readonly Decoration[], start: number, mis: readonly BlockMisspelling[]) =>
  old.length === mis.length && old.every((d, i) => d.from === start + mis[i]!.from && d.to === start + mis[i]!.to);

const sigOf = (mis: readonly BlockMisspelling[]) => mis.map((m) => `${m.from}-${m.to}`).join(',');

export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();
  private readonly queue = new Map<string, Lookup>();
  private sending = false;
  /** Nodes whose lookups were asked for (a node never changes: a changed paragraph is a new node). */
  private requested = new WeakSet<PMNode>();
  /** The document every block of which was asked for. */
  private requestedDoc: PMNode | null = null;
  /** Bumped whenever a verdict or the ignored words change: a block drawn at this version is up to date. */
  private version = 0;
  private ignoredSeen: ReadonlySet<string> | null = null;
  /** The version each textblock node was last drawn at (a block drawn with a waiting word is not recorded). */
  private drawnAt = new WeakMap<PMNode, number>();
  /** The word the caret was in when typing paused: not underlined until the caret leaves it. */
  private pending: { block: PMNode; from: number; to: number } | null = null;
  private attributionSig = '';
  private cancel: (() => void) | null = null;
  /** Set while the menu is open: a second context menu event does not open another. */
  menuOpen = false;

  constructor(
    private view: EditorView,
    private readonly source: SpellSource,
  ) {
    checkers.set(view, this);
    this.schedule();
  }

  update(view: EditorView, prev: EditorState): void {
    this.view = view;
    const { state } = view;
    const pause = pauseKey.getState(state);
    if (pause && pause.released.length && spellingKey.getState(state)?.typed) this.notePending(state, pause.released);
    // Typing: nothing until the pause. A move of the caret alone matters only to a waiting word.
    if (pause?.held != null) return;
    if (state.doc === prev.doc && !state.selection.eq(prev.selection) && !this.pending) return;
    this.schedule();
  }

  destroy(): void {
    this.cancel?.();
    checkers.delete(this.view);
  }

  /** The verdicts known so far (a word not yet answered counts as correct). */
  get known(): { get(id: string): boolean | undefined } {
    return this.verdicts;
  }

  /** The misspelled word at a position, if any. */
  at(pos: number): SpellingTarget | null {
    return misspellingAt(this.view.state, pos, this.verdicts, ignoredWords(this.view.state));
  }

  /** The next misspelled word after the selection. */
  next(): SpellingTarget | null {
    const { state } = this.view;
    return nextMisspelling(state, state.selection.to, this.verdicts, ignoredWords(state));
  }

  /**
   * A word was added to the newsroom's dictionary: the words found misspelled are asked again
   * (an added word makes no correct word wrong). They stay underlined until answered.
   */
  forget(): void {
    for (const [id, ok] of this.verdicts) if (!ok) this.queue.set(id, { lang: id.slice(0, 2) as SpellLanguage, key: id.slice(3) });
    void this.send();
  }

  /** Runs the check and the drawing when the window is next idle (once, however often asked). */
  readonly schedule = (): void => {
    if (this.cancel) return;
    this.cancel = whenIdle(() => {
      this.cancel = null;
      if (!this.view.isDestroyed) this.reconcile();
    }, 300);
  };

  /** Typing paused with the caret in a word: that word waits until it is finished. */
  private notePending(state: EditorState, released: readonly number[]): void {
    const { selection } = state;
    const $head = selection.$head;
    if (!selection.empty || !$head.parent.isTextblock || $head.depth === 0 || !released.includes($head.before())) return;
    const offset = $head.parentOffset;
    const word = wordsOf($head.parent).find((w) => w.from <= offset && offset <= w.to);
    this.pending = word ? { block: $head.parent, from: word.from, to: word.to } : null;
  }

  private reconcile(): void {
    const { view } = this;
    const { state } = view;
    const held = pauseKey.getState(state)?.held ?? null;
    const ignored = ignoredWords(state);
    this.ask(state.doc, held);

    const p = this.pending;
    if (p) {
      const { selection } = state;
      const $head = selection.$head;
      if (!view.hasFocus() || !selection.empty || $head.parent !== p.block || $head.parentOffset < p.from || $head.parentOffset > p.to) this.pending = null;
    }

    if (ignored !== this.ignoredSeen) {
      this.ignoredSeen = ignored;
      this.version++;
    }
    // Each block whose node or verdicts changed since it was drawn: its underlines afresh.
    const set = spellingKey.getState(state)?.words ?? DecorationSet.empty;
    const removed: Decoration[] = [];
    const added: Decoration[] = [];
    const waiting = this.pending;
    forEachChecked(state.doc, (node, pos) => {
      if (pos === held) return; // being typed in: its underlines follow the text until the pause
      const isWaiting = waiting !== null && waiting.block === node;
      if (!isWaiting && this.drawnAt.get(node) === this.version) return;
      let mis = misspelledWords(wordsOf(node), this.verdicts, ignored);
      if (isWaiting) mis = mis.filter((m) => m.to < waiting.from || m.from > waiting.to);
      else this.drawnAt.set(node, this.version);
      const start = pos + 1;
      const old = set.find(start, start + node.content.size, (spec: Partial<WordSpec>) => spec.spelling === true);
      if (sameWords(old, start, mis)) return;
      removed.push(...old);
      for (const m of mis) {
        added.push(
          Decoration.inline(start + m.from, start + m.to, { class: MISSPELLED_CLASS }, {
            spelling: true,
            key: m.key,
            lang: m.lang,
            inclusiveStart: false,
            inclusiveEnd: true,
          } satisfies WordSpec & Record<string, unknown>),
        );
      }
    });
    if (removed.length || added.length) {
      if (view.composing) {
        // An input method is composing a word: nothing is redrawn under it; again in a moment.
        this.version++;
        setTimeout(this.schedule, 200);
        return;
      }
      const words = set.remove(removed).add(state.doc, added);
      view.dispatch(state.tr.setMeta(spellingKey, { words } satisfies SpellingMeta).setMeta('addToHistory', false));
    }

    if (held === null) this.drawAttributions(state, ignored);
  }

  /**
   * Asks main about every word of the document not yet answered (only new nodes are cut into
   * words). Opening a long article, the cutting is spread over idle moments, a few milliseconds each.
   */
  private ask(doc: PMNode, held: number | null): void {
    if (doc === this.requestedDoc) return;
    let skipped = false;
    const until = performance.now() + ASK_SLICE_MS;
    const need = (words: ReturnType<typeof wordsOf>) => {
      for (const w of words) {
        if (w.whole) this.need(w.whole, 'he');
        for (const part of w.parts) for (const key of part.keys) this.need(key, part.lang);
      }
    };
    forEachChecked(
      doc,
      (node, pos) => {
        if (pos === held) {
          skipped = true;
          return;
        }
        if (this.requested.has(node)) return;
        if (performance.now() > until) {
          skipped = true;
          return;
        }
        this.requested.add(node);
        need(wordsOf(node));
      },
      (quote) => need(attributionWordsOf(quote)),
    );
    this.requestedDoc = skipped ? null : doc;
    void this.send();
    // The rest in the next idle moment (not while a paragraph is being typed: the pause comes back here).
    if (skipped && held === null) this.schedule();
  }

  private need(key: string, lang: SpellLanguage): void {
    const id = lookupId(key, lang);
    if (!this.verdicts.has(id) && !this.queue.has(id)) this.queue.set(id, { key, lang });
  }

  /** Sends the words waiting for a verdict, a batch at a time; draws again once answered. */
  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.size && !this.view.isDestroyed) {
        const batch = [...this.queue.entries()].slice(0, BATCH);
        for (const [id] of batch) this.queue.delete(id);
        const lookups = batch.map(([, l]) => l);
        let bad: Set<number>;
        try {
          bad = new Set(await this.source.check(lookups));
        } catch {
          bad = new Set(); // main could not answer: nothing is underlined rather than everything
        }
        let changed = false;
        batch.forEach(([id], i) => {
          const ok = !bad.has(i);
          // A word not answered before was drawn as correct: only a wrong one changes the drawing.
          if (this.verdicts.get(id) !== ok && (this.verdicts.has(id) || !ok)) changed = true;
          this.verdicts.set(id, ok);
        });
        if (changed) {
          this.version++;
          this.schedule();
        }
      }
    } finally {
      this.sending = false;
    }
  }

  /** Pull quotes whose attribution has a misspelled word get the widget that draws it; redrawn only when that changes. */
  private drawAttributions(state: EditorState, ignored: ReadonlySet<string>): void {
    const decos: Decoration[] = [];
    let sig = '';
    forEachChecked(
      state.doc,
      () => undefined,
      (quote, pos) => {
        const text = String(quote.attrs.attribution ?? '');
        const mis = misspelledWords(attributionWordsOf(quote), this.verdicts, ignored);
        if (!mis.length) return;
        const key = `${text}\u0000${sigOf(mis)}`;
        sig += `${pos}:${key};`;
        decos.push(Decoration.node(pos, pos + quote.nodeSize, { class: 'ktav-attribution-spelled' }));
        decos.push(Decoration.widget(pos + quote.nodeSize - 1, attributionWidget(text, mis), { side: 1, key, ignoreSelection: true, marks: [] }));
      },
    );
    if (sig === this.attributionSig) return;
    this.attributionSig = sig;
    this.view.dispatch(state.tr.setMeta(spellingKey, { attributions: DecorationSet.create(state.doc, decos) } satisfies SpellingMeta).setMeta('addToHistory', false));
  }
}

/** The attribution as the stylesheet would draw it (— ⁨name⁩), each piece's text in CSS, the misspelled words marked. */
function attributionWidget(text: string, mis: readonly BlockMisspelling[]) {
  return () => {
    const box = document.createElement('span');
    box.className = 'ktav-attribution-shown';
    box.contentEditable = 'false';
    const piece = (t: string, m?: BlockMisspelling) => {
      if (!t) return;
      const span = document.createElement('span');
      span.dataset.text = t;
      if (m) {
        span.className = 'ktav-misspelled';
        Object.assign(span.dataset, { from: String(m.from), to: String(m.to), key: m.key, lang: m.lang });
      }
      box.append(span);
    };
    piece('— \u2068');
    let at = 0;
    for (const m of mis) {
      piece(text.slice(at, m.from));
      piece(text.slice(m.from, m.to), m);
      at = m.to;
    }
    piece(`${text.slice(at)}\u2069`);
    return box;
  };
}

/** The attribution word a right-click landed on. */
function attributionTarget(view: EditorView, span: HTMLElement): SpellingTarget | null {
  const quoteEl = span.closest('.ktav-pull-quote');
  let quote: number | null = null;
  view.state.doc.descendants((node, pos) => {
    if (quote !== null) return false;
    if (node.type.name === 'pull_quote' && view.nodeDOM(pos) === quoteEl) quote = pos;
    return !node.isTextblock;
  });
  const { from, to, key, lang } = span.dataset;
  if (quote === null || from === undefined || to === undefined || !key || (lang !== 'he' && lang !== 'en')) return null;
  const text = String(view.state.doc.nodeAt(quote)!.attrs.attribution ?? '');
  return { kind: 'attribution', quote, from: Number(from), to: Number(to), word: text.slice(Number(from), Number(to)), key, lang };
}

/** Asks the menu to open over `target` (null: say there is no misspelled word). */
export function openSpellingMenu(view: EditorView, target: SpellingTarget | null, x?: number, y?: number): void {
  const checker = checkerOf(view);
  if (checker && target) checker.menuOpen = true;
  let at = { x: x ?? 0, y: y ?? 0 };
  if (x === undefined && target?.kind === 'text') {
    const c = view.coordsAtPos(target.from, 1);
    at = { x: c.left, y: c.bottom };
  } else if (x === undefined) {
    const r = view.dom.getBoundingClientRect();
    at = { x: r.left + r.width / 2, y: r.top + 40 };
  }
  view.dom.dispatchEvent(new CustomEvent<SpellingMenuRequest>(SPELLING_MENU_EVENT, { detail: { target, ...at } }));
}

/** Shift+F10 or the menu key: the menu over the misspelled word at the caret (nothing when the caret is in none). */
export const openMenuAtCaret: Command = (state, _dispatch, view) => {
  const checker = view && checkerOf(view);
  if (!checker || checker.menuOpen) return false;
  const target = checker.at(state.selection.head);
  if (!target) return false;
  openSpellingMenu(view, target);
  return true;
};

/** Alt+F7, as in Word: selects the next misspelled word and opens the menu over it. */
export const nextMisspelledWord: Command = (state, dispatch, view) => {
  const checker = view && checkerOf(view);
  if (!checker || !dispatch) return !!checker;
  const target = checker.next();
  if (target?.kind === 'text') dispatch(state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView());
  openSpellingMenu(view, target);
  return true;
};

/** The spell checking plugin, and the one that draws the attributions' widgets (a view takes one decoration set per plugin). */
export function spellingPlugins(options: { ignored?: readonly string[]; source?: SpellSource } = {}): Plugin[] {
  const attributions = new Plugin({
    props: {
      decorations: (state) => {
        const set = spellingKey.getState(state)?.attributions;
        return set === DecorationSet.empty ? null : set;
      },
    },
  });
  return [spellingPlugin(options), attributions];
}

function spellingPlugin(options: { ignored?: readonly string[]; source?: SpellSource }): Plugin<SpellingState> {
  const keys = keydownHandler({ 'Shift-F10': openMenuAtCaret, ContextMenu: openMenuAtCaret, 'Alt-F7': nextMisspelledWord });
  return new Plugin<SpellingState>({
    key: spellingKey,
    state: {
      init: () => ({ ignored: new Set(options.ignored ?? []), words: DecorationSet.empty, attributions: DecorationSet.empty, typed: false }),
      apply(tr, prev): SpellingState {
        const meta = tr.getMeta(spellingKey) as SpellingMeta | undefined;
        const typed = tr.docChanged ? !meta && !tr.getMeta(FIX_META) && !isHistoryTransaction(tr) && !tr.getMeta('uiEvent') && tr.getMeta('addToHistory') !== false : prev.typed;
        if (!meta && typed === prev.typed && !tr.docChanged) return prev;
        const map = (set: DecorationSet) => (tr.docChanged && set !== DecorationSet.empty ? set.map(tr.mapping, tr.doc) : set);
        return {
          typed,
          ignored: meta?.ignored ? new Set(meta.ignored) : prev.ignored,
          words: meta?.words ?? map(prev.words),
          attributions: meta?.attributions ?? map(prev.attributions),
        };
      },
    },
    view: (view) => new SpellChecker(view, options.source ?? windowSource),
    props: {
      decorations: (state) => indexed(spellingKey.getState(state)?.words),
      handleKeyDown: keys,
      handleDOMEvents: {
        contextmenu(view, event) {
          const checker = checkerOf(view);
          if (!checker) return false;
          if (checker.menuOpen) {
            event.preventDefault();
            return true;
          }
          const span = (event.target as Element | null)?.closest?.('.ktav-attribution-shown .ktav-misspelled');
          let target: SpellingTarget | null;
          let x: number | undefined = event.clientX;
          let y: number | undefined = event.clientY;
          if (span instanceof HTMLElement) target = attributionTarget(view, span);
          else if (event.button === 2) {
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            target = at ? checker.at(at.pos) : null;
          } else {
            // From the keyboard (the menu key): the word at the caret.
            target = checker.at(view.state.selection.head);
            x = y = undefined;
          }
          if (!target) return false;
          event.preventDefault();
          openSpellingMenu(view, target, x, y);
          return true;
        },
      },
    },
  });
}
