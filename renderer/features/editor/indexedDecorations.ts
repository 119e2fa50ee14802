// DecorationSets with a constant-time `forChild`. On every update ProseMirror asks each plugin's
// decorations for the part that belongs to each top-level block, and DecorationSet answers by
// scanning its list of children from the start: with decorations in most of a 1,500-paragraph
// article that is about a million steps per keystroke and per plugin. `indexed(set)` gives the
// same set (it is still a DecorationSet: the view accepts nothing else) whose children are looked
// up in a map built once per set.
// It reads DecorationSet's `children` and `local` fields, which prosemirror-view does not
// document; their layout (start, end, set triples) has been stable since 1.0 and is checked here,
// falling back to the plain lookup when it does not match.
import type { Node as PMNode } from 'prosemirror-model';
import { DecorationSet, type Decoration } from 'prosemirror-view';

interface SetInternals {
  children: (number | DecorationSet)[];
  local: Decoration[];
  forChild(offset: number, child: PMNode): unknown;
  index?: Map<number, DecorationSet> | null;
}

function buildIndex(set: SetInternals): Map<number, DecorationSet> | null {
  const { children, local } = set;
  if (!Array.isArray(children) || !Array.isArray(local) || local.length > 0) return null;
  const index = new Map<number, DecorationSet>();
  for (let i = 0; i + 2 < children.length; i += 3) {
    const start = children[i];
    const child = children[i + 2];
    if (typeof start !== 'number' || !(child instanceof DecorationSet)) return null;
    index.set(start, child);
  }
  return index;
}

const plainForChild = DecorationSet.prototype.forChild;

const indexedPrototype = Object.create(DecorationSet.prototype, {
  forChild: {
    value(this: SetInternals, offset: number, child: PMNode): DecorationSet {
      if (this.index === undefined) this.index = buildIndex(this);
      if (!this.index || child.isLeaf) return plainForChild.call(this as unknown as DecorationSet, offset, child) as DecorationSet;
      return this.index.get(offset) ?? DecorationSet.empty;
    },
  },
}) as object;

const wrappers = new WeakMap<DecorationSet, DecorationSet>();

/** The set, answering `forChild` from an index. The same wrapper for the same set, so `eq` stays cheap. */
export function indexed(set: DecorationSet | null | undefined): DecorationSet | null {
  if (!set || set === DecorationSet.empty) return null;
  let wrapper = wrappers.get(set);
  if (!wrapper) {
    const internals = set as unknown as SetInternals;
    const w = Object.create(indexedPrototype) as SetInternals;
    w.local = internals.local;
    w.children = internals.children;
    wrapper = w as unknown as DecorationSet;
    wrappers.set(set, wrapper);
  }
  return wrapper;
}
