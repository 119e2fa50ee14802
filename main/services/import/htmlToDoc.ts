// HTML (an .html file, or Word through mammoth) into an article's headline and body blocks, by
// the same clean-up and the same schema parse rules as a paste in the window
// (shared/htmlInput/cleanHtml.ts, shared/editor/schema.ts).
//
// Parsing: parse5 builds the tree exactly as a browser does (the HTML5 tree construction:
// implied end tags, unquoted and upper-case attributes, misnested formatting, tables); linkedom
// then gives that tree the DOM that ProseMirror's DOMParser and Readability need. parse5 hands
// its tree over as serialized HTML, which is well-formed, so linkedom's own tolerant parser reads
// back the same tree. Both are loaded on first use only: a Markdown or text import never loads them.
//
// A saved web page (the file has its own <html> or <body>, was not written by an office program,
// and Readability judges it an article page) comes in as its article: Readability takes the
// headline and the story's body and leaves the site's menus, ads, related links and footer.
// Anything else is kept whole: a fragment, a short page, or a document Word or LibreOffice
// saved as HTML (Readability drops the styles their lists and directions are written in).
import { DOMParser as SchemaParser } from 'prosemirror-model';
import type { DocJSON } from '../../../shared/editor/document.js';
import { articleSchema } from '../../../shared/editor/schema.js';
import { cleanHtml, prepareHtmlSource } from '../../../shared/htmlInput/cleanHtml.js';
import type { DomElement } from '../../../shared/htmlInput/domLike.js';
import { elementDirection } from '../../../shared/htmlInput/elementDirection.js';
import { settleDirections, type DefaultDirection } from './directions.js';

export interface HtmlImportOptions {
  /** Turns an <img> into an image id, or null to leave the picture out. */
  resolveImage?: (src: string, alt: string) => Promise<string | null>;
  /** Direction of blocks without strong letters or a dir of their own. */
  defaultDir?: DefaultDirection;
  /** The HTML is a file a person saved (it may be a whole web page), not generated markup. */
  mayBePage?: boolean;
}

export interface HtmlImportResult {
  /** The page's headline: the article's title on a saved page, else the first <h1> (or <title>). */
  headline: string;
  blocks: DocJSON[];
  picturesLeftOut: number;
}

/** The slice of linkedom's document used here (its own declarations are incomplete). */
interface ParsedDocument {
  body: DomElement;
  documentElement: DomElement;
  querySelector(selectors: string): DomElement | null;
}

async function parseDocument(html: string): Promise<ParsedDocument> {
  const [{ parse, serialize }, { DOMParser }] = await Promise.all([import('parse5'), import('linkedom')]);
  const normalized = serialize(parse(prepareHtmlSource(html)));
  return new DOMParser().parseFromString(normalized, 'text/html') as unknown as ParsedDocument;
}

/** A whole web page: the file itself opens an <html> or <body> element (a fragment does not). */
function isWholePage(html: string): boolean {
  return /<(html|body)[\s>]/i.test(html) && !isOfficeDocument(html);
}

/** A document Word, LibreOffice or OpenOffice saved as HTML: Office namespaces or its generator. */
function isOfficeDocument(html: string): boolean {
  return /urn:schemas-microsoft-com:office|<meta[^>]+(Microsoft Word|Word\.Document|LibreOffice|OpenOffice)/i.test(html);
}

/** A CSS `direction` written as a `dir` attribute, which Readability keeps (it drops every style). */
function pinDirections(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll('[style]'))) {
    const dir = elementDirection(el);
    if (dir && !el.getAttribute('dir')) el.setAttribute('dir', dir);
  }
}

interface Extracted {
  root: DomElement;
  headline: string;
}

type ReadabilityInput = ConstructorParameters<typeof import('@mozilla/readability').Readability>[0];

