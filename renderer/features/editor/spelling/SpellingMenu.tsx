// Ktav's own menu over a misspelled word (right-click, Shift+F10 or the menu key on the word,
// Alt+F7 for the next one): the dictionary's first suggestions, "add to the newsroom's
// dictionary" and "ignore in this article". A menu as ARIA has it: role=menu with menuitems,
// ↑/↓ (Home/End) move, Enter or Space chooses, Escape or Tab closes, focus goes back to the text.
// Suggestions are asked for when the menu opens (they can take half a second; a newer request
// supersedes one still waiting, and closing the menu cancels it).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { ktav, shown } from '../../../platform/api';
import type { Autosave } from '../autosave';
import { checkerOf, ignoredWords, setIgnored, SPELLING_MENU_EVENT, type SpellingMenuRequest } from './spellingPlugin';
import { replaceMisspelling, stillThere, type SpellingTarget } from './spellingModel';
import './spelling.css';

/** Suggestions asked per word. */
const SUGGESTIONS = 5;

interface HostProps {
  view: EditorView;
  articleId: string;
  autosave: () => Autosave | null;
  onError: (message: string) => void;
}

/** Listens for the editor's request to open the menu and shows it. */
export function SpellingMenuHost({ view, articleId, autosave, onError }: HostProps) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<SpellingMenuRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const open = (e: Event) => {
      const detail = (e as CustomEvent<SpellingMenuRequest>).detail;
      if (detail.target) setRequest(detail);
      else setNotice(t('spelling.noMisspelling'));
    };
    view.dom.addEventListener(SPELLING_MENU_EVENT, open);
    return () => view.dom.removeEventListener(SPELLING_MENU_EVENT, open);
  }, [view, t]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const close = useCallback(
    (refocus: boolean) => {
      const checker = checkerOf(view);
      if (checker) checker.menuOpen = false;
      setRequest(null);
      if (refocus && !view.isDestroyed) view.focus();
    },
    [view],
  );

  const ignore = useCallback(
    async (target: SpellingTarget) => {
      // At once in the editor; then in the article's metadata, so it travels with the article.
      const words = [...new Set([...ignoredWords(view.state), target.key])];
      view.dispatch(setIgnored(view.state, words));
      const saver = autosave();
      if (!saver) return;
      try {
        await saver.exclusive(async (baseRevision) => {
          const outcome = await ktav.article.setMeta({ id: articleId, baseRevision, patch: { spellingIgnored: words } });
          if (!outcome.ok) throw new Error(outcome.error.message);
          return outcome.value;
        });
      } catch (error) {
        onError((error as Error).message);
      }
    },
    [view, articleId, autosave, onError],
  );

  const addWord = useCallback(
    async (target: SpellingTarget) => {
      const outcome = await ktav.spell.addWord({ word: target.key });
      if (!outcome.ok) return onError(outcome.error.message);
      checkerOf(view)?.forget();
      setNotice(t('spelling.added', { word: target.word }));
    },
    [view, onError, t],
  );

  return (
    <>
      {request?.target && (
        <SpellingMenu
          key={`${request.target.kind}:${request.target.from}:${request.target.word}`}
          view={view}
          request={request}
          target={request.target}
          onClose={close}
          onIgnore={ignore}
          onAdd={addWord}
        />
      )}
      <p className="spelling-notice" role="status">
        {notice}
      </p>
    </>
  );
}

interface MenuProps {
  view: EditorView;
  request: SpellingMenuRequest;
  target: SpellingTarget;
  onClose: (refocus: boolean) => void;
  onIgnore: (target: SpellingTarget) => Promise<void>;
  onAdd: (target: SpellingTarget) => Promise<void>;
}

type Item = { id: string; label: string; run?: () => void; lang?: string };

function SpellingMenu({ view, request, target, onClose, onIgnore, onAdd }: MenuProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [focused, setFocused] = useState(0);
  const [place, setPlace] = useState({ x: request.x, y: request.y });

  useEffect(() => {
    let live = true;
    let answered = false;
    void ktav.spell.suggest({ key: target.key, lang: target.lang, limit: SUGGESTIONS }).then((outcome) => {
      answered = true;
      if (!live) return;
      const found = outcome.ok ? (outcome.value ?? []) : [];
      setSuggestions(found);
      // An item below the placeholder keeps the focus as the suggestions come in above it.
      setFocused((f) => (f === 0 ? 0 : f + Math.max(1, found.length) - 1));
    });
    return () => {
      live = false;
      if (!answered) void ktav.spell.cancelSuggest({}).then(shown);
    };
  }, [target]);

  const act = (work: () => void | Promise<void>) => () => {
    onClose(true);
    void work();
  };
  const items: Item[] = [
    ...(suggestions === null
      ? [{ id: 'loading', label: t('spelling.loading') }]
      : suggestions.length === 0
        ? [{ id: 'none', label: t('spelling.none') }]
        : suggestions.map((s) => ({
            id: `s:${s}`,
            label: s,
            lang: target.lang,
            run: act(() => {
              if (stillThere(view.state, target)) replaceMisspelling(target, s)(view.state, view.dispatch);
            }),
          }))),
    { id: 'add', label: t('spelling.addWord'), run: act(() => onAdd(target)) },
    { id: 'ignore', label: t('spelling.ignore'), run: act(() => onIgnore(target)) },
  ];
  const count = items.length;

  // Focus follows the chosen item; the first item is the first suggestion once they arrive.
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[Math.min(focused, count - 1)]?.focus();
  }, [focused, count, suggestions]);

  // Inside the window, below the word (above it when there is no room).
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const rtl = getComputedStyle(el).direction === 'rtl';
    let x = rtl ? request.x - width : request.x;
    let y = request.y + 4;
    if (y + height > window.innerHeight - 4) y = Math.max(4, request.y - height - 28);
    x = Math.min(Math.max(4, x), window.innerWidth - width - 4);
    if (x !== place.x || y !== place.y) setPlace({ x, y });
  }, [request, count]);

  // A click elsewhere closes it.
  useEffect(() => {
    const outside = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('mousedown', outside, true);
    return () => document.removeEventListener('mousedown', outside, true);
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      setFocused((to + count) % count);
    };
    if (e.key === 'ArrowDown') move(focused + 1);
    else if (e.key === 'ArrowUp') move(focused - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(count - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      items[focused]?.run?.();
    }
  };

  return (
    <div
      ref={box}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: target.word })}
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item, i) => (
        <div
          key={item.id}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.run ? undefined : true}
          className={`spelling-item${item.id.startsWith('s:') ? ' spelling-suggestion' : ''}${item.id === 'add' ? ' spelling-first-action' : ''}`}
          lang={item.lang}
          dir={item.lang ? 'auto' : undefined}
          onMouseEnter={() => setFocused(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => item.run?.()}
        >
          {item.label}
        </div>
      ))}
    </div>
  );
}
