// The text of an article that search looks at, field by field.
import type { Node as PMNode } from 'prosemirror-model';
import type { ArticleFile } from '../../../shared/model/article.js';
import { articleFields, BODY_START, bodyText, docFromJSON, type DocJSON } from '../../../shared/editor/document.js';
import { articleSchema } from '../../../shared/editor/schema.js';

export interface SearchDocument {
  id: string;
  /** Changes on every save; tells a persisted index which entries are stale. */
  stamp: string;
  headline: string;
  lead: string;
  byline: string;
  body: string;
  tags: string;
}

export const SEARCH_FIELDS = ['headline', 'lead', 'byline', 'body', 'tags'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export function searchDocument(file: ArticleFile, doc: PMNode = docFromJSON(file.doc)): SearchDocument {
  const { headline, lead, byline } = articleFields(doc);
  return { id: file.id, stamp: `${file.revision}@${file.meta.updatedAt}`, headline, lead, byline, body: bodyText(doc), tags: file.meta.tags.join(' ') };
}

/**
 * The same fields as `searchDocument`, read straight from the stored JSON. Building a ProseMirror
 * document (and checking it against the schema) was the largest cost of indexing or making a
 * snippet for an article; the worker reads files the store has already checked, so it skips that.
 */
export function searchDocumentFromJSON(file: ArticleFile): SearchDocument {
  const top = (file.doc as DocJSON).content ?? [];
  const lines: string[] = [];
  for (const block of top.slice(BODY_START)) eachTextblock(block, (b) => lines.push(lineOf(b)));
  return {
    id: file.id,
    stamp: `${file.revision}@${file.meta.updatedAt}`,
    headline: textContent(top[0]).trim(),
    lead: textContent(top[1]).trim(),
    byline: textContent(top[2]).trim(),
    body: lines.join('\n'),
    tags: file.meta.tags.join(' '),
  };
}

/** ProseMirror's textContent: the text of every text node inside (no node here has leaf text). */
function textContent(node: DocJSON | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  let out = '';
  for (const child of node.content ?? []) out += textContent(child);
  return out;
}

const isTextblock = (node: DocJSON) => articleSchema.nodes[node.type]?.isTextblock ?? false;

/** `forEachTextblock` of shared/editor/document.ts, on JSON. */
function eachTextblock(node: DocJSON, fn: (block: DocJSON) => void): void {
  if (isTextblock(node)) return fn(node);
  for (const child of node.content ?? []) eachTextblock(child, fn);
}

/** One line of `bodyText`: the text without notes for the desk, a hard break as a space. */
function lineOf(block: DocJSON): string {
  let line = '';
  for (const child of block.content ?? []) {
    if (child.type === 'text') {
      if (!child.marks?.some((m) => m.type === 'note')) line += child.text ?? '';
    } else if (child.type === 'hard_break') line += ' ';
  }
  return line;
}
