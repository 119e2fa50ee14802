// HTML (from a file, from Word through mammoth, from Markdown through markdown-it) into an
// article document, through a whitelist: paragraphs, headings, lists, block quotes, rules,
// figures, bold, italic, safe links, line breaks and direction spans. Everything else becomes
// its text or nothing; no attribute but dir, lang, href and src is ever read.
import { XMLParser } from 'fast-xml-parser';
import type { Mark } from 'prosemirror-model';
import type { DocJSON } from '../../../shared/editor/document.js';
import { articleSchema } from '../../../shared/editor/schema.js';
import { detectDirection } from '../../../shared/text/direction.js';

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

export interface HtmlImportOptions {
  /** Turns an <img> into an image id, or null to leave the picture out. */
  resolveImage?: (src: string, alt: string) => Promise<string | null>;
  /** Direction of blocks without strong letters or a dir of their own. */
  defaultDir?: 'rtl' | 'ltr' | 'auto';
}

export interface HtmlImportResult {
  /** The first <h1> (or <title>), taken out of the body. */
  headline: string;
  blocks: DocJSON[];
  picturesLeftOut: number;
}

const SKIP = new Set(['head', 'script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'form', 'button', 'select', 'textarea', 'canvas', 'video', 'audio']);
const INLINE = new Set(['#text', 'b', 'strong', 'i', 'em', 'a', 'span', 'u', 'font', 'sup', 'sub', 'small', 'code', 'mark', 'bdi', 'bdo', 'abbr', 'cite', 'q', 'time', 'br', 'label', 's', 'del', 'ins']);
const SAFE_HREF = /^(https?:|mailto:|#)/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  processEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  allowBooleanAttributes: true,
  unpairedTags: ['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'source'],
});

function tagOf(node: XNode): string {
  for (const k of Object.keys(node)) if (k !== ':@') return k.toLowerCase();
  return '';
}

function childrenOf(node: XNode): XNode[] {
  const key = Object.keys(node).find((k) => k !== ':@')!;
  const value = node[key];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function attr(node: XNode, name: string): string | undefined {
  return node[':@']?.[name];
}

/** Parses HTML leniently; markup the parser cannot make sense of falls back to its text. */
function parse(html: string): XNode[] {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|head)\b[\s\S]*?<\/\1\s*>/gi, (m) => (m.toLowerCase().startsWith('<head') ? titleOnly(m) : ''))
    .replace(/<!DOCTYPE[^>]*>/gi, '');
  try {
    return parser.parse(cleaned) as XNode[];
  } catch {
    const text = cleaned.replace(/<(br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '');
    return text.split(/\n+/).map((line) => ({ p: [{ '#text': decodeEntities(line) }] }));
  }
}

function titleOnly(head: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head);
  return m ? `<title>${m[1]}</title>` : '';
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e]!);
}

class Walker {
  picturesLeftOut = 0;
  constructor(private readonly options: HtmlImportOptions) {}

  async blocks(nodes: XNode[], dir: string | undefined): Promise<DocJSON[]> {
    const out: DocJSON[] = [];
    let run: DocJSON[] = [];
    const flush = () => {
      const p = this.textblock('paragraph', run, dir);
      if (p) out.push(p);
      run = [];
    };
    for (const node of nodes) {
      const tag = tagOf(node);
      if (INLINE.has(tag)) {
        run.push(...this.inline(node, []));
        continue;
      }
      flush();
      if (SKIP.has(tag) || tag === 'title') continue;
      const ownDir = dirAttr(node) ?? dir;
      switch (tag) {
        case 'h1':
        case 'h2':
        case 'h3':
        case 'h4':
        case 'h5':
        case 'h6': {
          const h = this.textblock('heading', childrenOf(node).flatMap((c) => this.inline(c, [])), ownDir, { level: tag <= 'h2' ? 2 : 3 });
          if (h) out.push(h);
          break;
        }
        case 'ul':
        case 'ol': {
          const items: DocJSON[] = [];
          for (const li of childrenOf(node)) {
            const inner = tagOf(li) === 'li' ? childrenOf(li) : [li];
            const content = await this.blocks(inner, dirAttr(li) ?? ownDir);
            if (content.length === 0) continue;
            if (content[0]!.type !== 'paragraph') content.unshift({ type: 'paragraph', attrs: { dir: ownDir ?? 'auto' } });
            items.push({ type: 'list_item', content });
          }
          if (items.length) out.push({ type: tag === 'ul' ? 'bullet_list' : 'ordered_list', attrs: { dir: ownDir ?? this.options.defaultDir ?? 'auto' }, content: items });
          break;
        }
        case 'blockquote': {
          const content = (await this.blocks(childrenOf(node), ownDir)).flatMap((b) => asParagraphs(b));
          if (content.length) out.push({ type: 'blockquote', attrs: { dir: ownDir ?? this.options.defaultDir ?? 'auto' }, content });
          break;
        }
        case 'hr':
          out.push({ type: 'horizontal_rule' });
          break;
        case 'img':
        case 'figure': {
          const figure = await this.figure(node);
          if (figure) out.push(figure);
          break;
        }
        default:
          // p, div, section, article, table, tr, td, body, html…: containers of blocks and text.
          out.push(...(await this.blocks(childrenOf(node), ownDir)));
      }
    }
    flush();
    return out;
  }

