// The clean-up every piece of incoming HTML gets (a paste in the window, an imported .html or
// .docx file in main) before the article schema's parse rules read it. The schema's rules are
// the only whitelist: whatever they do not know becomes its text. This step only makes the
// sources' habits readable to those rules, and removes what must never come in:
// - Everything: scripts, styles, frames, objects, SVG and MathML, form controls, pictures (a
//   picture enters an article only as a figure of the media library), event handlers, and
//   links the link rule refuses (the text of such a link stays).
// - Word: `<o:p>` and other Office tags (their text stays), and lists written as paragraphs
//   with `mso-list` styles and a typed bullet or number, turned into real lists. Word's
//   conditional comments are opened by `prepareHtmlSource` before parsing.
// - Google Docs: the `<b style="font-weight:normal" id="docs-internal-guid-…">` wrapper, which
//   would otherwise make everything bold.
// - Web pages: layout tables become one block per cell, a run of two or more `<br>` ends a
//   paragraph, and text directly inside a `div`, a cell or the body becomes a paragraph.
// - Direction: a block without a direction of its own takes its container's (a page or table
//   marked `dir="rtl"` keeps its paragraphs right-to-left).
// It runs on the browser's inert document (paste) or on linkedom (import): nothing in it runs or
// loads, and it touches only the interfaces of domLike.ts.
import { safeHref } from '../editor/linkRule.js';
import { type DomElement, type DomNode, TEXT_NODE, isElement, rename, tagOf, unwrap } from './domLike.js';
import { elementDirection } from './elementDirection.js';

export interface CleanOptions {
  /**
   * Whether a `figure[data-image-id]` may stay: its picture is in the media library (copied
   * inside Ktav, or just imported with the file). Any other figure keeps only its caption.
   */
  libraryFigures: boolean;
}

const REMOVE = [
  'script', 'style', 'link', 'meta', 'title', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'input', 'button', 'select', 'textarea', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'track',
  'canvas', 'template', 'noscript', 'map',
].join(', ');

/** Elements that sit inside a line of text; anything else holds blocks. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Blocks whose content is a line of text (the schema's text blocks and their look-alikes). */
const TEXTBLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'figcaption']);

/** The blocks the schema gives a `dir`. */
const DIRECTED = 'p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, figcaption, aside, pre';

/**
 * Opens Word's conditional comments around list markers (`<![if !supportLists]>…<![endif]>`),
 * which hide the typed bullets from an HTML5 parser. Runs on the text, before parsing.
 */
export function prepareHtmlSource(html: string): string {
  return html.replace(/<!\[if !supportLists\]>/gi, '').replace(/<!\[endif\]>/gi, '');
}

/** Cleans `root` (a parsed body, or an extracted article) in place. */
export function cleanHtml(root: DomElement, options: CleanOptions): void {
  removeForeign(root);
  cleanFigures(root, options);
  unwrapGoogleDocsBold(root);
  convertWordLists(root);
  flattenTables(root);
  wrapLooseText(root);
  splitAtBreakRuns(root);
  inheritDirection(root);
}

function removeForeign(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(REMOVE))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.tagName.includes(':') || tagOf(el) === 'form') {
      unwrap(el); // <o:p>, <w:sdt>, <st1:place> and other Office tags; an ASP.NET page's <form>
      continue;
    }
    for (const { name } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || lower === 'srcdoc' || lower === 'formaction' || lower === 'target') el.removeAttribute(name);
    }
    if (tagOf(el) === 'a') {
      const href = safeHref(el.getAttribute('href'));
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    }
  }
}

/** A figure from elsewhere has no picture in the media library: its caption becomes a paragraph. */
function cleanFigures(root: DomElement, options: CleanOptions): void {
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    if (options.libraryFigures && figure.getAttribute('data-image-id')) continue;
    for (const caption of Array.from(figure.querySelectorAll('figcaption'))) rename(caption, 'p');
    unwrap(figure);
  }
}

