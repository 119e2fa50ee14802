// Markdown into an article's headline and body blocks, straight from markdown-it's tokens (not
// through HTML, so a Markdown import never loads an HTML parser). Raw HTML in Markdown stays
// text. What the schema has no node for keeps its text: code becomes paragraphs, a table one
// paragraph per cell, strike-through plain text. Links pass the link rule or become text.
import type Token from 'markdown-it/lib/token.mjs';
import type { DocJSON } from '../../../shared/editor/document.js';
import { safeHref } from '../../../shared/editor/linkRule.js';
import { settleDirections } from './directions.js';
import type { HtmlImportResult } from './htmlToDoc.js';

type Mark = NonNullable<DocJSON['marks']>[number];

const BLOCKS: Record<string, (t: Token) => DocJSON> = {
  paragraph: () => ({ type: 'paragraph', attrs: { dir: 'auto' } }),
  heading: (t) => ({ type: 'heading', attrs: { level: t.tag === 'h1' || t.tag === 'h2' ? 2 : 3, dir: 'auto' } }),
  blockquote: () => ({ type: 'blockquote', attrs: { dir: 'auto' } }),
  bullet_list: () => ({ type: 'bullet_list', attrs: { dir: 'auto' } }),
  ordered_list: (t) => ({ type: 'ordered_list', attrs: { order: Number(t.attrGet('start') ?? 1) || 1, dir: 'auto' } }),
  list_item: () => ({ type: 'list_item' }),
  th: () => ({ type: 'paragraph', attrs: { dir: 'auto' } }),
  td: () => ({ type: 'paragraph', attrs: { dir: 'auto' } }),
};

export async function markdownToBlocks(markdown: string, resolveImage: (src: string, alt: string) => Promise<string | null>): Promise<HtmlImportResult> {
  // Loaded here, not at start: a command that imports nothing never pays for it.
  const { default: MarkdownIt } = await import('markdown-it');
  const tokens = new MarkdownIt({ html: false, linkify: true }).parse(markdown, {});
  const top: DocJSON = { type: 'doc', content: [] };
  const stack: DocJSON[] = [top];
  const add = (node: DocJSON) => (stack[stack.length - 1]!.content ??= []).push(node);
  let headline: string | null = null;
  let picturesLeftOut = 0;
  const figures: DocJSON[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = t.type.replace(/_(open|close)$/, '');
    if (t.type === 'heading_open' && t.tag === 'h1' && headline === null) {
      headline = (tokens[i + 1]?.children ?? []).map((c) => c.content).join('').trim();
      i += 2; // the heading's inline content and its close
      continue;
    }
    if (t.nesting === 1 && BLOCKS[kind]) {
      const node = BLOCKS[kind](t);
      add(node);
      stack.push(node);
    } else if (t.nesting === -1 && BLOCKS[kind]) {
      const node = stack.pop()!;
      finish(node);
      // Pictures of a paragraph follow it as figures; a paragraph of pictures alone leaves no empty paragraph.
      if (figures.length) {
        if (node.type === 'paragraph' && !node.content?.length) stack[stack.length - 1]!.content!.pop();
        if (canHoldFigures(stack[stack.length - 1]!)) for (const f of figures) add(f);
        else picturesLeftOut += figures.length;
        figures.length = 0;
      }
    } else if (t.type === 'inline') {
      const parent = stack[stack.length - 1]!;
      for (const node of inline(t.children ?? [], figures)) (parent.content ??= []).push(node);
    } else if (t.type === 'code_block' || t.type === 'fence') {
      const lines = t.content.replace(/\n$/, '').split('\n');
      add({ type: 'paragraph', attrs: { dir: 'auto' }, content: lines.flatMap((line, n) => [...(n ? [{ type: 'hard_break' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]) });
    } else if (t.type === 'hr') add({ type: 'horizontal_rule' });
  }

  // Figures were collected with their picture's reference; now the media library is asked.
  for (const block of walk(top)) {
    if (block.type !== 'figure') continue;
    const { src, alt } = block.attrs as { src: string; alt: string };
    const id = await resolveImage(src, alt).catch(() => null);
    if (id) block.attrs = { imageId: id };
    else {
      block.type = 'drop';
      picturesLeftOut++;
    }
  }
  const blocks = prune(top.content ?? []);
  return { headline: headline ?? '', blocks: settleDirections(blocks, 'rtl'), picturesLeftOut };
}

function inline(tokens: Token[], figures: DocJSON[]): DocJSON[] {
  const out: DocJSON[] = [];
  const marks: Mark[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        if (t.content) out.push({ type: 'text', text: t.content, ...(marks.length ? { marks: [...marks] } : {}) });
        break;
      case 'softbreak':
        out.push({ type: 'text', text: ' ', ...(marks.length ? { marks: [...marks] } : {}) });
        break;
      case 'hardbreak':
        out.push({ type: 'hard_break' });
        break;
      case 'strong_open':
        marks.push({ type: 'strong' });
        break;
      case 'em_open':
        marks.push({ type: 'em' });
        break;
      case 'link_open': {
        const href = safeHref(t.attrGet('href'));
        marks.push(href ? { type: 'link', attrs: { href, title: t.attrGet('title') } } : { type: 'none' });
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        marks.pop();
        break;
      case 'image':
        figures.push({ type: 'figure', attrs: { src: t.attrGet('src') ?? '', alt: t.content }, content: [{ type: 'figcaption', attrs: { dir: 'auto' } }] });
        break;
    }
  }
  return out.map((n) => (n.marks ? { ...n, marks: n.marks.filter((m) => m.type !== 'none') } : n)).map((n) => (n.marks?.length === 0 ? { type: n.type, text: n.text } : n));
}

/** Text blocks: neighbours with the same marks joined, edges trimmed. A list item starts with a paragraph. */
function finish(node: DocJSON): void {
  if (node.type === 'list_item' && node.content?.[0]?.type !== 'paragraph') (node.content ??= []).unshift({ type: 'paragraph', attrs: { dir: 'auto' } });
  if (node.type === 'blockquote') node.content = (node.content ?? []).flatMap(asParagraphs);
  if (node.type !== 'paragraph' && node.type !== 'heading') return;
  const out: DocJSON[] = [];
  for (const n of node.content ?? []) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) out[out.length - 1] = { ...last, text: last.text! + n.text! };
    else out.push(n);
  }
  const first = out[0];
  if (first?.type === 'text') first.text = first.text!.trimStart();
  const end = out[out.length - 1];
  if (end?.type === 'text') end.text = end.text!.trimEnd();
  const content = out.filter((n) => n.type !== 'text' || n.text);
  if (content.length) node.content = content;
  else delete node.content;
}

function canHoldFigures(parent: DocJSON): boolean {
  return parent.type === 'doc' || parent.type === 'list_item';
}

function asParagraphs(block: DocJSON): DocJSON[] {
  if (block.type === 'paragraph') return [block];
  if (block.type === 'heading') return [{ ...block, type: 'paragraph', attrs: { dir: block.attrs?.dir ?? 'auto' } }];
  return (block.content ?? []).flatMap(asParagraphs);
}

function* walk(node: DocJSON): Generator<DocJSON> {
  for (const child of node.content ?? []) {
    yield child;
    yield* walk(child);
  }
}

/** Removes pictures left out; a block that must have content and lost it all goes too. */
function prune(blocks: DocJSON[]): DocJSON[] {
  return blocks.filter((b) => b.type !== 'drop').map((b) => (b.content && b.type !== 'paragraph' && b.type !== 'heading' ? { ...b, content: prune(b.content) } : b));
}
