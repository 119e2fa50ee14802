// Article documents as data: the empty article, validation of stored JSON, and the plain
// fields (headline, lead, byline) read out of a document for lists, search and export.
import { Node as PMNode } from 'prosemirror-model';
import { articleSchema } from './schema.js';

/** ProseMirror's JSON form of a document, as stored in the repository and sent over the API. */
export interface DocJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/**
 * The fixed fields every article opens with, in this order: headline, lead (the subheadline) and
 * byline, as the schema's `doc` content requires. The body's blocks come after them.
 */
export const FIXED_FIELDS = ['headline', 'subheadline', 'byline'] as const;
export type FixedField = (typeof FIXED_FIELDS)[number];

/** Index, among the document's top-level blocks, of the body's first block. */
export const BODY_START = FIXED_FIELDS.length;

export function emptyArticleDoc(): DocJSON {
  return {
    type: 'doc',
    content: [...FIXED_FIELDS.map((type) => ({ type, attrs: { dir: 'auto' } })), { type: 'paragraph', attrs: { dir: 'auto' } }],
  };
}

/**
 * Turns stored JSON into a document, checking it against the schema (unknown nodes, bad
 * nesting, invalid attributes). Throws with ProseMirror's explanation when it does not fit.
 */
export function docFromJSON(json: unknown): PMNode {
  const node = PMNode.fromJSON(articleSchema, json);
  node.check();
  if (node.type !== articleSchema.topNodeType) throw new RangeError(`expected a doc, got ${node.type.name}`);
  return node;
}

export interface ArticleFields {
  headline: string;
  lead: string;
  byline: string;
}

/** The fixed fields of an article (FIXED_FIELDS), as plain text. */
export function articleFields(doc: PMNode): ArticleFields {
  return {
    headline: doc.child(0).textContent.trim(),
    lead: doc.child(1).textContent.trim(),
    byline: doc.child(2).textContent.trim(),
  };
}

/** The body as plain text, one textblock a line, without notes for the desk (they are not published). */
export function bodyText(doc: PMNode): string {
  const lines: string[] = [];
  for (let i = BODY_START; i < doc.childCount; i++) {
    forEachTextblock(doc.child(i), (node) => {
      let line = '';
      node.forEach((child) => {
        if (child.isText && !child.marks.some((m) => m.type.name === 'note')) line += child.text ?? '';
        else if (child.type.name === 'hard_break') line += ' ';
      });
      lines.push(line);
    });
  }
  return lines.join('\n');
}

/** Words in a text: runs of letters, digits and the marks that sit inside Hebrew words. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'"׳״\u05BE.\-@/:]*/gu);
  return words ? words.length : 0;
}

/** Calls `fn` for `node` if it is a textblock, else for every textblock inside it (`descendants` skips the node itself). */
export function forEachTextblock(node: PMNode, fn: (block: PMNode) => void): void {
  if (node.isTextblock) return fn(node);
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    fn(child);
    return false;
  });
}
