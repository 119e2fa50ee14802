// Which pictures an article shows: the image ids of its figures, read from the stored JSON
// without building a ProseMirror document (so the library can scan many articles cheaply).
import type { DocJSON } from '../editor/document.js';

export function figureImageIds(doc: DocJSON): string[] {
  const ids = new Set<string>();
  const walk = (node: DocJSON) => {
    if (node.type === 'figure' && typeof node.attrs?.imageId === 'string' && node.attrs.imageId) ids.add(node.attrs.imageId);
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...ids];
}
