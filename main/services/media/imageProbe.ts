// First look at incoming bytes: is this a picture Ktav accepts? Refuses empty files, SVG,
// formats we do not store, and declared dimensions meant to exhaust memory, each with a
// message naming the file. Decoding (which finds truncated files) happens in thumbnail.ts.
import sharp, { type Metadata } from 'sharp';
import { KtavError, type MessageKey, type MessageParams } from '../../../shared/api/errors.js';
import type { ImageFormat } from '../../../shared/model/media.js';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './imageLimits.js';

export interface ProbedImage {
  format: ImageFormat;
  ext: string;
  mime: string;
  /** As displayed: EXIF orientation 5–8 swaps width and height. */
  width: number;
  height: number;
}

const ACCEPTED: Record<string, { format: ImageFormat; ext: string; mime: string }> = {
  jpeg: { format: 'jpeg', ext: 'jpg', mime: 'image/jpeg' },
  png: { format: 'png', ext: 'png', mime: 'image/png' },
  webp: { format: 'webp', ext: 'webp', mime: 'image/webp' },
};

export async function probeImage(bytes: Uint8Array, file: string): Promise<ProbedImage> {
  const refuse = (key: MessageKey & `media:${string}`, params: MessageParams = {}) => new KtavError('invalid-arguments', key, { file, ...params });
  if (bytes.length === 0) throw refuse('media:emptyFile');
  if (bytes.length > MAX_IMAGE_BYTES) throw refuse('media:tooLarge', { size: megabytes(bytes.length), limit: megabytes(MAX_IMAGE_BYTES) });
  if (looksLikeSvg(bytes)) throw refuse('media:svgRefused');
  let meta: Metadata;
  try {
    // Reading the header decodes no pixels, so the declared size can be checked (and named
    // in the message) before anything is decoded; every decode after this is limited.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refuse('media:notAnImage');
  }
  if (meta.format === 'svg') throw refuse('media:svgRefused');
  const accepted = ACCEPTED[meta.format] ?? heifKind(meta);
  if (!accepted) throw refuse('media:unsupportedFormat', { format: String(meta.format).toUpperCase() });
  const { width, height } = meta;
  if (!width || !height) throw refuse('media:damagedImage');
  if (width * height > MAX_IMAGE_PIXELS) throw refuse('media:tooManyPixels', { width, height });
  const swapped = (meta.orientation ?? 1) >= 5;
  return { ...accepted, width: swapped ? height : width, height: swapped ? width : height };
}

// sharp reports both HEIC and AVIF as "heif"; the compression tells them apart.
function heifKind(meta: Metadata): Omit<ProbedImage, 'width' | 'height'> | undefined {
  if (meta.format !== 'heif') return undefined;
  return meta.compression === 'av1'
    ? { format: 'avif', ext: 'avif', mime: 'image/avif' }
    : { format: 'heif', ext: 'heic', mime: 'image/heic' };
}

/** SVG is text: an XML declaration, a doctype or an `<svg` element near the start. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!doctype svg') || (head.startsWith('<') && head.includes('<svg'));
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