/** The article of a saved web page, or null when the page is not one (then it is kept whole). */
async function extractArticle(html: string): Promise<Extracted | null> {
  if (!isWholePage(html)) return null;
  const { Readability, isProbablyReaderable } = await import('@mozilla/readability');
  const doc = await parseDocument(html);
  if (!isProbablyReaderable(doc as unknown as ReadabilityInput)) return null;
  pinDirections(doc.documentElement);
  const article = new Readability(doc as unknown as ReadabilityInput, { serializer: (el) => el }).parse();
  const root = article?.content as unknown as DomElement | null | undefined;
  if (!article || !root) return null;
  if (article.dir === 'rtl' || article.dir === 'ltr') root.setAttribute('dir', article.dir);
  return { root, headline: (article.title ?? '').trim() };
}

/** The whole body; its first <h1> (else the <title>) is the headline and leaves the body. */
async function wholeBody(html: string): Promise<Extracted> {
  const doc = await parseDocument(html);
  const h1 = doc.body.querySelectorAll('h1')[0];
  let headline = '';
  if (h1) {
    headline = collapse(h1.textContent);
    h1.remove();
  }
  if (!headline) headline = collapse(doc.querySelector('title')?.textContent ?? '');
  // The page's own direction (<html dir="rtl">) reaches the blocks through the body.
  const pageDir = doc.documentElement.getAttribute('dir');
  if (pageDir && !doc.body.getAttribute('dir')) doc.body.setAttribute('dir', pageDir);
  return { root: doc.body, headline };
}

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Pictures: each <img> the resolver takes becomes a figure of the media library (with the
 * caption of the figure around it); the others are left out and counted.
 */
async function placePictures(root: DomElement, resolveImage: HtmlImportOptions['resolveImage']): Promise<number> {
  let leftOut = 0;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const id = resolveImage ? await resolveImage(src, img.getAttribute('alt') ?? '').catch(() => null) : null;
    if (!id) {
      leftOut++;
      img.remove();
      continue;
    }
    const figure = root.ownerDocument.createElement('figure');
    figure.setAttribute('data-image-id', id);
    const caption = root.ownerDocument.createElement('figcaption');
    figure.append(caption);
    let outer: DomElement | null = img.parentElement;
    while (outer && outer !== root && outer.tagName.toLowerCase() !== 'figure') outer = outer.parentElement;
    if (outer && outer !== root) {
      const old = outer.querySelectorAll('figcaption')[0];
      if (old) caption.append(...Array.from(old.childNodes));
      outer.replaceWith(figure);
    } else img.replaceWith(figure);
  }
  return leftOut;
}

/**
 * The blocks the schema's rules read out of `root`. Text left between blocks becomes a
 * paragraph, and the fields of a Ktav page (headline, lead, byline) become body paragraphs.
 */
function parseBlocks(root: DomElement): DocJSON[] {
  const parser = SchemaParser.fromSchema(articleSchema);
  const slice = parser.parseSlice(root as unknown as Parameters<typeof parser.parseSlice>[0]);
  const blocks: DocJSON[] = [];
  let run: DocJSON | null = null;
  slice.content.forEach((node) => {
    const json = node.toJSON() as DocJSON;
    if (node.isInline) {
      if (!run) blocks.push((run = { type: 'paragraph', attrs: { dir: 'auto' }, content: [] }));
      run.content!.push(json);
      return;
    }
    run = null;
    blocks.push(node.type.isInGroup('block') ? json : { ...json, type: 'paragraph' });
  });
  return blocks;
}

export async function htmlToBlocks(html: string, options: HtmlImportOptions = {}): Promise<HtmlImportResult> {
  const { root, headline } = (options.mayBePage ? await extractArticle(html) : null) ?? (await wholeBody(html));
  const picturesLeftOut = await placePictures(root, options.resolveImage);
  cleanHtml(root, { libraryFigures: true });
  const blocks = settleDirections(parseBlocks(root), options.defaultDir ?? 'auto');
  return { headline, blocks, picturesLeftOut };
}
