// Thumbnails for the library grid, made in main with sharp. Decoding the whole picture here
// is also what finds truncated and damaged files: sharp fails on a decoder warning, libheif
// (HEIC) on a broken file.
import { MAX_IMAGE_PIXELS, THUMB_SIZE } from './imageLimits.js';
import { openPicture } from './pictureSource.js';

export const THUMB_EXT = 'webp';

/** A WebP thumbnail, turned upright, no larger than the original; `mime` as the probe found it. */
export async function makeThumbnail(input: Uint8Array | string, mime = ''): Promise<Buffer> {
  const picture = await openPicture(input, mime, { limitInputPixels: MAX_IMAGE_PIXELS, strict: true });
  return picture.resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
}
