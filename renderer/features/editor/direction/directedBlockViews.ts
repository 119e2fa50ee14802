// Node views that keep each block's `dir` attribute true while the person types. The schema's
// `toDOM` decides the direction once, when a block is first drawn; ProseMirror then reuses the DOM
// for as long as the node's attributes stay the same, so a paragraph of `dir="auto"` that turns
// from Hebrew to English would keep its first direction. These views recompute it from the
// block's own text on every update of that block only: work proportional to one paragraph.
import { DOMSerializer, type Node as PMNode } from 'prosemirror-model';
import type { NodeView, NodeViewConstructor } from 'prosemirror-view';
import { BASE_DIRECTION } from '../../../../shared/editor/schema';
import { effectiveDirection, type BlockDirection, type Direction } from '../../../../shared/text/direction';

/** The direction a block shows; a list item follows its first paragraph, so its bullet sits on that side. */
export function shownDirection(node: PMNode): Direction {
  if (node.type.name === 'list_item') return node.firstChild ? shownDirection(node.firstChild) : BASE_DIRECTION;
  return effectiveDirection((node.attrs.dir ?? 'auto') as BlockDirection, node.textContent, BASE_DIRECTION);
}

function sameAttrsBesidesDir(a: PMNode, b: PMNode): boolean {
  for (const key of Object.keys(a.attrs)) if (key !== 'dir' && a.attrs[key] !== b.attrs[key]) return false;
  return true;
}

class DirectedBlockView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement | undefined;
  private dir: Direction;

  constructor(private node: PMNode) {
    const spec = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
    this.dom = spec.dom as HTMLElement;
    this.contentDOM = (spec.contentDOM as HTMLElement | undefined) ?? undefined;
    this.dir = shownDirection(node);
    this.dom.setAttribute('dir', this.dir);
    if (node.attrs.dir && node.attrs.dir !== 'auto') this.dom.setAttribute('data-dir-set', 'true');
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type || !sameAttrsBesidesDir(node, this.node)) return false;
    this.node = node;
    const dir = shownDirection(node);
    if (dir !== this.dir) {
      this.dir = dir;
      this.dom.setAttribute('dir', dir);
    }
    if (node.attrs.dir && node.attrs.dir !== 'auto') this.dom.setAttribute('data-dir-set', 'true');
    else this.dom.removeAttribute('data-dir-set');
    return true;
  }
}

const view: NodeViewConstructor = (node) => new DirectedBlockView(node);

/** Node views for every block whose direction can change as it is typed. */
export const directedBlockViews: Record<string, NodeViewConstructor> = {
  headline: view,
  subheadline: view,
  byline: view,
  paragraph: view,
  heading: view,
  pull_quote: view,
  figcaption: view,
  list_item: view,
};
