// The article body as semantic, escaped HTML. Direction follows the W3C's advice: `dir` only
// where a block differs from its parent, opposite-direction phrases isolated, no CSS direction.
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { effectiveDirection, type BlockDirection, type Direction } from '../text/direction.js';
import { OBJECT, runsToIsolate, type Run } from '../text/isolate.js';
import { isSafeHref } from '../editor/schema.js';
import { BODY_START } from '../editor/document.js';
import { escapeAttr, escapeHref, escapeText } from './escape.js';

/** What the serializer needs to know about a figure's picture; provided by the caller. */
export interface FigureImage {
  src: string;
  srcset?: string;
  sizes?: string;
  /** The same widths as WebP: the figure becomes a `<picture>` offering them first. */
  webpSrcset?: string;
  width: number;
  height: number;
  alt: string;
  /** The picture's own caption, used when the article leaves its caption empty. */
  caption: string;
  /** Shown as "קרדיט צילום: …". */
  creditLine: string;
}

export interface BodyOptions {
  /** The direction of the element the body sits in (the page's, normally RTL). */
  baseDirection: Direction;
  /** Looks up a figure's picture; a figure with no picture is left out. */
  image?: (imageId: string) => FigureImage | null;
  /** The prefix of a figure's credit line. */
  creditPrefix?: string;
  /**
   * Writes a figure in a CMS's own markup (WordPress's editor's `wp-block-image`) from its parts:
   * the picture, and the caption and credit already serialized. The export's `<figure>` otherwise.
   */
  figureMarkup?: (figure: { imageId: string; image: FigureImage; captionHtml: string; creditHtml: string }) => string;
}

export const CREDIT_PREFIX = 'קרדיט צילום:';

/** The body blocks of an article document (everything after headline, lead and byline). */
export function serializeBody(doc: PMNode, options: BodyOptions): string {
  const out: string[] = [];
  for (let i = BODY_START; i < doc.childCount; i++) out.push(block(doc.child(i), options.baseDirection, options));
  return out.join('\n');
}

function dirOf(node: PMNode, parentDir: Direction): Direction {
  const dir = (node.attrs.dir ?? 'auto') as BlockDirection;
  return effectiveDirection(dir, node.textContent, parentDir);
}

function dirAttr(dir: Direction, parentDir: Direction): string {
  return dir === parentDir ? '' : ` dir="${dir}"`;
}

function block(node: PMNode, parentDir: Direction, o: BodyOptions): string {
  const dir = dirOf(node, parentDir);
  const d = dirAttr(dir, parentDir);
  switch (node.type.name) {
    case 'paragraph':
      return `<p${d}>${inline(node, dir)}</p>`;
    case 'heading':
      return `<h${node.attrs.level as number}${d}>${inline(node, dir)}</h${node.attrs.level as number}>`;
    case 'blockquote':
      return `<blockquote${d}>${children(node, dir, o)}</blockquote>`;
    case 'pull_quote': {
      const who = String(node.attrs.attribution ?? '').trim();
      const cite = who ? `<footer>${isolated(who, dir)}</footer>` : '';
      return `<aside class="pull-quote"${d}><blockquote><p>${inline(node, dir)}</p></blockquote>${cite}</aside>`;
    }
    case 'bullet_list':
      return `<ul${d}>${children(node, dir, o)}</ul>`;
    case 'ordered_list': {
      const start = node.attrs.order as number;
      return `<ol${start !== 1 ? ` start="${start}"` : ''}${d}>${children(node, dir, o)}</ol>`;
    }
    case 'list_item': {
      // A list item takes the direction of its first paragraph, so its bullet sits on that side.
      const first = node.firstChild;
      const itemDir = first ? dirOf(first, parentDir) : parentDir;
      const inner: string[] = [];
      node.forEach((child, _offset, index) => {
        inner.push(index === 0 && child.type.name === 'paragraph' ? inline(child, itemDir) : block(child, itemDir, o));
      });
      return `<li${dirAttr(itemDir, parentDir)}>${inner.join('')}</li>`;
    }
    case 'figure':
      return figure(node, parentDir, o);
    case 'horizontal_rule':
      return '<hr>';
    default:
      return `<p${d}>${inline(node, dir)}</p>`;
  }
}

function children(node: PMNode, dir: Direction, o: BodyOptions): string {
  const out: string[] = [];
  node.forEach((child) => out.push(block(child, dir, o)));
  return out.join('');
}

function figure(node: PMNode, parentDir: Direction, o: BodyOptions): string {
  const image = o.image?.(node.attrs.imageId as string) ?? null;
  if (!image) return '';
  const captionNode = node.firstChild;
  const ownCaption = captionNode && captionNode.textContent.trim() !== '';
  const captionText = ownCaption ? '' : image.caption;
  const captionDir = ownCaption ? dirOf(captionNode, parentDir) : effectiveDirection('auto', captionText, parentDir);
  const caption = ownCaption ? inline(captionNode, captionDir) : isolatedRuns(captionText, captionDir);
  const srcset = image.srcset ? ` srcset="${escapeAttr(image.srcset)}" sizes="${escapeAttr(image.sizes ?? '100vw')}"` : '';
  const img = `<img src="${escapeAttr(image.src)}"${srcset} width="${image.width}" height="${image.height}" alt="${escapeAttr(image.alt)}" loading="lazy" decoding="async">`;
  const picture = image.webpSrcset
    ? `<picture><source type="image/webp" srcset="${escapeAttr(image.webpSrcset)}" sizes="${escapeAttr(image.sizes ?? '100vw')}">${img}</picture>`
    : img;
  const credit = image.creditLine.trim()
    ? `<span class="credit">${escapeText(o.creditPrefix ?? CREDIT_PREFIX)} ${isolated(image.creditLine.trim(), parentDir)}</span>`
    : '';
  const captionHtml = caption ? `<span class="caption"${dirAttr(captionDir, parentDir)}>${caption}</span>` : '';
  if (o.figureMarkup) return o.figureMarkup({ imageId: node.attrs.imageId as string, image, captionHtml, creditHtml: credit });
  return `<figure>${picture}<figcaption>${[captionHtml, credit].filter(Boolean).join(' ')}</figcaption></figure>`;
}

