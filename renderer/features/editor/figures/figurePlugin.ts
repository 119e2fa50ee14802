// What figures add to the article editor, as one ProseMirror plugin in the editor's plugin set:
// the figure NodeView (picture, caption, credit line), drops of pictures, and a count of the
// changes that touched figures, which the pictures tab follows (`useFigureIds`).
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useMemo } from 'react';
import { useViewValue } from '../viewEvents';
import { figuresOf, touchesFigures } from './figureChanges';
import { figureDropProps } from './figureDrop';
import { figureNodeViews } from './figureView';
import './figures.css';

const figurePluginKey = new PluginKey<number>('ktav-figures');

export function figurePlugin(): Plugin<number> {
  return new Plugin<number>({
    key: figurePluginKey,
    // Moves only when a transaction touched figures, so the pictures tab looks for them again
    // then and never on a typed letter.
    state: {
      init: () => 0,
      apply: (tr, version) => (tr.docChanged && touchesFigures(tr) ? version + 1 : version),
    },
    props: { nodeViews: figureNodeViews, ...figureDropProps() },
  });
}

const figureVersion = (view: EditorView) => figurePluginKey.getState(view.state) ?? 0;

/** The image ids of the article's figures, in order; recomputed only when figures changed. */
export function useFigureIds(view: EditorView | null): string[] {
  const version = useViewValue(view, figureVersion, 0);
  return useMemo(() => (view ? figuresOf(view.state.doc).map((f) => f.imageId) : []), [view, version]);
}
