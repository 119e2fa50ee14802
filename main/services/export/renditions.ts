// Renditions of a picture for the page: a few widths, each as JPEG and WebP, made with sharp
// (which drops every piece of embedded metadata, location included), then credited by the
// media library's writer. Encoding settings are fixed so the same picture gives the same bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaRecord } from '../../../shared/model/media.js';
import { openPicture } from '../media/pictureSource.js';
import type { ExportMedia } from './exportMedia.js';

/** Widths offered to the browser; a picture is never enlarged past its own width. */
export const RENDITION_WIDTHS = [480, 960, 1600] as const;

export const ENCODINGS = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg', options: { quality: 82, progressive: true, mozjpeg: false, chromaSubsampling: '4:2:0' } },
  webp: { ext: 'webp', mime: 'image/webp', options: { quality: 80, effort: 4, smartSubsample: false } },
} as const;
export type RenditionFormat = keyof typeof ENCODINGS;

export interface Rendition {
  /** Path inside the package, e.g. `images/3fa9c2d41e07-960.webp`. */
  path: string;
  format: RenditionFormat;
  mime: string;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** The widths to make for a picture `width` pixels wide. */
export function widthsFor(width: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w < width);
  if (widths.length < RENDITION_WIDTHS.length) widths.push(Math.min(width, RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]!));
  return [...new Set(widths)];
}

/** A short, stable name for a picture's files: the start of its content hash. */
export function imageStem(id: string): string {
  return id.slice(0, 12);
}

/**
 * Makes every rendition of one picture in `workDir` and returns their bytes. The decoded
 * original is shared between the widths (sharp clones the pipeline), so it is read once.
 */
export async function makeRenditions(record: MediaRecord, media: ExportMedia, workDir: string): Promise<Rendition[]> {
  // HEIC is decoded by libheif (pictureSource.ts); sharp makes every rendition from the pixels.
  const source = await openPicture(media.originalPath(record), record.mime, { limitInputPixels: 268_402_689 });
  // Credits are written by ExifTool in its own process: each write starts as soon as its
  // rendition exists and runs while sharp makes the next one.
  const out: Promise<Rendition>[] = [];
  for (const width of widthsFor(record.width)) {
    for (const format of ['jpeg', 'webp'] as const) {
      const enc = ENCODINGS[format];
      const name = `${imageStem(record.id)}-${width}.${enc.ext}`;
      const plain = join(workDir, `plain-${name}`);
      const credited = join(workDir, name);
      const pipeline = source.clone().resize({ width, withoutEnlargement: true });
      const info = await (format === 'jpeg' ? pipeline.jpeg(enc.options) : pipeline.webp(enc.options)).toFile(plain);
      const credit = media.writeCreditedCopy(record.id, plain, credited);
      credit.catch(() => undefined); // handled by Promise.all below; not an unhandled rejection meanwhile
      out.push(
        credit.then(async () => ({
          path: `images/${name}`,
          format,
          mime: enc.mime,
          width: info.width,
          height: info.height,
          bytes: await readFile(credited),
        })),
      );
    }
  }
  return Promise.all(out);
}