/** Inline content of a textblock: text with marks, isolating opposite-direction runs. */
function inline(node: PMNode, dir: Direction): string {
  // What is exported, in order; notes never leave Ktav.
  const parts: PMNode[] = [];
  node.forEach((child) => {
    if (child.marks.some((m) => m.type.name === 'note')) return;
    if (child.type.name === 'hard_break' || child.isText) parts.push(child);
  });
  // The runs are found in the text of the whole block, so one may cross a change of marks
  // ("Green **Cities** Design") and still be one isolate; a span marked with a direction is its
  // own isolate already and stands as a neutral object.
  const isBidi = (part: PMNode) => part.marks.some((m) => m.type.name === 'bidi');
  const flow = parts.map((p) => (p.isText ? (isBidi(p) ? OBJECT.repeat(p.text!.length) : p.text!) : '\n')).join('');
  const runs = runsToIsolate(flow, dir);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  const out: string[] = [];
  let offset = 0;
  let r = 0;
  for (const part of parts) {
    if (!part.isText) {
      out.push('<br>');
      offset += 1;
      continue;
    }
    const text = part.text!;
    const end = offset + text.length;
    if (isBidi(part)) {
      out.push(wrapMarks(escapeText(text), part.marks));
      offset = end;
      continue;
    }
    // Runs inside this piece of text are isolated inside its marks; a run that begins or ends in
    // another piece opens or closes its isolate outside them.
    let html = '';
    let at = offset;
    const flush = () => {
      if (html) out.push(wrapMarks(html, part.marks));
      html = '';
    };
    while (at < end) {
      while (r < runs.length && runs[r]!.to <= at) r++;
      const run: Run | undefined = runs[r];
      if (!run || run.from >= end) {
        html += escapeText(flow.slice(at, end));
        at = end;
      } else if (run.from > at) {
        html += escapeText(flow.slice(at, run.from));
        at = run.from;
      } else if (run.from >= offset && run.to <= end) {
        html += `<bdi dir="${other}">${escapeText(flow.slice(at, run.to))}</bdi>`;
        at = run.to;
      } else {
        const stop = Math.min(run.to, end);
        flush();
        if (at === run.from) out.push(`<bdi dir="${other}">`);
        out.push(wrapMarks(escapeText(flow.slice(at, stop)), part.marks));
        if (stop === run.to) out.push('</bdi>');
        at = stop;
      }
    }
    flush();
    offset = end;
  }
  return out.join('');
}

const MARK_ORDER = ['link', 'bidi', 'strong', 'em'];

function wrapMarks(html: string, marks: readonly Mark[]): string {
  let result = html;
  const sorted = [...marks].sort((a, b) => MARK_ORDER.indexOf(b.type.name) - MARK_ORDER.indexOf(a.type.name));
  for (const mark of sorted) {
    switch (mark.type.name) {
      case 'strong':
        result = `<strong>${result}</strong>`;
        break;
      case 'em':
        result = `<em>${result}</em>`;
        break;
      case 'bidi': {
        const lang = mark.attrs.lang ? ` lang="${escapeAttr(String(mark.attrs.lang))}"` : '';
        result = `<bdi dir="${mark.attrs.dir === 'rtl' ? 'rtl' : mark.attrs.dir === 'ltr' ? 'ltr' : 'auto'}"${lang}>${result}</bdi>`;
        break;
      }
      case 'link': {
        const href = String(mark.attrs.href ?? '');
        // An unsafe link is dropped to its text; the export gate reports it before this point.
        if (isSafeHref(href)) result = `<a href="${escapeHref(href.trim())}">${result}</a>`;
        break;
      }
    }
  }
  return result;
}

/** Escaped text with each opposite-direction run that needs it wrapped in `<bdi>`. */
export function isolatedRuns(text: string, dir: Direction): string {
  const runs = runsToIsolate(text, dir);
  if (runs.length === 0) return escapeText(text);
  const other = dir === 'rtl' ? 'ltr' : 'rtl';
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += escapeText(text.slice(at, r.from));
    out += `<bdi dir="${other}">${escapeText(text.slice(r.from, r.to))}</bdi>`;
    at = r.to;
  }
  return out + escapeText(text.slice(at));
}

/** A name or credit typed by a person, of unknown direction: isolated with `dir="auto"` when it needs it. */
function isolated(text: string, parentDir: Direction): string {
  const dir = effectiveDirection('auto', text, parentDir);
  return dir === parentDir ? isolatedRuns(text, dir) : `<bdi dir="${dir}">${escapeText(text)}</bdi>`;
}
