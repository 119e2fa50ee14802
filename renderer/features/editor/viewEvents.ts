// How the editor's React parts (toolbar, findings, find bar, counts) learn that the editor state
// changed without React ever holding the document: the view fires a DOM event on its root after
// each update, and each part recomputes only the little it shows (and re-renders only if that
// changed).
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'react';
import { whenIdle } from '../../platform/idle';

const VIEW_UPDATE_EVENT = 'ktav-view-update';

export function viewEventsPlugin(): Plugin {
  return new Plugin({
    view: () => ({
      update(view, prev) {
        if (view.state !== prev) view.dom.dispatchEvent(new CustomEvent(VIEW_UPDATE_EVENT));
      },
    }),
  });
}

/**
 * A value derived from the editor state, recomputed after each update. Return a primitive (or a
 * stable key) so React skips the re-render when it did not change.
 */
export function useViewValue<T>(view: EditorView | null, derive: (view: EditorView) => T, initial: T): T {
  const [value, setValue] = useState<T>(() => (view ? derive(view) : initial));
  useEffect(() => {
    if (!view) return;
    const update = () => setValue(derive(view));
    update();
    view.dom.addEventListener(VIEW_UPDATE_EVENT, update);
    return () => view.dom.removeEventListener(VIEW_UPDATE_EVENT, update);
    // `derive` is expected to be stable (a module-level function or a memoised one).
  }, [view]);
  return value;
}

/**
 * Like `useViewValue`, for values that cost time proportional to the document (counts over the
 * whole article): recomputed only once the document has been still for `delayMs`, and then in
 * the window's idle time, so a keystroke that comes just then does not wait for the count.
 */
export function useIdleViewValue<T>(view: EditorView | null, derive: (view: EditorView) => T, initial: T, delayMs = 400): T {
  const [value, setValue] = useState<T>(() => (view ? derive(view) : initial));
  useEffect(() => {
    if (!view) return;
    let doc = view.state.doc;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = () => undefined as void;
    setValue(derive(view));
    const update = () => {
      if (view.state.doc === doc) return;
      doc = view.state.doc;
      clearTimeout(timer);
      cancelIdle();
      timer = setTimeout(() => {
        cancelIdle = whenIdle(() => {
          if (!view.isDestroyed) setValue(derive(view));
        }, delayMs);
      }, delayMs);
    };
    view.dom.addEventListener(VIEW_UPDATE_EVENT, update);
    return () => {
      clearTimeout(timer);
      cancelIdle();
      view.dom.removeEventListener(VIEW_UPDATE_EVENT, update);
    };
  }, [view, delayMs]);
  return value;
}
