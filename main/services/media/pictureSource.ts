// Where every decode of a stored picture starts (the thumbnail at import, the renditions at
// export): a sharp pipeline, upright. Most formats sharp decodes itself; HEIF pictures that are
// not AVIF (HEVC-coded HEIC above all) are decoded by libheif in WebAssembly and handed to
// sharp as raw pixels. The decoder module is imported only when such a picture comes.
import { readFile } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';

/** The media type under which Ktav stores the HEIF pictures sharp's libvips cannot decode. */
export const HEIC_MIME = 'image/heic';

export interface PictureOptions {
  limitInputPixels: number;
  /** Fail on a decoder warning (a truncated file), as import does to find damaged files. */
  strict?: boolean;
}

/** `input` is the bytes or the path of a picture stored (or being stored) with media type `mime`. */
export async function openPicture(input: Uint8Array | string, mime: string, options: PictureOptions): Promise<Sharp> {
  if (mime !== HEIC_MIME) {
    return sharp(input, { limitInputPixels: options.limitInputPixels, failOn: options.strict ? 'warning' : undefined }).rotate();
  }
  const { decodeHeif } = await import('./heifDecoder.js');
  const pixels = await decodeHeif(typeof input === 'string' ? await readFile(input) : input);
  // libheif has already turned the picture upright; raw pixels carry no orientation.
  return sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels }, limitInputPixels: options.limitInputPixels });
}
