// What the media feature adds to an open article's editor, as one ProseMirror plugin: the
// figure NodeView (picture, caption, credit line), drops of pictures, and a watcher that tells
// the side panel which pictures the article shows. Attached to a running view with
// `attachMedia`, so the editor's own setup needs no change.
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { figureDropProps } from './figureDrop';
import { mediaNodeViews } from './figureView';

export const mediaPluginKey = new PluginKey('ktav-media');

/** The image ids of the article's figures, in document order. */
export function figuresOf(doc: PMNode): { imageId: string; pos: number }[] {
  const out: { imageId: string; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'figure') out.push({ imageId: String(node.attrs.imageId), pos });
    return !node.isTextblock && node.type.name !== 'figure'; // no need to look inside text
  });
  return out;
}

export function mediaPlugin(onError: (message: string) => void, onFigures: (figures: { imageId: string; pos: number }[]) => void): Plugin {
  return new Plugin({
    key: mediaPluginKey,
    props: { nodeViews: mediaNodeViews, ...figureDropProps(onError) },
    view(view) {
      onFigures(figuresOf(view.state.doc));
      return {
        update(v, prev) {
          if (!v.state.doc.eq(prev.doc)) onFigures(figuresOf(v.state.doc));
        },
      };
    },
  });
}

/** Adds the media plugin to a running editor (once). */
export function attachMedia(view: EditorView, onError: (message: string) => void, onFigures: (figures: { imageId: string; pos: number }[]) => void): void {
  if (mediaPluginKey.get(view.state)) return;
  view.updateState(view.state.reconfigure({ plugins: [...view.state.plugins, mediaPlugin(onError, onFigures)] }));
}
