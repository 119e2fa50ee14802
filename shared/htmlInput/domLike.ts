// The part of the DOM that the clean-up of incoming HTML uses. `shared/` is compiled without the
// DOM library, yet the clean-up must run on two different DOMs: the browser's (paste) and the
// one main builds from parse5 and linkedom (file import). Both have every member listed here, so
// one clean-up serves both paths. Each path casts its document's body to `DomElement` once, where
// it calls the clean-up: the browser's own types cannot be matched structurally (its methods take
// its full `Node`), and linkedom's declarations are incomplete.

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  textContent: string | null;
  readonly parentElement: DomElement | null;
  readonly nextSibling: DomNode | null;
  remove(): void;
  replaceWith(...nodes: DomNode[]): void;
  before(...nodes: DomNode[]): void;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly ownerDocument: { createElement(tag: string): DomElement };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  append(...nodes: DomNode[]): void;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** An element's tag in lower case (linkedom reports created elements in upper case, browsers too). */
export function tagOf(node: DomNode): string {
  return node.nodeName.toLowerCase();
}

/** Replaces an element by its children. */
export function unwrap(el: DomElement): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** An element of tag `tag` with `el`'s children (and its `dir`), in `el`'s place. */
export function rename(el: DomElement, tag: string): DomElement {
  const next = el.ownerDocument.createElement(tag);
  for (const name of ['dir', 'style', 'lang']) {
    const value = el.getAttribute(name);
    if (value !== null) next.setAttribute(name, value);
  }
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}
