// Each importable file type, read into a headline and body blocks. Word goes through mammoth,
// Markdown through markdown-it (raw HTML in it stays text), and both, like .html, through the
// whitelist of htmlToDoc; plain text is split into paragraphs here.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { DocJSON } from '../../../shared/editor/document.js';
import { detectDirection } from '../../../shared/text/direction.js';
import { htmlToBlocks, type HtmlImportResult } from './htmlToDoc.js';

export const IMPORT_EXTENSIONS = ['.docx', '.md', '.markdown', '.html', '.htm', '.txt'] as const;

/** A picture met while reading: by its reference (a path beside the file) or with its bytes (inside a .docx). */
export type ImageResolver = (ref: string, alt: string, bytes?: Uint8Array) => Promise<string | null>;

export async function readForImport(path: string, resolveImage: ImageResolver): Promise<HtmlImportResult> {
  return readBytesForImport(path, await readFile(path), resolveImage);
}

/** The same from bytes (a file dropped on the window); `name` gives the type. */
export async function readBytesForImport(name: string, bytes: Buffer, resolveImage: ImageResolver): Promise<HtmlImportResult> {
  const ext = extname(name).toLowerCase();
  switch (ext) {
    case '.txt':
      return textToBlocks(decodeText(bytes));
    case '.md':
    case '.markdown': {
      const md = new MarkdownIt({ html: false, linkify: true });
      const text = decodeText(bytes);
      const result = await htmlToBlocks(md.render(text), { resolveImage, defaultDir: 'rtl' });
      // No # heading: the first line is the headline (as for .txt).
      if (!result.headline && result.blocks[0]) result.headline = plain(result.blocks.shift()!);
      return result;
    }
    case '.html':
    case '.htm':
      return htmlToBlocks(decodeText(bytes), { resolveImage, defaultDir: 'rtl' });
    case '.docx':
      return docxToBlocks(bytes, resolveImage);
    default:
      throw Object.assign(new Error(`unsupported: ${ext}`), { code: 'EUNSUPPORTED' });
  }
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function plain(block: DocJSON): string {
  return (block.content ?? []).map((c) => c.text ?? plain(c)).join('');
}

/** Plain text: the first non-empty line is the headline; every other non-empty line a paragraph. */
export function textToBlocks(text: string): HtmlImportResult {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const first = lines.findIndex(Boolean);
  const headline = first >= 0 ? lines[first]! : '';
  const blocks = lines
    .slice(first + 1)
    .filter(Boolean)
    .map((line): DocJSON => ({ type: 'paragraph', attrs: { dir: detectDirection(line) ?? 'rtl' }, content: [{ type: 'text', text: line }] }));
  return { headline, blocks, picturesLeftOut: 0 };
}

/**
 * Word: mammoth keeps paragraphs, headings, lists, bold, italic, links and pictures but drops
 * paragraph direction (w:bidi), so direction is decided per block from its letters, and a
 * document with right-to-left paragraphs makes right-to-left the default for the rest.
 */
async function docxToBlocks(bytes: Buffer, resolveImage: ImageResolver): Promise<HtmlImportResult> {
  const pictures = new Map<string, { bytes: Uint8Array; name: string }>();
  let n = 0;
  const { value: html } = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      convertImage: mammoth.images.imgElement(async (image) => {
        const key = `ktav-picture:${++n}`;
        const ext = (image.contentType.split('/')[1] ?? 'bin').replace('jpeg', 'jpg');
        pictures.set(key, { bytes: new Uint8Array(await image.readAsBuffer()), name: `picture-${n}.${ext}` });
        return { src: key };
      }),
    },
  );
  const result = await htmlToBlocks(html, {
    defaultDir: documentIsRtl(bytes) ? 'rtl' : 'auto',
    resolveImage: async (src, alt) => {
      const picture = pictures.get(src);
      return picture ? resolveImage(picture.name, alt, picture.bytes) : null;
    },
  });
  if (!result.headline && result.blocks[0]) result.headline = plain(result.blocks.shift()!);
  return result;
}

function documentIsRtl(docx: Uint8Array): boolean {
  try {
    const files = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' });
    const xml = strFromU8(files['word/document.xml']!);
    return /<w:bidi(\s|\/|>)/.test(xml);
  } catch {
    return false;
  }
}
