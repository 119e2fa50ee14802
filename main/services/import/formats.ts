// Each importable file type, read into a headline and body blocks. Word goes through mammoth
// and then, like .html, through htmlToDoc (the clean-up and parse rules a paste gets); Markdown
// goes from markdown-it's tokens straight to blocks (raw HTML in it stays text); plain text is
// split into paragraphs here. A file that is empty or is not text is refused with the reason.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { DocJSON } from '../../../shared/editor/document.js';
import { detectDirection } from '../../../shared/text/direction.js';
import type { HtmlImportResult } from './htmlToDoc.js';

/** Why a file could not be read; the import service says it in the person's language. */
export class UnreadableFile extends Error {
  constructor(readonly reason: 'empty' | 'not-text') {
    super(reason);
  }
}

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
      const { markdownToBlocks } = await import('./markdownToDoc.js');
      const result = await markdownToBlocks(decodeText(bytes), resolveImage);
      // No # heading: the first line is the headline (as for .txt).
      if (!result.headline && result.blocks[0]) result.headline = plain(result.blocks.shift()!);
      return result;
    }
    case '.html':
    case '.htm': {
      const { htmlToBlocks } = await import('./htmlToDoc.js');
      return htmlToBlocks(decodeText(bytes), { resolveImage, defaultDir: 'rtl', mayBePage: true });
    }
    case '.docx':
      return docxToBlocks(bytes, resolveImage);
    default:
      throw Object.assign(new Error(`unsupported: ${ext}`), { code: 'EUNSUPPORTED' });
  }
}

/**
 * A text file's characters: UTF-8 or UTF-16 by its byte-order mark, else the charset an HTML
 * file declares (Hebrew sites long used windows-1255), else UTF-8. Bytes that are not text in
 * that encoding (a picture or a program renamed .html) are refused, never shown as garbage.
 */
function decodeText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) && declared && declared !== 'utf-8' && declared !== 'utf8') encoding = declared;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFile('not-text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (hasControlCharacters(text)) throw new UnreadableFile('not-text');
  if (!text.trim()) throw new UnreadableFile('empty');
  return text;
}

/** Control characters other than tab, line breaks, vertical tab and form feed do not occur in text. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) return true;
  }
  return false;
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
  const [{ default: mammoth }, { htmlToBlocks }] = await Promise.all([import('mammoth'), import('./htmlToDoc.js')]);
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