  private async figure(node: XNode): Promise<DocJSON | null> {
    const img = tagOf(node) === 'img' ? node : findTag(childrenOf(node), 'img');
    if (!img) return null;
    const caption = tagOf(node) === 'figure' ? findTag(childrenOf(node), 'figcaption') : null;
    const src = attr(img, 'src') ?? '';
    const id = this.options.resolveImage ? await this.options.resolveImage(src, attr(img, 'alt') ?? '').catch(() => null) : null;
    if (!id) {
      this.picturesLeftOut++;
      return null;
    }
    const captionContent = caption ? normalizeRun(childrenOf(caption).flatMap((c) => this.inline(c, []))) : [];
    return {
      type: 'figure',
      attrs: { imageId: id },
      content: [{ type: 'figcaption', attrs: { dir: 'auto' }, ...(captionContent.length ? { content: captionContent } : {}) }],
    };
  }

  private inline(node: XNode, marks: readonly Mark[]): DocJSON[] {
    const tag = tagOf(node);
    if (tag === '#text') {
      const text = String(node['#text'] ?? '').replace(/\s+/g, ' ');
      return text ? [{ type: 'text', text, ...(marks.length ? { marks: marks.map((m) => m.toJSON() as DocJSON['marks'] & object) } : {}) } as DocJSON] : [];
    }
    if (tag === 'br') return [{ type: 'hard_break' }];
    if (!INLINE.has(tag)) return childrenOf(node).flatMap((c) => this.inline(c, marks)); // a block inside inline: its text
    let next = marks;
    const add = (mark: Mark) => (next = mark.addToSet(next));
    if (tag === 'b' || tag === 'strong') add(articleSchema.marks.strong!.create());
    if (tag === 'i' || tag === 'em') add(articleSchema.marks.em!.create());
    if (tag === 'a') {
      const href = attr(node, 'href');
      if (href && SAFE_HREF.test(href.trim())) add(articleSchema.marks.link!.create({ href: href.trim() }));
    }
    const dir = attr(node, 'dir');
    if ((tag === 'span' || tag === 'bdi' || tag === 'bdo') && (dir === 'ltr' || dir === 'rtl')) {
      add(articleSchema.marks.bidi!.create({ dir, lang: attr(node, 'lang') ?? null }));
    }
    return childrenOf(node).flatMap((c) => this.inline(c, next));
  }

  private textblock(type: string, run: DocJSON[], dir: string | undefined, attrs: Record<string, unknown> = {}): DocJSON | null {
    const content = normalizeRun(run);
    if (content.length === 0) return null;
    const text = content.map((c) => c.text ?? '').join('');
    const chosen = dir ?? detectDirection(text) ?? this.options.defaultDir ?? 'auto';
    return { type, attrs: { ...attrs, dir: chosen }, content };
  }
}

/** Trims the run's edges, drops empty text, and joins neighbours with the same marks. */
function normalizeRun(run: DocJSON[]): DocJSON[] {
  const out: DocJSON[] = [];
  for (const n of run) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) {
      out[out.length - 1] = { ...last, text: (last.text ?? '') + (n.text ?? '') };
    } else out.push(n);
  }
  while (out.length && out[0]!.type === 'hard_break') out.shift();
  while (out.length && out[out.length - 1]!.type === 'hard_break') out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text!.trimStart() };
  const lastIndex = out.length - 1;
  if (out[lastIndex]?.type === 'text') out[lastIndex] = { ...out[lastIndex]!, text: out[lastIndex]!.text!.trimEnd() };
  return out.filter((n) => n.type !== 'text' || n.text);
}

function asParagraphs(block: DocJSON): DocJSON[] {
  if (block.type === 'paragraph') return [block];
  if (block.type === 'heading') return [{ ...block, type: 'paragraph', attrs: { dir: block.attrs?.dir ?? 'auto' } }];
  return (block.content ?? []).flatMap(asParagraphs);
}

function dirAttr(node: XNode): string | undefined {
  const d = attr(node, 'dir');
  return d === 'rtl' || d === 'ltr' ? d : undefined;
}

function findTag(nodes: XNode[], tag: string): XNode | null {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const inner = findTag(childrenOf(n), tag);
    if (inner) return inner;
  }
  return null;
}

function textOf(nodes: XNode[]): string {
  return nodes
    .map((n) => (tagOf(n) === '#text' ? String(n['#text'] ?? '') : textOf(childrenOf(n))))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes the first node with `tag` from the tree and returns its text. */
function takeFirst(nodes: XNode[], tag: string): string | null {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (tagOf(n) === tag) {
      nodes.splice(i, 1);
      return textOf(childrenOf(n));
    }
    const inner = takeFirst(childrenOf(n), tag);
    if (inner !== null) return inner;
  }
  return null;
}

export async function htmlToBlocks(html: string, options: HtmlImportOptions = {}): Promise<HtmlImportResult> {
  const tree = parse(html);
  const title = takeFirst(tree, 'title');
  const h1 = takeFirst(tree, 'h1');
  const walker = new Walker(options);
  const blocks = await walker.blocks(tree, undefined);
  return { headline: h1 ?? title ?? '', blocks, picturesLeftOut: walker.picturesLeftOut };
}
