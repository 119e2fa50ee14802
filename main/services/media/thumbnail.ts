// Thumbnails for the library grid, made in main with sharp. Decoding the whole picture here
// is also what finds truncated and damaged files: sharp fails on a decoder warning.
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, THUMB_SIZE } from './imageLimits.js';

export const THUMB_EXT = 'webp';

/** A WebP thumbnail, turned upright by its EXIF orientation, no larger than the original. */
export function makeThumbnail(input: Uint8Array | string): Promise<Buffer> {
  return sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' })
    .rotate()
    .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
}