function unwrapGoogleDocsBold(root: DomElement): void {
  for (const b of Array.from(root.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(b);
}

/** Word writes a list as paragraphs with `mso-list: l0 level1 lfo1` and a typed marker in a span. */
function convertWordLists(root: DomElement): void {
  const paragraphs = Array.from(root.querySelectorAll('p')).filter((p) => /mso-list\s*:/i.test(p.getAttribute('style') ?? ''));
  let list: DomElement | null = null;
  let last: DomNode | null = null;
  for (const p of paragraphs) {
    const marker = wordListMarker(p);
    const ordered = /^[\d\u05D0-\u05EAa-zA-Z]{1,3}[.)]$/.test(marker);
    if (!list || !follows(p, last) || (tagOf(list) === 'ol') !== ordered) {
      list = p.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      const dir = elementDirection(p);
      if (dir) list.setAttribute('dir', dir);
      p.before(list);
    }
    const li = p.ownerDocument.createElement('li');
    const para = p.ownerDocument.createElement('p');
    const dir = elementDirection(p);
    if (dir) para.setAttribute('dir', dir);
    para.append(...Array.from(p.childNodes));
    li.append(para);
    list.append(li);
    p.remove();
    // The next paragraph of the same list now follows the list itself.
    last = list;
  }
}

/** Whether `node` comes right after `prev`, with nothing but white space between. */
function follows(node: DomNode, prev: DomNode | null): boolean {
  if (!prev) return false;
  let n = prev.nextSibling;
  while (n && n.nodeType === TEXT_NODE && !(n.textContent ?? '').trim()) n = n.nextSibling;
  return n === node;
}

/** Removes and returns the typed bullet or number Word puts before a list paragraph. */
function wordListMarker(p: DomElement): string {
  const span = Array.from(p.querySelectorAll('span')).find((s) => /mso-list\s*:\s*Ignore/i.test(s.getAttribute('style') ?? ''));
  if (span) {
    const text = (span.textContent ?? '').replace(/\s+/g, '');
    // The marker span may sit inside another span; remove its outermost wrapper that holds only it.
    let target: DomElement = span;
    while (target.parentElement && target.parentElement !== p && (target.parentElement.textContent ?? '').trim() === (span.textContent ?? '').trim()) {
      target = target.parentElement;
    }
    target.remove();
    return text;
  }
  const m = /^\s*([·•o§\-–]|[\d\u05D0-\u05EAa-zA-Z]{1,3}[.)])\s+/.exec(p.textContent ?? '');
  if (m && p.firstChild?.nodeType === TEXT_NODE) p.firstChild.textContent = (p.firstChild.textContent ?? '').replace(m[0], '');
  return m?.[1] ?? '';
}

/** The schema has no tables: each cell becomes a block of its own, with the table's direction. */
function flattenTables(root: DomElement): void {
  for (const cell of Array.from(root.querySelectorAll('td, th, caption'))) {
    if (!elementDirection(cell)) {
      const dir = inheritedDirection(cell);
      if (dir) cell.setAttribute('dir', dir);
    }
    rename(cell, 'div');
  }
  for (const part of Array.from(root.querySelectorAll('table, thead, tbody, tfoot, tr, colgroup, col'))) unwrap(part);
}

function isInline(node: DomNode): boolean {
  return !isElement(node) || INLINE.has(tagOf(node));
}

/** Text directly inside a container (a `div`, a list item, the body) becomes a paragraph of its own. */
function wrapLooseText(root: DomElement): void {
  const containers = [root, ...Array.from(root.querySelectorAll('*'))].filter((el) => !isInline(el) && !TEXTBLOCK.has(tagOf(el)) && !isSchemaTextblock(el));
  for (const container of containers) {
    let run: DomNode[] = [];
    for (const child of [...Array.from(container.childNodes), null]) {
      if (child && isInline(child)) {
        run.push(child);
        continue;
      }
      wrapRun(container, run);
      run = [];
    }
  }
}

/** A pull quote copied inside Ktav is a text block too, though its tag is `aside`. */
function isSchemaTextblock(el: DomElement): boolean {
  return tagOf(el) === 'aside' && (el.getAttribute('class') ?? '').split(/\s+/).includes('ktav-pull-quote');
}

function wrapRun(container: DomElement, run: DomNode[]): void {
  // Only text makes a paragraph: white space, comments and lone line breaks between blocks do not.
  if (!run.some((n) => (n.nodeType === TEXT_NODE || isElement(n)) && (n.textContent ?? '').trim())) return;
  const p = container.ownerDocument.createElement('p');
  run[0]!.before(p);
  p.append(...run);
}

/** `<br><br>` ends a paragraph (older pages and e-mails have no `<p>`); a single `<br>` stays a line break. */
function splitAtBreakRuns(root: DomElement): void {
  const blocks = new Set<DomElement>();
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const block = br.parentElement;
    if (block && TEXTBLOCK.has(tagOf(block))) blocks.add(block);
  }
  for (const block of blocks) {
    const segments: DomNode[][] = [[]];
    let pending: DomNode[] = [];
    let breaks = 0;
    for (const node of [...Array.from(block.childNodes), null]) {
      const blank = node !== null && node.nodeType === TEXT_NODE && !(node.textContent ?? '').trim();
      if (node && tagOf(node) === 'br') {
        breaks++;
        pending.push(node);
        continue;
      }
      if (blank && breaks > 0) {
        pending.push(node);
        continue;
      }
      if (breaks >= 2) {
        for (const n of pending) n.remove();
        if (node) segments.push([]);
      } else segments[segments.length - 1]!.push(...pending);
      pending = [];
      breaks = 0;
      if (node) segments[segments.length - 1]!.push(node);
    }
    if (segments.length < 2) continue;
    for (const segment of segments) {
      const part = block.ownerDocument.createElement(tagOf(block));
      for (const { name } of Array.from(block.attributes)) part.setAttribute(name, block.getAttribute(name) ?? '');
      part.append(...segment);
      block.before(part);
    }
    block.remove();
  }
}

function inheritedDirection(el: DomElement): 'rtl' | 'ltr' | null {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const dir = elementDirection(up);
    if (dir) return dir;
  }
  return null;
}

function inheritDirection(root: DomElement): void {
  for (const block of Array.from(root.querySelectorAll(DIRECTED))) {
    if (elementDirection(block)) continue;
    const dir = inheritedDirection(block);
    if (dir) block.setAttribute('dir', dir);
  }
}
