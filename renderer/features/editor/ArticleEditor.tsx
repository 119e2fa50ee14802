// The ProseMirror view inside React. React renders the frame once; the document is ProseMirror's
// alone, so typing never re-renders a component. Chromium's own spell checker is off (it would
// fetch a dictionary, cannot be given a local one and cuts Hebrew words wrongly): Ktav draws its
// own (spelling/spellingPlugin.ts).
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import type { EditorState, Transaction } from 'prosemirror-state';

export interface ArticleEditorProps {
  state: EditorState;
  label: string;
  /** Called after each transaction that changed the document. */
  onDocChange: (view: EditorView, tr: Transaction) => void;
  onReady?: (view: EditorView) => void;
}

export function ArticleEditor({ state, label, onDocChange, onReady }: ArticleEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onDocChange, onReady });
  callbacks.current = { onDocChange, onReady };

  useEffect(() => {
    if (!host.current) return;
    const view: EditorView = new EditorView(host.current, {
      state,
      attributes: { dir: 'rtl', lang: 'he', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) callbacks.current.onDocChange(view, tr);
      },
    });
    callbacks.current.onReady?.(view);
    view.focus();
    return () => view.destroy();
  }, [state, label]);

  return <div className="editor-frame" ref={host} />;
}
