// What the media feature adds to an open article's editor, as one ProseMirror plugin: the
// figure NodeView (picture, caption, credit line), drops of pictures, and a watcher that tells
// the side panel which pictures the article shows. Attached to a running view with
// `attachMedia`, so the editor's own setup needs no change.
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { figuresOf, touchesFigures } from './figureChanges';
import { figureDropProps } from './figureDrop';
import { mediaNodeViews } from './figureView';

export const mediaPluginKey = new PluginKey<number>('ktav-media');

/** `onFigures` gets the image ids of the article's figures, in order, each time they change. */
export function mediaPlugin(onError: (message: string) => void, onFigures: (imageIds: string[]) => void): Plugin<number> {
  return new Plugin<number>({
    key: mediaPluginKey,
    // A count of the transactions that touched figures: the watcher below looks for figures
    // again only when it moves.
    state: {
      init: () => 0,
      apply: (tr, version) => (tr.docChanged && touchesFigures(tr) ? version + 1 : version),
    },
    props: { nodeViews: mediaNodeViews, ...figureDropProps(onError) },
    view(view) {
      const report = (doc: PMNode) => onFigures(figuresOf(doc).map((f) => f.imageId));
      report(view.state.doc);
      return {
        update(v, prev) {
          if (mediaPluginKey.getState(v.state) !== mediaPluginKey.getState(prev)) report(v.state.doc);
        },
      };
    },
  });
}

/** Adds the media plugin to a running editor (once). */
export function attachMedia(view: EditorView, onError: (message: string) => void, onFigures: (imageIds: string[]) => void): void {
  if (mediaPluginKey.get(view.state)) return;
  view.updateState(view.state.reconfigure({ plugins: [...view.state.plugins, mediaPlugin(onError, onFigures)] }));
}
